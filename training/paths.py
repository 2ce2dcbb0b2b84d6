"""Where the project keeps its bundled data and its default model."""
from __future__ import annotations

import os
from pathlib import Path

from model.registry import registry_dir_from_env, resolve_model_dir

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJECT_ROOT / "data"
BUNDLED_CORPUS = DATA_DIR / "corpus.csv"
#: Hand-written training notes (data/HANDWRITTEN.md): few, but in the words people use.
HANDWRITTEN = DATA_DIR / "handwritten.csv"
#: What the default model is trained on, in this order.
DEFAULT_TRAINING_FILES = (BUNDLED_CORPUS, HANDWRITTEN)
GOLD_SET = DATA_DIR / "gold.csv"
#: Bundled corpus parameters: `triage generate --n 26000 --seed 2026` reproduces it.
CORPUS_SIZE = 26_000
CORPUS_SEED = 2026
#: The model used when neither $TRIAGE_MODEL_DIR nor a registry pointer says otherwise.
FALLBACK_MODEL_DIR = Path("var/model")


def default_model_dir() -> Path:
    """The model the service uses: $TRIAGE_MODEL_DIR; else the registry's live
    version (``var/models/CURRENT``, or under $TRIAGE_REGISTRY_DIR); else ./var/model."""
    if "TRIAGE_MODEL_DIR" in os.environ:
        return Path(os.environ["TRIAGE_MODEL_DIR"])
    return resolve_model_dir(registry_dir_from_env(), FALLBACK_MODEL_DIR)
