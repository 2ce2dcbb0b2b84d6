"""`triage score`: score files of any size in bounded memory, in parallel, resumably.

The client process streams each input in chunks (``training.chunked``),
checks every chunk against the data contract, and hands it to a worker that
scores it and writes one shard, ``DIR/<input-stem>-<chunk:05d>.<fmt>``
(``training.shards``). At most two chunks per worker are in flight, so memory
stays flat however large the input is.

Workers are, in order of preference of the caller:

* ``--scheduler ADDRESS``: the workers of an existing Dask cluster. They load
  the model from ``--model`` and write shards to ``--out`` themselves, so both
  paths must be on a filesystem every worker sees (NFS, a shared volume...)
  under the same path, and the workers need this package installed.
* ``--workers N`` (default: the cores available): a local process pool,
  each process loading the predictor once in its initializer.
* ``--workers 1``: scoring in this process, no pool.

Resuming: ``DIR/_RUN.json`` records the inputs (size, mtime), chunk size,
format and model; a rerun with the same settings skips every shard already
present (shards are written atomically, so a present shard is whole) and
refuses to mix shards from different settings. ``DIR/_SUCCESS.json`` is
written last and lists inputs, shards and row counts. Files whose names
start with ``_`` or ``.`` are ignored by Parquet dataset readers, so
``pandas.read_parquet(DIR)`` reads exactly the shards.
"""
from __future__ import annotations

import glob
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from training.chunked import Chunk, iter_chunks, parquet_row_count
from training.contract import ContractError
from training.scoring_args import DEFAULT_CHUNK_SIZE, SHARD_FORMATS
from training.shards import ShardJob, ShardResult, preload, score_job, shard_name

RUN_FILE = "_RUN.json"
SUCCESS_FILE = "_SUCCESS.json"
IN_FLIGHT_PER_WORKER = 2


class ScoringError(Exception):
    """The run cannot start or continue (settings clash with existing shards, bad inputs...)."""


@dataclass
class ScoreConfig:
    data: list[str]
    out: Path
    model_dir: Path
    fmt: str = "parquet"
    chunk_size: int = DEFAULT_CHUNK_SIZE
    workers: int | None = None
    scheduler: str | None = None
    rules_path: str | None = None
    progress: bool | None = None  # None: only when stderr is a terminal


@dataclass
class ScoreSummary:
    inputs: list[str]
    rows: int
    written: int
    skipped: int
    seconds: float
    manifest: Path
    results: list[ShardResult] = field(default_factory=list)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# -- inputs and run state ------------------------------------------------------------

def expand_inputs(patterns: Sequence[str]) -> list[Path]:
    """Paths from paths and globs, in the order given (each glob sorted), without repeats."""
    paths: list[Path] = []
    for pattern in patterns:
        if glob.has_magic(pattern):
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                raise ScoringError(f"--data {pattern}: no file matches")
        else:
            matches = [pattern]
        for match in matches:
            path = Path(match).resolve()
            if not path.is_file():
                raise ScoringError(f"{match}: file not found")
            if path not in paths:
                paths.append(path)
    stems: dict[str, Path] = {}
    for path in paths:
        if path.stem in stems:
            raise ScoringError(f"{stems[path.stem]} and {path} would write the same shard names "
                               f"({path.stem}-NNNNN); rename one or score them separately")
        stems[path.stem] = path
    return paths


