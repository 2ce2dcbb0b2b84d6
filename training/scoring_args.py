"""Arguments of `triage score`, kept apart so building the CLI parser stays cheap
(the scoring modules import spaCy and pyarrow; the parser must not)."""
from __future__ import annotations

import argparse

DEFAULT_CHUNK_SIZE = 10_000
SHARD_FORMATS = {"parquet": ".parquet", "jsonl": ".jsonl"}


def add_score_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", action="append", required=True,
                   help="CSV, JSON Lines or Parquet file with id and text, or a quoted glob (repeatable)")
    p.add_argument("--out", required=True, help="directory for the shards, _RUN.json and _SUCCESS.json")
    p.add_argument("--model", help="model directory (default: the service's default model)")
    p.add_argument("--format", choices=sorted(SHARD_FORMATS), default="parquet", help="shard format")
    p.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE,
                   help=f"notes per chunk, i.e. per shard (default {DEFAULT_CHUNK_SIZE})")
    p.add_argument("--workers", type=int,
                   help="local worker processes (default: the cores available; 1 scores in this process)")
    p.add_argument("--scheduler",
                   help="address of a Dask scheduler (tcp://host:port) to score on its workers; --model and "
                        "--out must then be on a filesystem all workers share, under the same path")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
