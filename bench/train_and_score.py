"""Training time, peak memory and scoring throughput, as medians over repeated runs.

    python bench/train_and_score.py [--n 20000] [--repeats 3] [--score-notes 5000]

Training runs in a fresh subprocess per repeat, so peak RSS is that of one
training run. Scoring is pinned to one core (BLAS/OpenMP threads = 1) and
compares, in the same run, three paths on the same notes:

* spaCy pipeline alone (the floor every path pays),
* the predictor with an empty rule set (spaCy + context + features +
  classifier + decision + explanations): everything but the rules,
* the full predictor (the same + the safety rules), i.e. `triage predict`.

The last two differ only in the rules, so their ratio is what the rules cost.

Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TRAIN_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from training.contract import load_labelled
from training.train import TrainConfig, train_and_save
frame = load_labelled([{data!r}])
start = time.perf_counter()
train_and_save(frame, TrainConfig(seed=0), {out!r}, data_paths=[{data!r}])
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def bench_training(data: Path, out: Path, repeats: int) -> dict[str, float]:
    runs = []
    for _ in range(repeats):
        code = TRAIN_CHILD.format(root=str(ROOT), data=str(data), out=str(out))
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return {"median_seconds": statistics.median(r["seconds"] for r in runs),
            "median_peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
            "runs": len(runs)}


def median_rate(fn, n_notes: int, repeats: int) -> float:
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        rates.append(n_notes / (time.perf_counter() - start))
    return statistics.median(rates)


class NoRules:
    """A rule set that never matches: the predictor's path minus only the rules."""

    version = "none"

    def attach(self, nlp) -> None:  # noqa: ANN001 - same signature as RuleSet.attach
        pass

    def apply(self, doc):  # noqa: ANN001, ANN201
        from model.rules import RuleResult

        return RuleResult((), ())


def bench_scoring(model_dir: Path, texts: list[str], repeats: int) -> dict[str, float]:
    from model.predictor import Predictor

    predictor = Predictor.load(model_dir)
    without_rules = Predictor(predictor.artifact, NoRules(), nlp=predictor.nlp)
    batch = 512

    def batches():
        for start in range(0, len(texts), batch):
            yield texts[start:start + batch]

    def spacy_only():
        for chunk in batches():
            list(predictor.nlp.pipe(chunk))

    def model_only():
        for chunk in batches():
            without_rules.predict(chunk)

    def full():
        for chunk in batches():
            predictor.predict(chunk)

    full()  # warm up lazy state
    rates = {"spacy_pipeline_notes_per_s": median_rate(spacy_only, len(texts), repeats),
             "model_without_rules_notes_per_s": median_rate(model_only, len(texts), repeats),
             "full_predictor_notes_per_s": median_rate(full, len(texts), repeats)}
    rates["rules_overhead_ratio"] = rates["model_without_rules_notes_per_s"] / rates["full_predictor_notes_per_s"]
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="training notes")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--score-notes", type=int, default=5_000)
    args = parser.parse_args()

    from training.generate import generate_notes

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "train.csv"
        generate_notes(args.n, seed=1).to_csv(data, index=False)
        model_dir = Path(tmp) / "model"
        training = bench_training(data, model_dir, args.repeats)
        print(f"training on {args.n} notes: median {training['median_seconds']:.1f} s, "
              f"median peak RSS {training['median_peak_rss_mb']:.0f} MB ({training['runs']} runs)")
        texts = generate_notes(args.score_notes, seed=99)["text"].tolist()
        scoring = bench_scoring(model_dir, texts, args.repeats)
        print(f"scoring {len(texts)} notes on one core (median of {args.repeats}):")
        print(f"  spaCy pipeline alone     {scoring['spacy_pipeline_notes_per_s']:8.0f} notes/s")
        print(f"  predictor without rules  {scoring['model_without_rules_notes_per_s']:8.0f} notes/s")
        print(f"  full predictor (+rules)  {scoring['full_predictor_notes_per_s']:8.0f} notes/s")
        print(f"  rules cost: full predictor takes {scoring['rules_overhead_ratio']:.2f}x the time "
              f"of the predictor without rules")
        print(json.dumps({"training": training, "scoring": scoring}))


if __name__ == "__main__":
    main()
