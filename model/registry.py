"""A file-based model registry: versioned artifacts, a live pointer, an audit trail.

Layout of the registry folder (``var/models`` by default, ``$TRIAGE_REGISTRY_DIR``
to move it)::

    <root>/<version>/manifest.json, model.joblib   copies of artifacts, never changed
    <root>/<version>/gold_evaluation.json          last gold-set figures (optional)
    <root>/CURRENT                                  the version in service, one line
    <root>/history.jsonl                            every promotion, appended, never rewritten

Why files: a force must be able to say which model was live on any date with
nothing more than the folder (and its backups). ``CURRENT`` is written
atomically (temp file + ``os.replace``) so a reader never sees half a name;
promotions take a lock and append the history line *before* moving the
pointer, so the pointer can never name a version the history does not explain.

This module only stores and looks up; the promotion *gate* (gold-set
evaluation) lives in ``training.promote``. It imports nothing from
``training`` or ``serve``.
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from model.artifacts import MANIFEST_FILE, MODEL_FILE, ArtifactError, atomic_write_bytes, read_manifest, sha256_file

DEFAULT_REGISTRY_DIR = Path("var/models")
REGISTRY_ENV = "TRIAGE_REGISTRY_DIR"
CURRENT_FILE = "CURRENT"
HISTORY_FILE = "history.jsonl"
EVALUATION_FILE = "gold_evaluation.json"
LOCK_FILE = ".lock"
_VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_RESERVED = {CURRENT_FILE, HISTORY_FILE, LOCK_FILE}


class RegistryError(ValueError):
    """The registry cannot do what was asked; the message says why."""


def registry_dir_from_env() -> Path:
    """$TRIAGE_REGISTRY_DIR, else ./var/models."""
    return Path(os.environ.get(REGISTRY_ENV) or DEFAULT_REGISTRY_DIR)


def check_version_name(version: str) -> str:
    """A version becomes a directory name: refuse anything that could escape the folder."""
    if not _VERSION_RE.match(version) or version in _RESERVED or ".." in version:
        raise RegistryError(f"version {version!r} is not a safe directory name "
                            f"(letters, digits, '.', '_', '-'; at most 128 characters)")
    return version


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


@dataclass(frozen=True)
class Promotion:
    """One line of history.jsonl: who moved the pointer, when, from what, to what, why."""

    to: str
    previous: str | None
    by: str
    at: datetime
    why: str
    forced: bool
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        record = {"at": self.at.isoformat(timespec="seconds"), "by": self.by, "from": self.previous,
                  "to": self.to, "why": self.why, "forced": self.forced}
        if self.details:
            record["details"] = self.details
        return json.dumps(record, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> "Promotion":
        return cls(to=str(record["to"]), previous=record.get("from"), by=str(record.get("by", "")),
                   at=_as_utc(datetime.fromisoformat(record["at"])), why=str(record.get("why", "")),
                   forced=bool(record.get("forced", False)), details=dict(record.get("details") or {}))


@dataclass(frozen=True)
class LiveSpan:
    """A version in service from ``start`` until ``end`` (None: still live)."""

    version: str
    start: datetime
    end: datetime | None
    promotion: Promotion


class Registry:
    """Versions, the live pointer and the promotion history under one folder."""

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root) if root is not None else registry_dir_from_env()

    # -- versions -----------------------------------------------------------
    def versions(self) -> list[str]:
        """Registered versions, oldest first (by the manifest's created_at)."""
        if not self.root.is_dir():
            return []
        found = []
        for child in self.root.iterdir():
            if child.is_dir() and not child.name.startswith(".") and (child / MANIFEST_FILE).is_file():
                found.append((str(self._manifest_or_empty(child).get("created_at", "")), child.name))
        return [name for _, name in sorted(found)]

    @staticmethod
    def _manifest_or_empty(directory: Path) -> dict[str, Any]:
        try:
            return read_manifest(directory)
        except ArtifactError:
            return {}

    def has(self, version: str) -> bool:
        return bool(_VERSION_RE.match(version)) and (self.root / version / MANIFEST_FILE).is_file()

    def path(self, version: str) -> Path:
        """The artifact directory of a registered version."""
        check_version_name(version)
        directory = self.root / version
        if not (directory / MANIFEST_FILE).is_file():
            known = ", ".join(self.versions()) or "none"
            raise RegistryError(f"version {version!r} is not in the registry {self.root} (registered: {known})")
        return directory

    def manifest(self, version: str) -> dict[str, Any]:
        return read_manifest(self.path(version))

    def register(self, source: str | Path) -> str:
        """Copy a verified artifact directory in as ``<root>/<manifest version>``.

        Registering the same artifact twice is a no-op; a *different* artifact
        under an existing version is refused (versions are immutable).
        """
        source = Path(source)
        manifest = read_manifest(source)
        version = check_version_name(str(manifest["version"]))
        model_name = manifest.get("model_file", MODEL_FILE)
        if sha256_file(source / model_name) != manifest["model_sha256"]:
            raise ArtifactError(f"{source / model_name}: SHA-256 does not match the manifest; not registering")
        target = self.root / version
        if (target / MANIFEST_FILE).is_file():
            if read_manifest(target)["model_sha256"] == manifest["model_sha256"]:
                return version
            raise RegistryError(f"version {version!r} is already registered with a different model; "
                                f"retrain with another --version")
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=self.root, prefix=f".incoming-{version}-"))
        try:
            shutil.copy2(source / model_name, staging / model_name)
            shutil.copy2(source / MANIFEST_FILE, staging / MANIFEST_FILE)
            if sha256_file(staging / model_name) != manifest["model_sha256"]:
                raise ArtifactError(f"{source}: the copy's SHA-256 differs from the manifest's")
            os.chmod(staging, 0o755)
            os.rename(staging, target)  # atomic; fails if another process won the race
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise RegistryError(f"could not register {version!r} in {self.root}: {exc}") from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return version

    # -- gold figures ---------------------------------------------------------
    def record_evaluation(self, version: str, figures: dict[str, Any]) -> None:
        """Keep the latest gold-set figures beside a version (for `triage models`)."""
        _atomic_write_text(self.path(version) / EVALUATION_FILE, json.dumps(figures, indent=2, sort_keys=True) + "\n")

    def evaluation(self, version: str) -> dict[str, Any] | None:
        path = self.root / version / EVALUATION_FILE
        if not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None

    # -- pointer and history ----------------------------------------------------
    def current(self) -> str | None:
        """The version in service, or None when nothing was ever promoted."""
        pointer = self.root / CURRENT_FILE
        if not pointer.is_file():
            return None
        name = pointer.read_text(encoding="utf-8").strip()
        if not name:
            raise RegistryError(f"{pointer} is empty; promote a version to repair it")
        return check_version_name(name)

    def history(self) -> list[Promotion]:
        path = self.root / HISTORY_FILE
        if not path.is_file():
            return []
        records = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(Promotion.from_record(json.loads(line)))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise RegistryError(f"{path}: line {number} is not a promotion record ({exc})") from exc
        return records

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK_FILE, "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def promote(self, version: str, by: str, why: str, forced: bool = False,
                expected_current: str | None = None, at: datetime | None = None,
                details: dict[str, Any] | None = None) -> Promotion:
        """Record a promotion and move the pointer (no quality gate here).

        ``expected_current`` is the champion the caller judged against: if
        another promotion moved the pointer since, this one is refused rather
        than replacing a model nobody compared it with.
        """
        self.path(version)
        if not why.strip():
            raise RegistryError("a promotion needs a reason (--why)")
        if not by.strip():
            raise RegistryError("a promotion needs a name (--by or $USER)")
        with self._locked():
            previous = self.current()
            if previous != expected_current:
                raise RegistryError(f"the live version changed to {previous!r} while {expected_current!r} "
                                    f"was being compared; run the promotion again")
            history = self.history()
            moment = _as_utc(at) if at is not None else utc_now()
            if history and moment < history[-1].at:
                raise RegistryError(f"promotion time {moment.isoformat()} is before the last recorded "
                                    f"one ({history[-1].at.isoformat()}); history must stay in order")
            record = Promotion(to=version, previous=previous, by=by.strip(), at=moment, why=why.strip(),
                               forced=forced, details=details or {})
            with open(self.root / HISTORY_FILE, "a", encoding="utf-8") as handle:
                handle.write(record.to_json() + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            _atomic_write_text(self.root / CURRENT_FILE, version + "\n")
        return record

    # -- what was live when -------------------------------------------------------
    def spans(self) -> list[LiveSpan]:
        """Each promotion as the period its version was in service."""
        history = self.history()
        spans = []
        for index, record in enumerate(history):
            end = history[index + 1].at if index + 1 < len(history) else None
            spans.append(LiveSpan(record.to, record.at, end, record))
        return spans

    def live_on(self, when: date | datetime) -> str | None:
        """The version in service at an instant (a date means the end of that UTC day)."""
        moment = _end_of_day(when) if not isinstance(when, datetime) else _as_utc(when)
        live = None
        for span in self.spans():
            if span.start <= moment:
                live = span.version
        return live

    def live_during(self, day: date) -> list[LiveSpan]:
        """Every span that overlaps a UTC day (more than one when a promotion happened that day)."""
        start = datetime.combine(day, time.min, tzinfo=timezone.utc)
        end = start + timedelta(days=1)
        return [s for s in self.spans() if s.start < end and (s.end is None or s.end > start)]


def _end_of_day(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=timezone.utc)


def resolve_model_dir(registry_dir: str | Path, fallback: str | Path) -> Path:
    """The live version's directory when the registry has a pointer, else ``fallback``.

    A pointer naming a missing version is an error, never a silent fallback:
    serving a different model than the one promoted would defeat the audit trail.
    """
    registry = Registry(registry_dir)
    version = registry.current()
    if version is None:
        return Path(fallback)
    return registry.path(version)

