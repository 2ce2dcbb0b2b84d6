"""Scale: throughput and peak memory of `triage score` as the input grows.

    python bench/scale.py [--sizes 100000 1000000] [--workers N] [--chunk-size 10000]
                          [--model DIR] [--workdir DIR] [--keep]

Generates the largest size once, in chunks, into Parquet files (one per size;
each smaller file is a prefix of the larger), then runs `triage score` on each
file in a fresh process and samples the resident memory of that process and
all its children (the pool workers) every 0.1 s. Peak RSS of the whole tree
should stay flat as the input grows ten-fold: scoring holds at most two
chunks per worker. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GENERATE_CHUNK = 20_000
SAMPLE_SECONDS = 0.1


def _generate(seed: int) -> Any:
    from training.generate import generate_notes

    return generate_notes(GENERATE_CHUNK, seed=seed)[["text"]]


def write_inputs(sizes: list[int], workdir: Path, workers: int) -> dict[int, Path]:
    """One Parquet file of id, text per size; reused when already there with the right row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = {n: workdir / f"notes_{n}.parquet" for n in sizes}
    todo = [n for n, p in paths.items() if not (p.exists() and pq.ParquetFile(p).metadata.num_rows == n)]
    if not todo:
        return paths
    largest = max(todo)
    writers = {n: pq.ParquetWriter(paths[n], pa.schema([("id", pa.string()), ("text", pa.string())])) for n in todo}
    started, offset = time.perf_counter(), 0
    seeds = range(1000, 1000 + -(-largest // GENERATE_CHUNK))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for frame in pool.map(_generate, seeds):
            frame = frame.iloc[: largest - offset]
            ids = [f"n{offset + i:09d}" for i in range(len(frame))]
            table = pa.table({"id": ids, "text": frame["text"].tolist()})
            for n, writer in writers.items():
                if offset < n:
                    writer.write_table(table.slice(0, n - offset))
            offset += len(frame)
    for writer in writers.values():
        writer.close()
    print(f"generated {largest} notes in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return paths


def ensure_model(model: str | None, workdir: Path) -> Path:
    if model:
        return Path(model)
    from training.contract import load_labelled
    from training.generate import generate_notes
    from training.train import TrainConfig, train_and_save

    model_dir = workdir / "model"
    if not (model_dir / "manifest.json").exists():
        data = workdir / "train.csv"
        generate_notes(20_000, seed=1).to_csv(data, index=False)
        train_and_save(load_labelled([data]), TrainConfig(seed=0), model_dir, data_paths=[data], version="scale-bench")
    return model_dir


def run_and_sample(cmd: list[str]) -> dict[str, float]:
    """Wall time and peak RSS (whole process tree, and largest single process) of one command."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peak_tree = peak_single = 0
    peak_processes = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        rss = []
        for proc in tree:
            try:
                rss.append(proc.memory_info().rss)
            except psutil.NoSuchProcess:
                pass
        peak_tree = max(peak_tree, sum(rss))
        peak_single = max([peak_single, *rss])
        peak_processes = max(peak_processes, len(rss))
        time.sleep(SAMPLE_SECONDS)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"scoring failed ({process.returncode}):\n{stderr[-2000:]}")
    return {"seconds": seconds, "peak_tree_rss_mb": peak_tree / 2**20, "peak_process_rss_mb": peak_single / 2**20,
            "processes": peak_processes, "stdout": stdout.strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--workers", type=int, help="scoring processes (default: the cores available)")
    parser.add_argument("--chunk-size", type=int, default=10_000)
    parser.add_argument("--model", help="model directory (default: train one on 20000 generated notes)")
    parser.add_argument("--workdir", help="keep inputs and model here for reruns (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the scored shards")
    args = parser.parse_args()

    from training.scoring import available_cores

    workers = args.workers or available_cores()
    temp = None if args.workdir else tempfile.TemporaryDirectory()
    workdir = Path(args.workdir or temp.name)
    workdir.mkdir(parents=True, exist_ok=True)
    model_dir = ensure_model(args.model, workdir)
    inputs = write_inputs(sorted(args.sizes), workdir, workers)
    results = []
    load_before = os.getloadavg()[0]
    for n in sorted(args.sizes):
        out = workdir / f"scored_{n}"
        shutil.rmtree(out, ignore_errors=True)
        cmd = [sys.executable, "-m", "training.cli", "score", "--data", str(inputs[n]), "--out", str(out),
               "--model", str(model_dir), "--chunk-size", str(args.chunk_size), "--workers", str(workers),
               "--no-progress"]
        figures = run_and_sample(cmd)
        manifest = json.loads((out / "_SUCCESS.json").read_text())
        assert manifest["rows"] == n, "scored row count differs from the input"
        figures.update(notes=n, notes_per_s=n / figures["seconds"], shards=len(manifest["shards"]),
                       scoring_seconds=manifest["seconds"])
        results.append(figures)
        print(f"{n:>9} notes: {figures['seconds']:7.0f} s, {figures['notes_per_s']:6.0f} notes/s, "
              f"peak RSS {figures['peak_tree_rss_mb']:6.0f} MB for {figures['processes']} processes "
              f"(largest {figures['peak_process_rss_mb']:.0f} MB)", file=sys.stderr)
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)

    print(f"`triage score` with {workers} worker process(es), chunk size {args.chunk_size}, on {os.cpu_count()} cores "
          f"(load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after):")
    print()
    print("| notes | shards | wall s | notes/s | peak RSS, all processes (MB) | peak RSS, largest process (MB) |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['notes']:,} | {r['shards']} | {r['seconds']:.0f} | {r['notes_per_s']:.0f} | "
              f"{r['peak_tree_rss_mb']:.0f} | {r['peak_process_rss_mb']:.0f} |")
    print()
    print(f"Reproduce: python bench/scale.py --sizes {' '.join(map(str, sorted(args.sizes)))} "
          f"--chunk-size {args.chunk_size} --workers {workers}")
    print(json.dumps([{k: v for k, v in r.items() if k != "stdout"} for r in results]))
    if temp is not None:
        temp.cleanup()


if __name__ == "__main__":
    main()
