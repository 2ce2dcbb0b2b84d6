"""Model artifacts: a directory with the joblib model and a JSON manifest.

The manifest records what a force needs to trust a model: what it was trained
on (SHA-256 of the data), with what code and libraries, with what thresholds,
and how it scored in cross-validation. Loading verifies the model file's
SHA-256 against the manifest, so a truncated or altered file is refused before
joblib ever unpickles it.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib

MODEL_FILE = "model.joblib"
MANIFEST_FILE = "manifest.json"
ARTIFACT_FORMAT = 1


class ArtifactError(Exception):
    """A model artifact is missing, corrupt, altered or of an unknown format."""


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via a temp file, fsync and rename: readers see the old or the new file, never half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class Artifact:
    """A loaded model with its manifest."""

    model: Any
    manifest: dict[str, Any]
    path: Path

    @property
    def version(self) -> str:
        return str(self.manifest["version"])


def save_artifact(directory: str | Path, model: Any, manifest: dict[str, Any]) -> Path:
    """Write model and manifest (with the model's SHA-256) into ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    model_path = directory / MODEL_FILE
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{MODEL_FILE}.")
    os.close(fd)
    try:
        joblib.dump(model, tmp, compress=3)
        os.replace(tmp, model_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    full = dict(manifest)
    full["artifact_format"] = ARTIFACT_FORMAT
    full["model_file"] = MODEL_FILE
    full["model_sha256"] = sha256_file(model_path)
    atomic_write_bytes(directory / MANIFEST_FILE,
                        (json.dumps(full, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return directory


def read_manifest(directory: str | Path) -> dict[str, Any]:
    path = Path(directory) / MANIFEST_FILE
    if not path.is_file():
        raise ArtifactError(f"{path}: manifest not found (is {directory} a model directory?)")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArtifactError(f"{path}: manifest is not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict):
        raise ArtifactError(f"{path}: manifest must be a JSON object")
    for key in ("version", "model_sha256", "artifact_format", "thresholds"):
        if key not in manifest:
            raise ArtifactError(f"{path}: manifest lacks the field {key!r}")
    if manifest["artifact_format"] != ARTIFACT_FORMAT:
        raise ArtifactError(f"{path}: artifact_format {manifest['artifact_format']!r} is not supported "
                            f"(this code reads format {ARTIFACT_FORMAT}); retrain the model")
    return manifest


def load_artifact(directory: str | Path) -> Artifact:
    """Load and verify an artifact; raise ArtifactError with the reason if unusable."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    model_path = directory / manifest.get("model_file", MODEL_FILE)
    if not model_path.is_file():
        raise ArtifactError(f"{model_path}: model file not found")
    actual = sha256_file(model_path)
    if actual != manifest["model_sha256"]:
        raise ArtifactError(f"{model_path}: SHA-256 {actual[:12]}… does not match the manifest's "
                            f"{str(manifest['model_sha256'])[:12]}…; the file is truncated or altered")
    try:
        model = joblib.load(model_path)
    except Exception as exc:  # a verified file can still fail on a library mismatch
        raise ArtifactError(f"{model_path}: could not be loaded ({type(exc).__name__}: {exc})") from exc
    return Artifact(model=model, manifest=manifest, path=directory)
