"""Shared fixtures: one small trained model for the whole test run.

Training even a small model takes seconds, so it is built once per run and
shared by the xdist workers through a file lock in pytest's shared temp root.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

SMALL_CORPUS_N = 3000
SMALL_CORPUS_SEED = 7


def _shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    # Under xdist each worker has its own basetemp below a common parent.
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def small_corpus_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated, labelled CSV of SMALL_CORPUS_N notes (contract-valid)."""
    from training.generate import generate_notes

    root = _shared_root(tmp_path_factory)
    path = root / f"small_corpus_{SMALL_CORPUS_N}_{SMALL_CORPUS_SEED}.csv"
    with open(root / ".small_corpus.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            tmp = path.with_suffix(".tmp.csv")
            generate_notes(SMALL_CORPUS_N, seed=SMALL_CORPUS_SEED).to_csv(tmp, index=False)
            tmp.replace(path)
    return path


@pytest.fixture(scope="session")
def trained_model_dir(tmp_path_factory: pytest.TempPathFactory, small_corpus_path: Path) -> Path:
    """A real model artifact trained on the small corpus; treat it as read-only."""
    from training.contract import load_labelled
    from training.train import TrainConfig, train_and_save

    root = _shared_root(tmp_path_factory)
    model_dir = root / "small_model"
    with open(root / ".small_model.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (model_dir / "manifest.json").exists():
            frame = load_labelled([small_corpus_path])
            train_and_save(frame, TrainConfig(seed=0, folds=3), model_dir,
                           data_paths=[small_corpus_path], version="test-small")
    return model_dir


@pytest.fixture(scope="session")
def predictor(trained_model_dir: Path):
    """A Predictor over the small model (shared; do not mutate)."""
    from model.predictor import Predictor

    return Predictor.load(trained_model_dir)
