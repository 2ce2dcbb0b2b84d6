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

Every timed run scores notes that process has not seen before: spaCy and our
normalizer cache work per distinct word, so re-scoring the same notes would
flatter the figure. "Steady" runs follow a warm-up on other notes (a service
or a long `triage score` job); "cold" runs load a fresh predictor first (a
one-off `triage predict`).

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


def median_rate(fn, slices: list[list[str]]) -> float:
    """Median notes/s of ``fn`` over the slices, each timed once."""
    rates = []
    for texts in slices:
        start = time.perf_counter()
        fn(texts)
        rates.append(len(texts) / (time.perf_counter() - start))
    return statistics.median(rates)


class NoRules:
    """A rule set that never matches: the predictor's path minus only the rules."""

    version = "none"

    def attach(self, nlp) -> None:  # noqa: ANN001 - same signature as RuleSet.attach
        pass

    def apply(self, doc):  # noqa: ANN001, ANN201
        from model.rules import RuleResult

        return RuleResult((), ())


def bench_scoring(model_dir: Path, slices: list[list[str]], repeats: int) -> dict[str, float]:
    """``slices``: 1 warm-up + 4 x ``repeats`` slices of unseen notes (3 paths steady, 1 cold)."""
    from model.predictor import Predictor

    predictor = Predictor.load(model_dir)
    without_rules = Predictor(predictor.artifact, NoRules(), nlp=predictor.nlp)
    batch = 512

    def batched(predict):
        def run(texts):
            for start in range(0, len(texts), batch):
                predict(texts[start:start + batch])
        return run

    def spacy_only(texts):
        for start in range(0, len(texts), batch):
            list(predictor.nlp.pipe(texts[start:start + batch]))

    batched(predictor.predict)(slices[0])  # warm-up on notes no timed run sees
    runs = iter(slices[1:])

    def take() -> list[list[str]]:
        """The next ``repeats`` unseen slices: no two timed runs share a note."""
        return [next(runs) for _ in range(repeats)]

    rates = {"spacy_pipeline_notes_per_s": median_rate(spacy_only, take()),
             "model_without_rules_notes_per_s": median_rate(batched(without_rules.predict), take()),
             "full_predictor_notes_per_s": median_rate(batched(predictor.predict), take())}
    rates["rules_overhead_ratio"] = rates["model_without_rules_notes_per_s"] / rates["full_predictor_notes_per_s"]
    cold_rates = []
    for texts in take():
        fresh = Predictor.load(model_dir)  # loading is not timed; the first notes' work is
        cold_rates.append(median_rate(batched(fresh.predict), [texts]))
    rates["full_predictor_cold_notes_per_s"] = statistics.median(cold_rates)
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
        n = args.score_notes
        texts = generate_notes(n * (1 + 4 * args.repeats), seed=99)["text"].tolist()
        slices = [texts[i:i + n] for i in range(0, len(texts), n)]
        scoring = bench_scoring(model_dir, slices, args.repeats)
        print(f"scoring {n} unseen notes per run on one core (median of {args.repeats}):")
        print(f"  spaCy pipeline alone            {scoring['spacy_pipeline_notes_per_s']:8.0f} notes/s")
        print(f"  predictor without rules         {scoring['model_without_rules_notes_per_s']:8.0f} notes/s")
        print(f"  full predictor (+rules)         {scoring['full_predictor_notes_per_s']:8.0f} notes/s")
        print(f"  full predictor, fresh process   {scoring['full_predictor_cold_notes_per_s']:8.0f} notes/s")
        print(f"  rules cost: full predictor takes {scoring['rules_overhead_ratio']:.2f}x the time "
              f"of the predictor without rules")
        print(json.dumps({"training": training, "scoring": scoring}))


if __name__ == "__main__":
    main()
