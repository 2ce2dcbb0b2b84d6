"""The Predictor currently serving, and hot reload without dropping requests.

A request takes ``holder.current`` once and uses that object to the end, so a
reload never changes a model under a request. A reload builds the new
Predictor completely, runs a smoke prediction on it, and only then swaps the
reference (one attribute assignment, atomic in CPython). Anything that fails
on the way is refused and the old model keeps serving.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from model.artifacts import ArtifactError
from model.labels import LABELS, RECOMMENDATIONS
from model.predictor import Predictor

log = logging.getLogger(__name__)

#: Invented, contains no personal data; exercises the whole pipeline.
SMOKE_NOTE = "caller reports male on bridge threatening to jump, has a knife, neighbour worried"


class ReloadRefused(Exception):
    """A candidate model was refused; ``stage`` is 'load' or 'smoke'."""

    def __init__(self, stage: str, reason: str):
        super().__init__(reason)
        self.stage, self.reason = stage, reason


@dataclass
class LoadedModel:
    """A Predictor with what the service reports about it.

    ``lock`` serialises scoring on this Predictor: one spaCy pipeline is not
    documented as safe to call from several threads at once.
    """

    predictor: Predictor
    source: Path | None
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ready(self) -> bool:
        return self.predictor.artifact is not None

    @property
    def degraded_reason(self) -> str | None:
        """Why no model is loaded (None when one is)."""
        return None if self.ready else getattr(self.predictor, "_degraded_reason", None) or "no model loaded"

    def predict(self, texts: list[str], ids: list[str | None]):  # noqa: ANN201 - list[Prediction]
        with self.lock:
            return self.predictor.predict(texts, ids)


def smoke_test(predictor: Predictor) -> None:
    """Raise ReloadRefused unless the predictor scores a note with its model."""
    try:
        (result,) = predictor.predict([SMOKE_NOTE], ["smoke"])
    except Exception as exc:  # noqa: BLE001 - any failure refuses the model
        raise ReloadRefused("smoke", f"smoke prediction raised {type(exc).__name__}") from exc
    if result.degraded:
        raise ReloadRefused("smoke", f"smoke prediction fell back to rules: {result.degraded_reason}")
    if set(result.flags) != set(LABELS) or result.recommendation not in RECOMMENDATIONS:
        raise ReloadRefused("smoke", "smoke prediction returned an unexpected shape")
    probabilities = result.probabilities or {}
    if set(probabilities) != set(LABELS) or not all(0.0 <= p <= 1.0 for p in probabilities.values()):
        raise ReloadRefused("smoke", "smoke prediction returned invalid probabilities")


class ModelHolder:
    """Holds the serving model; reloads are serialised, reads never wait."""

    def __init__(self, initial: LoadedModel):
        self._current = initial
        self._reload_lock = threading.Lock()

    @property
    def current(self) -> LoadedModel:
        return self._current

    @classmethod
    def from_dir(cls, model_dir: Path) -> "ModelHolder":
        """Load ``model_dir``; if it is unusable, serve the rules alone (degraded) and say why."""
        try:
            predictor = Predictor.load(model_dir)
        except ArtifactError as exc:
            log.error("model not loaded, serving rules only: %s", exc)
            predictor = Predictor.rules_only(reason=f"model not loaded: {exc}")
            return cls(LoadedModel(predictor, None))
        return cls(LoadedModel(predictor, Path(model_dir)))

    def reload(self, model_dir: Path) -> tuple[LoadedModel, LoadedModel]:
        """Load, smoke-test and swap in ``model_dir``; returns (old, new) or raises ReloadRefused."""
        with self._reload_lock:
            try:
                candidate = Predictor.load(model_dir)
            except ArtifactError as exc:
                raise ReloadRefused("load", str(exc)) from exc
            except Exception as exc:  # noqa: BLE001 - e.g. rules file errors
                raise ReloadRefused("load", f"{type(exc).__name__}: {exc}") from exc
            smoke_test(candidate)
            old, new = self._current, LoadedModel(candidate, Path(model_dir))
            self._current = new
            log.info("model reloaded", extra={"event": "model_reload", "model_version": candidate.model_version,
                                              "previous_model_version": old.predictor.model_version})
            return old, new