def fingerprint(path: Path) -> dict[str, Any]:
    stat = path.stat()
    return {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def model_identity(model_dir: Path) -> dict[str, Any]:
    """What identifies the scoring logic, read without loading the model."""
    from model.artifacts import read_manifest

    manifest = read_manifest(model_dir)
    return {"model_version": str(manifest["version"]), "model_sha256": manifest["model_sha256"]}


def rules_version(rules_path: str | None) -> str:
    from model.rules import RuleSet

    return RuleSet.load(rules_path).version


def prepare_out_dir(config: ScoreConfig, inputs: list[Path], identity: dict[str, Any]) -> dict[str, Any]:
    """Check existing shards belong to this run's settings, then record the settings."""
    out = config.out
    out.mkdir(parents=True, exist_ok=True)
    run_path = out / RUN_FILE
    settings = {"chunk_size": config.chunk_size, "format": config.fmt, **identity}
    inputs_now = {str(p): fingerprint(p) for p in inputs}
    if run_path.exists():
        try:
            previous = json.loads(run_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ScoringError(f"{run_path}: unreadable ({exc}); use another --out or empty it") from exc
        clashes = [k for k, v in settings.items() if previous.get("settings", {}).get(k) != v]
        stems = {Path(key).stem: key for key in previous.get("inputs", {})}
        for key, fp in inputs_now.items():
            old = previous.get("inputs", {}).get(key)
            if old is not None and old != fp:
                clashes.append(f"input {key} changed since")
            elif old is None and stems.get(Path(key).stem, key) != key:
                clashes.append(f"{stems[Path(key).stem]} wrote the shard names {key} would write")
        if clashes:
            raise ScoringError(f"{out} holds shards written with other settings ({', '.join(clashes)}); "
                               f"use another --out or empty it")
        recorded = {**previous.get("inputs", {}), **inputs_now}
    else:
        strays = [p.name for suffix in SHARD_FORMATS.values() for p in out.glob(f"*-[0-9][0-9][0-9][0-9][0-9]{suffix}")]
        if strays:
            raise ScoringError(f"{out} holds shards ({strays[0]}, ...) but no {RUN_FILE}; "
                               f"use another --out or empty it")
        recorded = inputs_now
    state = {"settings": settings, "inputs": recorded}
    _write_json(run_path, state)
    (out / SUCCESS_FILE).unlink(missing_ok=True)  # only a finished run has one
    return state


def _write_json(path: Path, payload: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# -- where shards are computed ---------------------------------------------------------

class Backend(Protocol):
    slots: int

    def submit(self, job: ShardJob) -> Any: ...
    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]: ...
    def close(self, cancel: bool) -> None: ...


class InlineBackend:
    """Score in this process: no start-up cost, one core."""

    slots = 1

    def submit(self, job: ShardJob) -> Future:
        future: Future = Future()
        try:
            future.set_result(score_job(job))
        except Exception as exc:  # noqa: BLE001 - re-raised by result() like the other backends
            future.set_exception(exc)
        return future

    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        return set(pending), set()

    def close(self, cancel: bool) -> None:
        pass


class PoolBackend:
    """A local process pool; each process loads the predictor once in its initializer."""

    def __init__(self, workers: int, model_dir: str, rules_path: str | None):
        import multiprocessing

        self.slots = workers * IN_FLIGHT_PER_WORKER
        # spawn: a fresh interpreter per worker, never a fork of a process with threads.
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=preload, initargs=(model_dir, rules_path))

    def submit(self, job: ShardJob) -> Future:
        return self.executor.submit(score_job, job)

    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        done, not_done = wait(pending, return_when=FIRST_COMPLETED)
        return set(done), set(not_done)

    def close(self, cancel: bool) -> None:
        self.executor.shutdown(wait=True, cancel_futures=cancel)


class DaskBackend:
    """An existing Dask cluster; workers cache the predictor per process (``shards.get_predictor``)."""

    def __init__(self, address: str):
        from distributed import Client

        try:
            self.client = Client(address, timeout="30s")
        except OSError as exc:
            raise ScoringError(f"--scheduler {address}: cannot connect ({exc})") from exc
        threads = sum(self.client.nthreads().values())
        if threads == 0:
            self.client.close()
            raise ScoringError(f"--scheduler {address}: the cluster has no workers")
        self.slots = threads * IN_FLIGHT_PER_WORKER

    def submit(self, job: ShardJob) -> Any:
        return self.client.submit(score_job, job, pure=False, key=f"score-{Path(job.shard).name}-{os.urandom(4).hex()}")

    def wait_first(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        from distributed import wait as dask_wait

        done, not_done = dask_wait(list(pending), return_when="FIRST_COMPLETED")
        return set(done), set(not_done)

    def close(self, cancel: bool) -> None:
        self.client.close()


def make_backend(config: ScoreConfig) -> Backend:
    if config.scheduler:
        return DaskBackend(config.scheduler)
    workers = config.workers or available_cores()
    if workers < 1:
        raise ScoringError(f"--workers must be at least 1, got {workers}")
    if workers == 1:
        return InlineBackend()
    return PoolBackend(workers, str(config.model_dir), config.rules_path)


# -- the run ------------------------------------------------------------------------------

def _progress(total: int | None, enabled: bool | None) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="notes", file=sys.stderr, disable=None if enabled is None else not enabled,
                dynamic_ncols=True, smoothing=0.1)


def _chunks(inputs: list[Path], chunk_size: int) -> Iterator[tuple[Path, Chunk]]:
    for path in inputs:
        for chunk in iter_chunks(path, chunk_size):
            yield path, chunk


def run_score(config: ScoreConfig) -> ScoreSummary:
    """Score every input into shards under ``config.out``; raise on the first bad chunk."""
    if config.fmt not in SHARD_FORMATS:
        raise ScoringError(f"--format must be one of {', '.join(SHARD_FORMATS)}, got {config.fmt!r}")
    if config.chunk_size < 1:
        raise ScoringError(f"--chunk-size must be at least 1, got {config.chunk_size}")
    started = time.perf_counter()
    config.out = config.out.resolve()
    config.model_dir = config.model_dir.resolve()
    inputs = expand_inputs(config.data)
    identity = {**model_identity(config.model_dir), "rules_version": rules_version(config.rules_path)}
    prepare_out_dir(config, inputs, identity)
    counts = [parquet_row_count(p) for p in inputs]
    total = sum(counts) if all(c is not None for c in counts) else None

    shard_rows: list[dict[str, Any]] = []
    input_rows: dict[str, int] = {str(p): 0 for p in inputs}
    results: list[ShardResult] = []
    pending: set[Any] = set()
    skipped = 0
    backend = make_backend(config)
    failed = True
    with _progress(total, config.progress) as bar:
        def collect(done: set[Any]) -> None:
            for future in done:
                result = future.result()  # re-raises a worker's error here
                results.append(result)
                bar.update(result.rows)

        try:
            for path, chunk in _chunks(inputs, config.chunk_size):
                name = shard_name(path.stem, chunk.index, config.fmt)
                shard = config.out / name
                input_rows[str(path)] += len(chunk)
                present = shard.exists()
                shard_rows.append({"file": name, "input": str(path), "chunk": chunk.index, "rows": len(chunk),
                                   "first": chunk.first, "last": chunk.last,
                                   "status": "skipped" if present else "written"})
                if present:
                    skipped += 1
                    bar.update(len(chunk))
                    continue
                while len(pending) >= backend.slots:
                    done, pending = backend.wait_first(pending)
                    collect(done)
                pending.add(backend.submit(ShardJob(model_dir=str(config.model_dir), rules_path=config.rules_path,
                                                    shard=str(shard), fmt=config.fmt,
                                                    ids=chunk.ids, texts=chunk.texts)))
            while pending:
                done, pending = backend.wait_first(pending)
                collect(done)
            failed = False
        finally:
            backend.close(cancel=failed)

    seconds = round(time.perf_counter() - started, 2)
    by_shard = {r.shard: r for r in results}
    for row in shard_rows:  # which process wrote each new shard: shows where the work ran
        if row["file"] in by_shard:
            row["worker"] = f"{by_shard[row['file']].host}:{by_shard[row['file']].pid}"
    manifest = {
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "inputs": [{"path": p, "rows": n} for p, n in input_rows.items()],
        "rows": sum(input_rows.values()),
        "format": config.fmt,
        "chunk_size": config.chunk_size,
        **identity,
        "backend": f"dask {config.scheduler}" if config.scheduler else f"local, {config.workers or available_cores()} worker(s)",
        "shards_written": len(shard_rows) - skipped,
        "shards_skipped": skipped,
        "seconds": seconds,
        "shards": shard_rows,
    }
    _write_json(config.out / SUCCESS_FILE, manifest)
    return ScoreSummary(inputs=[str(p) for p in inputs], rows=manifest["rows"], written=len(shard_rows) - skipped,
                        skipped=skipped, seconds=seconds, manifest=config.out / SUCCESS_FILE, results=results)


# -- CLI -------------------------------------------------------------------------------------

def cmd_score(args: Any) -> int:
    """Exit 0 when every shard exists, 1 for bad input, 2 when the run cannot proceed."""
    from training.chunked import ChunkError
    from training.default_model import ensure_default_model

    model_dir = Path(args.model) if args.model else ensure_default_model()
    config = ScoreConfig(data=args.data, out=Path(args.out), model_dir=model_dir, fmt=args.format,
                         chunk_size=args.chunk_size, workers=args.workers, scheduler=args.scheduler,
                         progress=False if args.no_progress else None)
    try:
        summary = run_score(config)
    except ChunkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("refused: fix the records above and rerun; shards already written are kept and skipped",
              file=sys.stderr)
        return 1
    except (ScoringError, ContractError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"scored {summary.rows} notes from {len(summary.inputs)} file(s): {summary.written} shard(s) written, "
          f"{summary.skipped} skipped as already written, in {summary.seconds} s -> {config.out}")
    return 0
