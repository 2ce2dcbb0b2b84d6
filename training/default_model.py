"""The default model: built from the bundled corpus the first time it is needed."""
from __future__ import annotations

import fcntl
import logging
from collections.abc import Sequence
from pathlib import Path

from model.artifacts import MANIFEST_FILE
from training.contract import load_labelled
from training.paths import DEFAULT_TRAINING_FILES, default_model_dir
from training.train import TrainConfig, train_and_save

log = logging.getLogger(__name__)


def ensure_default_model(model_dir: str | Path | None = None,
                         training_files: Sequence[str | Path] = DEFAULT_TRAINING_FILES,
                         config: TrainConfig | None = None) -> Path:
    """Return ``model_dir``, training it from the bundled data if it has no model.

    The bundled data is the generated corpus plus the hand-written training
    notes, weighed as ``TrainConfig().source_weights`` says.

    An existing but broken artifact is *not* overwritten: loading it later
    reports what is wrong, and a person decides. A lock file keeps two
    processes from building the same model at once.
    """
    model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
    if (model_dir / MANIFEST_FILE).exists():
        return model_dir
    model_dir.parent.mkdir(parents=True, exist_ok=True)
    lock_path = model_dir.parent / f".{model_dir.name}.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (model_dir / MANIFEST_FILE).exists():
            files = [str(path) for path in training_files]
            log.warning("no model at %s: training the default model from %s", model_dir, ", ".join(files))
            frame = load_labelled(files)
            train_and_save(frame, config or TrainConfig(), model_dir, data_paths=files)
    return model_dir
