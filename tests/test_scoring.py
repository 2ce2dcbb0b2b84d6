"""`triage score`: chunked, parallel, resumable and distributed scoring give exactly
what one Predictor.predict call gives, and bad input stops the run where it is."""
from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from training.cli import main
from training.shards import OUTPUT_COLUMNS, prediction_columns

ROOT = Path(__file__).resolve().parents[1]
N_NOTES = 120
CHUNK = 25  # 120 notes -> shards of 25, 25, 25, 25, 20


@pytest.fixture(scope="module")
def notes(small_corpus_path: Path) -> pd.DataFrame:
    frame = pd.read_csv(small_corpus_path, dtype=str, keep_default_na=False)
    return frame.loc[: N_NOTES - 1, ["id", "text"]].reset_index(drop=True)


@pytest.fixture(scope="module")
def expected(predictor, notes: pd.DataFrame) -> list[dict[str, Any]]:
    """The single-pass answer: one Predictor.predict call over every note."""
    predictions = predictor.predict(notes["text"].tolist(), notes["id"].tolist())
    columns = prediction_columns(predictions)
    rows = [dict(zip(columns, values)) for values in zip(*columns.values())]
    for row, p in zip(rows, predictions):  # the shard encoding itself, checked independently
        assert {label: bool(row[label]) for label in p.flags} == p.flags
        assert json.loads(row["reasons"]) == p.reasons
    return rows


def write_inputs(notes: pd.DataFrame, folder: Path, stem: str = "notes") -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"csv": folder / f"{stem}.csv", "jsonl": folder / f"{stem}.jsonl",
             "parquet": folder / f"{stem}.parquet"}
    notes.to_csv(paths["csv"], index=False)
    notes.to_json(paths["jsonl"], orient="records", lines=True, force_ascii=False)
    notes.to_parquet(paths["parquet"], index=False)
    return paths


def read_shards(out: Path, stem: str) -> list[dict[str, Any]]:
    """Every row of one input's shards, in shard order."""
    rows: list[dict[str, Any]] = []
    for shard in sorted(out.glob(f"{stem}-[0-9]*.*")):
        if shard.suffix == ".parquet":
            frame = pd.read_parquet(shard)
            assert list(frame.columns) == list(OUTPUT_COLUMNS)
            rows.extend(frame.astype(object).where(frame.notna(), None).to_dict(orient="records"))
        else:
            rows.extend(json.loads(line) for line in shard.read_text(encoding="utf-8").splitlines())
    return rows


def assert_same_rows(actual: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    assert len(actual) == len(expected)
    for number, (got, want) in enumerate(zip(actual, expected)):
        assert set(got) == set(want), number
        for column, value in want.items():
            if isinstance(value, float):
                assert math.isclose(got[column], value, rel_tol=1e-12, abs_tol=1e-15), (number, column)
            else:
                assert got[column] == value, (number, column, got[column], value)


def score(*args: str) -> int:
    return main(["score", "--no-progress", *args])


def test_parallel_chunked_output_equals_single_pass(tmp_path, notes, expected, trained_model_dir, capsys):
    paths = write_inputs(notes, tmp_path / "in")
    out = tmp_path / "out"
    assert score("--data", str(paths["parquet"]), "--out", str(out), "--model", str(trained_model_dir),
                 "--chunk-size", str(CHUNK), "--workers", "2") == 0
    assert "5 shard(s) written, 0 skipped" in capsys.readouterr().out
    assert sorted(p.name for p in out.glob("*.parquet")) == [f"notes-{i:05d}.parquet" for i in range(5)]
    assert_same_rows(read_shards(out, "notes"), expected)
    assert not list(out.glob(".*.tmp"))

    manifest = json.loads((out / "_SUCCESS.json").read_text())
    assert manifest["rows"] == N_NOTES and manifest["model_version"] == "test-small"
    assert [s["rows"] for s in manifest["shards"]] == [25, 25, 25, 25, 20]
    assert manifest["shards"][1]["first"] == "row 26" and manifest["shards"][-1]["last"] == f"row {N_NOTES}"
    workers = {s["worker"] for s in manifest["shards"]}
    assert all(not w.endswith(f":{os.getpid()}") for w in workers)  # scored in pool processes


def test_resume_rewrites_only_the_missing_shard(tmp_path, notes, expected, trained_model_dir, capsys):
    paths = write_inputs(notes, tmp_path / "in")
    out = tmp_path / "out"
    args = ["--data", str(paths["csv"]), "--out", str(out), "--model", str(trained_model_dir),
            "--chunk-size", str(CHUNK), "--workers", "1"]
    assert score(*args) == 0
    capsys.readouterr()
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    missing = out / "notes-00002.parquet"
    missing.unlink()
    time.sleep(0.01)

    assert score(*args) == 0
    assert "1 shard(s) written, 4 skipped as already written" in capsys.readouterr().out
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    assert set(after) == set(before)
    assert [name for name in after if after[name] != before[name]] == [missing.name]
    assert_same_rows(read_shards(out, "notes"), expected)
    manifest = json.loads((out / "_SUCCESS.json").read_text())
    assert [s["status"] for s in manifest["shards"]].count("skipped") == 4

    # other settings must not be mixed into the same directory
    assert score(*args[:-4], "--chunk-size", "40", "--workers", "1") == 2
    assert "other settings (chunk_size)" in capsys.readouterr().err


def test_bad_row_stops_the_run_before_its_shard(tmp_path, notes, trained_model_dir, capsys):
    bad = notes.copy()
    bad.loc[10, "text"] = "first line\nsecond line\nthird line"  # records spanning lines shift numbering
    bad.loc[57, "text"] = "   "  # both in chunk 2 (rows 50-74)
    bad.loc[63, "id"] = ""
    path = tmp_path / "bad.csv"
    bad.to_csv(path, index=False)

    def line_of(row: int) -> int:  # header is line 1; some notes span several lines
        return 2 + row + sum(text.count("\n") for text in bad["text"].iloc[:row])

    out = tmp_path / "out"
    assert score("--data", str(path), "--out", str(out), "--model", str(trained_model_dir),
                 "--chunk-size", str(CHUNK), "--workers", "1") == 1
    err = capsys.readouterr().err
    assert f"{path}: line {line_of(57)}, column 'text'" in err
    assert f"{path}: line {line_of(63)}, column 'id'" in err
    assert "chunk 2" in err and notes.loc[0, "text"] not in err
    assert (out / "bad-00000.parquet").exists() and (out / "bad-00001.parquet").exists()
    assert not (out / "bad-00002.parquet").exists() and not (out / "_SUCCESS.json").exists()

    parquet = tmp_path / "nulls.parquet"
    nulls = notes.copy()
    nulls.loc[3, "id"] = None
    nulls.to_parquet(parquet, index=False)
    assert score("--data", str(parquet), "--out", str(tmp_path / "out2"), "--model", str(trained_model_dir),
                 "--workers", "1") == 1
    assert f"{parquet}: row 4, column 'id': id is empty" in capsys.readouterr().err
    assert not list((tmp_path / "out2").glob("*.parquet"))


def test_undecodable_bytes_name_the_file_and_line(tmp_path, trained_model_dir, capsys):
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"id,text\na,fine\nb,caf\xe9 on fire\n")
    assert score("--data", str(path), "--out", str(tmp_path / "out"), "--model", str(trained_model_dir),
                 "--workers", "1") == 2
    err = capsys.readouterr().err
    assert f"{path}: line 3: bytes 0xe9 are not valid UTF-8" in err


