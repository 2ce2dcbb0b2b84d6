"""Artifacts round-trip, and anything altered is refused with a clear reason."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from model.artifacts import ArtifactError, load_artifact, read_manifest

NOTES = ["male on the wrong side of the bridge railings saying goodbye",
         "pt missed depot injection, no concerns raised", "someone took my bike from the shed overnight"]


@pytest.fixture
def model_copy(trained_model_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(trained_model_dir, target)
    return target


def test_round_trip_gives_identical_probabilities(trained_model_dir, model_copy):
    a = load_artifact(trained_model_dir).model.predict_proba(NOTES)
    b = load_artifact(model_copy).model.predict_proba(NOTES)
    np.testing.assert_array_equal(a, b)


def test_manifest_records_what_a_force_needs(trained_model_dir):
    manifest = read_manifest(trained_model_dir)
    for key in ("version", "created_at", "training_data_sha256", "rows", "libraries", "seed",
                "thresholds", "review_band", "cv_metrics", "label_policy_version", "rules_version",
                "model_sha256"):
        assert key in manifest, key
    assert manifest["rows"]["total"] == 3000
    assert set(manifest["libraries"]) >= {"scikit-learn", "spacy", "python"}


def test_altered_model_file_is_refused(model_copy):
    path = model_copy / "model.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="SHA-256"):
        load_artifact(model_copy)


def test_truncated_model_file_is_refused(model_copy):
    path = model_copy / "model.joblib"
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(ArtifactError, match="truncated or altered"):
        load_artifact(model_copy)


def test_unknown_format_and_missing_fields_are_refused(model_copy):
    manifest_path = model_copy / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps({**manifest, "artifact_format": 99}))
    with pytest.raises(ArtifactError, match="artifact_format 99"):
        load_artifact(model_copy)
    del manifest["thresholds"]
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match="thresholds"):
        load_artifact(model_copy)


def test_missing_directory_is_refused(tmp_path):
    with pytest.raises(ArtifactError, match="manifest not found"):
        load_artifact(tmp_path / "nothing-here")
