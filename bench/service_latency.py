"""HTTP latency and throughput of the service against the Predictor in-process.

    python bench/service_latency.py [--n 300] [--clients 16] [--concurrent-requests 800]
                                    [--max-seconds 60] [--model DIR] [--database-url URL] [--notes CSV]

Starts uvicorn (one worker) on 127.0.0.1 in a subprocess over the default model
(built from the bundled corpus if missing) or --model, with a throwaway SQLite
audit store unless --database-url is given, then measures:

* p50/p99 latency of POST /v1/predict over N sequential typical notes;
* throughput and latency with --clients concurrent clients (bounded by
  --concurrent-requests and --max-seconds);
* the median of Predictor.predict_one on the same notes in this process,
  and the ratio HTTP p50 / in-process median (the cost of HTTP, JSON,
  auth and the audit write).

Prints figures; asserts nothing about time. Traffic goes to loopback only.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

KEY = "bench-handler-key-0123456789"

#: Invented, typical of control-room notes; used when the bundled corpus is absent.
FALLBACK_NOTES = [
    "caller concerned for neighbour, not seen for 3 days, curtains closed, milk on step",
    "male on the wrong side of the bridge railings saying goodbye to his sister on the phone",
    "pt missed depot injection, no concerns raised, ward asking for welfare check",
    "someone took my bike from the shed overnight, lock cut, no suspects",
    "female reports ex partner outside address banging on door shouting threats, has a knife",
    "voluntary pt left ward 20 mins ago, no risk identified, staff request police look for her",
    "elderly male with dementia wandered from care home, wearing slippers, cold night",
    "s136 handover at HBPOS delayed 4hrs, officers asked to stay, pt calm",
    "caller's son took 30 paracetamol an hour ago and is refusing ambulance",
    "shoplifter detained by security at the supermarket, no violence",
    "anonymous caller worried about a friend who posted online that she cant go on",
    "ambulance requesting police to assist with conveyance, pt agitated but not violent",
]


def typical_notes(n: int, source: Path | None = None, seed: int = 0) -> list[str]:
    """N notes sampled from ``source`` (a CSV with a text column), else the bundled corpus, else a fixed list."""
    from training.paths import BUNDLED_CORPUS

    source = source or BUNDLED_CORPUS
    if source.exists():
        import pandas as pd

        texts = pd.read_csv(source, usecols=["text"])["text"].dropna().astype(str).tolist()
        return random.Random(seed).sample(texts, min(n, len(texts)))
    return list(itertools.islice(itertools.cycle(FALLBACK_NOTES), n))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def start_server(model_dir: Path, database_url: str, port: int, log_path: Path) -> subprocess.Popen:
    env = dict(os.environ, TRIAGE_MODEL_DIR=str(model_dir), TRIAGE_DATABASE_URL=database_url,
               TRIAGE_API_KEYS=f"handler:{KEY}", TRIAGE_LOG_LEVEL="WARNING", PYTHONPATH=str(ROOT))
    log = open(log_path, "w")
    return subprocess.Popen([sys.executable, "-m", "uvicorn", "serve.app:create_app_from_env", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--workers", "1", "--no-access-log",
                             "--log-level", "warning"], env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_ready(base: str, process: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise SystemExit("server not ready in time")


def sequential(base: str, notes: list[str]) -> list[float]:
    latencies = []
    with httpx.Client(base_url=base, headers={"X-API-Key": KEY}, timeout=30) as client:
        for note in notes[:20]:  # warm-up
            client.post("/v1/predict", json={"text": note}).raise_for_status()
        for note in notes:
            start = time.perf_counter()
            client.post("/v1/predict", json={"text": note}).raise_for_status()
            latencies.append(time.perf_counter() - start)
    return latencies


def concurrent(base: str, notes: list[str], clients: int, total: int, max_seconds: float) -> dict[str, float]:
    counter = itertools.count()
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        with httpx.Client(base_url=base, headers={"X-API-Key": KEY}, timeout=60) as client:
            while time.monotonic() < deadline:
                i = next(counter)
                if i >= total:
                    return
                start = time.perf_counter()
                try:
                    ok = client.post("/v1/predict", json={"text": notes[i % len(notes)]}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - start
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    return {"requests": len(latencies), "errors": errors[0], "seconds": wall,
            "throughput_rps": len(latencies) / wall if wall else 0.0,
            "p50_ms": 1000 * percentile(latencies, 50) if latencies else float("nan"),
            "p99_ms": 1000 * percentile(latencies, 99) if latencies else float("nan")}


def in_process(model_dir: Path, notes: list[str]) -> list[float]:
    from model.predictor import Predictor

    predictor = Predictor.load(model_dir)
    for note in notes[:20]:
        predictor.predict_one(note)
    times = []
    for note in notes:
        start = time.perf_counter()
        predictor.predict_one(note)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="sequential requests (default 300)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--concurrent-requests", type=int, default=800)
    parser.add_argument("--max-seconds", type=float, default=60.0, help="bound on the concurrent phase")
    parser.add_argument("--model", help="model directory (default: the default model, built if missing)")
    parser.add_argument("--database-url", help="audit store (default: a throwaway SQLite file)")
    parser.add_argument("--notes", help="CSV with a text column to sample notes from (default: the bundled corpus)")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()

    if args.model:
        model_dir = Path(args.model)
    else:
        from training.default_model import ensure_default_model
        from training.paths import DEFAULT_TRAINING_FILES, default_model_dir

        missing = [str(path) for path in DEFAULT_TRAINING_FILES if not path.exists()]
        if not (default_model_dir() / "manifest.json").exists() and missing:
            raise SystemExit(f"no default model and no {', '.join(missing)} to build it from: pass --model DIR")
        model_dir = ensure_default_model()
    notes = typical_notes(args.n, Path(args.notes) if args.notes else None)
    with tempfile.TemporaryDirectory() as tmp:
        database_url = args.database_url or f"sqlite:///{tmp}/bench.db"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        process = start_server(model_dir.resolve(), database_url, port, Path(tmp) / "server.log")
        try:
            wait_ready(base, process)
            seq = sequential(base, notes)
            conc = concurrent(base, notes, args.clients, args.concurrent_requests, args.max_seconds)
        finally:
            process.terminate()
            process.wait(30)
    local = in_process(model_dir, notes)

    figures = {
        "model_dir": str(model_dir), "notes": len(notes), "mean_note_chars": statistics.mean(map(len, notes)),
        "sequential": {"requests": len(seq), "p50_ms": 1000 * percentile(seq, 50),
                       "p99_ms": 1000 * percentile(seq, 99), "mean_ms": 1000 * statistics.mean(seq)},
        "concurrent": {"clients": args.clients, **conc},
        "in_process": {"median_ms": 1000 * statistics.median(local), "p99_ms": 1000 * percentile(local, 99)},
    }
    figures["http_over_in_process_ratio"] = figures["sequential"]["p50_ms"] / figures["in_process"]["median_ms"]
    s, c, i = figures["sequential"], figures["concurrent"], figures["in_process"]
    print(f"model {model_dir}; {len(notes)} notes, mean {figures['mean_note_chars']:.0f} chars; one uvicorn worker")
    print(f"sequential HTTP   p50 {s['p50_ms']:7.2f} ms   p99 {s['p99_ms']:7.2f} ms   mean {s['mean_ms']:7.2f} ms")
    print(f"{args.clients} clients       {c['throughput_rps']:7.1f} req/s  p50 {c['p50_ms']:7.2f} ms   "
          f"p99 {c['p99_ms']:7.2f} ms   ({c['requests']} ok, {c['errors']} errors, {c['seconds']:.1f} s)")
    print(f"in-process        median {i['median_ms']:7.2f} ms   p99 {i['p99_ms']:7.2f} ms")
    print(f"HTTP p50 / in-process median: {figures['http_over_in_process_ratio']:.2f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