def test_every_input_format_and_a_glob(tmp_path, notes, expected, trained_model_dir, capsys):
    folder = tmp_path / "in"
    write_inputs(notes.iloc[:10], folder, "a")  # a.csv, a.jsonl, a.parquet share a stem: refused
    assert score("--data", str(folder / "a.*"), "--out", str(tmp_path / "clash"),
                 "--model", str(trained_model_dir), "--workers", "1") == 2
    assert "would write the same shard names" in capsys.readouterr().err

    for fmt, path in write_inputs(notes, tmp_path / "formats", "x").items():
        path.rename(tmp_path / "formats" / f"{fmt}_notes{path.suffix}")
    out = tmp_path / "out"
    assert score("--data", str(tmp_path / "formats" / "*_notes.*"), "--out", str(out), "--format", "jsonl",
                 "--model", str(trained_model_dir), "--chunk-size", "50", "--workers", "1") == 0
    assert "3 file(s): 9 shard(s) written" in capsys.readouterr().out
    for fmt in ("csv", "jsonl", "parquet"):
        assert len(list(out.glob(f"{fmt}_notes-*.jsonl"))) == 3
        assert_same_rows(read_shards(out, f"{fmt}_notes"), expected)


# -- on a real Dask cluster: scheduler and workers are separate processes on loopback --

def _start(args: list[str], log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    with open(log, "wb") as handle:
        return subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=log.parent, env=env,
                                stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    """End the process group we started (the worker command and its nanny/worker children)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=20)
            time.sleep(0.5)  # let children see the signal before checking the group again
        except subprocess.TimeoutExpired:
            continue


def _address(info: Path, scheduler: subprocess.Popen, log: Path) -> str:
    deadline = time.monotonic() + 60
    while True:
        assert scheduler.poll() is None, f"dask scheduler exited:\n{log.read_text()[-2000:]}"
        assert time.monotonic() < deadline, f"dask scheduler did not start:\n{log.read_text()[-2000:]}"
        try:
            return json.loads(info.read_text())["address"]
        except (FileNotFoundError, json.JSONDecodeError, KeyError):
            time.sleep(0.2)


@pytest.fixture(scope="module")
def dask_scheduler(tmp_path_factory) -> str:
    """A scheduler and two single-threaded worker processes, each its own OS process, on 127.0.0.1."""
    from distributed import Client

    folder = tmp_path_factory.mktemp("dask")
    info = folder / "scheduler.json"
    processes = [_start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                         "--scheduler-file", str(info)], folder / "scheduler.log")]
    try:
        address = _address(info, processes[0], folder / "scheduler.log")
        assert address.startswith("tcp://127.0.0.1:")
        processes.append(_start(["worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard",
                                 "--host", "127.0.0.1", "--memory-limit", "0"], folder / "workers.log"))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=90)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


def test_dask_cluster_output_equals_single_process(tmp_path, notes, expected, trained_model_dir,
                                                   dask_scheduler, capsys):
    paths = write_inputs(notes, tmp_path / "in")
    local, remote = tmp_path / "local", tmp_path / "remote"
    common = ["--data", str(paths["jsonl"]), "--model", str(trained_model_dir), "--chunk-size", str(CHUNK)]
    assert score(*common, "--out", str(local), "--workers", "1") == 0
    assert score(*common, "--out", str(remote), "--scheduler", dask_scheduler) == 0
    assert "5 shard(s) written" in capsys.readouterr().out

    assert_same_rows(read_shards(remote, "notes"), read_shards(local, "notes"))
    assert_same_rows(read_shards(remote, "notes"), expected)
    manifest = json.loads((remote / "_SUCCESS.json").read_text())
    assert manifest["backend"] == f"dask {dask_scheduler}"
    assert all(not s["worker"].endswith(f":{os.getpid()}") for s in manifest["shards"])  # written by workers
