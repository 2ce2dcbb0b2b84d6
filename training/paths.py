"""Where the project keeps its bundled data and its default model."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJECT_ROOT / "data"
BUNDLED_CORPUS = DATA_DIR / "corpus.csv"
GOLD_SET = DATA_DIR / "gold.csv"
#: Bundled corpus parameters: `triage generate --n 20000 --seed 2026` reproduces it.
CORPUS_SIZE = 20_000
CORPUS_SEED = 2026


def default_model_dir() -> Path:
    """The model the service uses: $TRIAGE_MODEL_DIR, else ./var/model."""
    return Path(os.environ.get("TRIAGE_MODEL_DIR", "var/model"))
