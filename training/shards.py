"""Score one chunk and write it as one shard: the unit of work of `triage score`.

This module is what runs inside pool processes and Dask workers, so it is
kept small and self-contained. Each process loads the predictor once (the
cache below) and reuses it for every shard it is given. A shard is written to
a temporary file in the output directory and renamed into place, so a crash
never leaves half a shard under a final name, and a rerun can trust that
every shard it finds is whole.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model.labels import LABELS
from model.predictor import Prediction, Predictor
from training.scoring_args import SHARD_FORMATS

#: Notes per Predictor.predict call inside a shard: bounds the memory of spaCy docs.
PREDICT_BATCH = 512
OUTPUT_COLUMNS = ("id", *LABELS, *(f"p_{label}" for label in LABELS), "recommendation", "degraded",
                  "reasons", "model_version", "rules_version")

_predictors: dict[tuple[str, str | None], Predictor] = {}
_load_errors: dict[tuple[str, str | None], BaseException] = {}
_lock = threading.Lock()  # one predictor is shared by a worker's threads; spaCy is GIL-bound anyway


@dataclass
class ShardJob:
    """Everything a worker needs to produce one shard (paths absolute)."""

    model_dir: str
    rules_path: str | None
    shard: str
    fmt: str
    ids: list[str]
    texts: list[str]


@dataclass
class ShardResult:
    shard: str
    rows: int
    degraded: int
    seconds: float
    host: str
    pid: int


def shard_name(stem: str, index: int, fmt: str) -> str:
    return f"{stem}-{index:05d}{SHARD_FORMATS[fmt]}"


# -- the per-process predictor -----------------------------------------------------

def get_predictor(model_dir: str, rules_path: str | None = None) -> Predictor:
    """This process's predictor for ``model_dir``, loaded on first use."""
    key = (str(model_dir), rules_path)
    with _lock:
        if key in _load_errors:
            raise _load_errors[key]
        if key not in _predictors:
            _predictors[key] = Predictor.load(model_dir, rules_path)
        return _predictors[key]


def preload(model_dir: str, rules_path: str | None = None) -> None:
    """Pool initializer: load once; a failure is kept and raised by the first job, never here
    (an initializer that raises only yields an unhelpful BrokenProcessPool)."""
    try:
        get_predictor(model_dir, rules_path)
    except Exception as exc:  # noqa: BLE001
        _load_errors[(str(model_dir), rules_path)] = exc


# -- rows and files ------------------------------------------------------------------

def prediction_columns(predictions: list[Prediction]) -> dict[str, list[Any]]:
    """Column lists in OUTPUT_COLUMNS order; probabilities are None when degraded."""
    columns: dict[str, list[Any]] = {name: [] for name in OUTPUT_COLUMNS}
    for p in predictions:
        columns["id"].append(p.id)
        for label in LABELS:
            columns[label].append(int(p.flags[label]))
            columns[f"p_{label}"].append(None if p.probabilities is None else float(p.probabilities[label]))
        columns["recommendation"].append(p.recommendation)
        columns["degraded"].append(bool(p.degraded))
        columns["reasons"].append(json.dumps(p.reasons, ensure_ascii=False, sort_keys=True))
        columns["model_version"].append(p.model_version)
        columns["rules_version"].append(p.rules_version)
    return columns


def arrow_schema() -> Any:
    import pyarrow as pa

    fields = [pa.field("id", pa.string(), nullable=False)]
    fields += [pa.field(label, pa.int8(), nullable=False) for label in LABELS]
    fields += [pa.field(f"p_{label}", pa.float64()) for label in LABELS]
    fields += [pa.field("recommendation", pa.string(), nullable=False),
               pa.field("degraded", pa.bool_(), nullable=False),
               pa.field("reasons", pa.string(), nullable=False),
               pa.field("model_version", pa.string()),
               pa.field("rules_version", pa.string(), nullable=False)]
    return pa.schema(fields)


def _write_parquet(handle: Any, columns: dict[str, list[Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pydict(columns, schema=arrow_schema()), handle)


def _write_jsonl(handle: Any, columns: dict[str, list[Any]]) -> None:
    names = list(columns)
    for values in zip(*columns.values()):
        handle.write((json.dumps(dict(zip(names, values)), ensure_ascii=False) + "\n").encode("utf-8"))


def write_atomically(path: Path, columns: dict[str, list[Any]], fmt: str) -> None:
    """Write to a hidden temp file beside ``path``, fsync, then rename into place."""
    tmp = path.parent / f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with open(tmp, "wb") as handle:
            (_write_parquet if fmt == "parquet" else _write_jsonl)(handle, columns)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- the task ---------------------------------------------------------------------------

def score_job(job: ShardJob) -> ShardResult:
    """Score one chunk and write its shard; the function pool processes and Dask workers run."""
    started = time.perf_counter()
    predictor = get_predictor(job.model_dir, job.rules_path)
    predictions: list[Prediction] = []
    for start in range(0, len(job.texts), PREDICT_BATCH):
        with _lock:
            predictions.extend(predictor.predict(job.texts[start:start + PREDICT_BATCH],
                                                 job.ids[start:start + PREDICT_BATCH]))
    write_atomically(Path(job.shard), prediction_columns(predictions), job.fmt)
    return ShardResult(shard=Path(job.shard).name, rows=len(predictions),
                       degraded=sum(p.degraded for p in predictions),
                       seconds=round(time.perf_counter() - started, 3),
                       host=socket.gethostname(), pid=os.getpid())
