"""Head-to-head on held-out notes: our classifier + rules against simpler systems.

    python bench/compare.py [--n 20000] [--seed 1] [--spacy-epochs 5] [--spacy-arch default|bow]
                            [--latency-notes 200] [--throughput-notes 5000] [--json FILE]
                            [--eval data/dev.csv --eval data/dev2.csv]

All systems learn from the same notes: generated ones (``generate_notes(n, seed)``)
plus the hand-written training notes (``data/handwritten.csv``; ``--handwritten ''``
leaves them out), each weighed by ``TrainConfig().source_weights`` (spaCy by
repeating a weighted row), and are scored on ``data/gold.csv`` (or the pooled
``--eval`` files, e.g. the dev sets, for choosing between systems), which
nothing trains on:

(a) ours: ``training.train.train`` + ``Predictor`` (classifier, decision policy, safety rules);
(b) the safety rules alone (flags from fired rules; police if any fired, else none);
(c) spaCy's ``textcat_multilabel`` on ``spacy.blank("en")`` (see ``bench/baselines.py``);
(d) TF-IDF + logistic regression on raw lower-cased text, one model per label.

(c) and (d) get thresholds tuned exactly as ours are (threat_to_life to the
same recall target, the others for F1, on the same rows: the hand-written
ones when ``TrainConfig.threshold_source`` says so) and recommendations from the same
``DecisionPolicy`` with the same review band. Extra rows show our model
without rules, and (c) and (d) with our rules added, so a difference can be
traced to the classifier or to the rules. Scoring timings run on one thread
(BLAS and OpenMP pinned to 1): median single-note latency and batch
throughput. Training times are each trainer's own default (ours fits its folds
in 2 joblib processes; spaCy and TF-IDF + LR use one).
Prints a Markdown table and the command that reproduces it; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.baselines import SpacyTextcat, TfidfLogreg  # noqa: E402
from model.decision import DecisionPolicy  # noqa: E402
from model.labels import LABELS, NONE, POLICE  # noqa: E402
from model.predictor import Prediction, Predictor  # noqa: E402
from model.rules import escalate  # noqa: E402
from training.contract import label_matrix, load_labelled  # noqa: E402
from training.metrics import safety_metrics  # noqa: E402
from training.paths import GOLD_SET, HANDWRITTEN  # noqa: E402
from training.train import TrainConfig, decisions  # noqa: E402

PREDICT_BATCH = 512


# -- timing --------------------------------------------------------------------------------

def median_latency_ms(fn: Callable[[str], Any], texts: Sequence[str], warmup: int = 10) -> float:
    for text in texts[:warmup]:
        fn(text)
    times = []
    for text in texts:
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def throughput(fn: Callable[[Sequence[str]], Any], texts: Sequence[str]) -> float:
    fn(texts[:PREDICT_BATCH])  # warm up lazy state
    start = time.perf_counter()
    fn(texts)
    return len(texts) / (time.perf_counter() - start)


def in_batches(predict: Callable[[Sequence[str]], Any]) -> Callable[[Sequence[str]], list[Any]]:
    def run(texts: Sequence[str]) -> list[Any]:
        out: list[Any] = []
        for start in range(0, len(texts), PREDICT_BATCH):
            out.extend(predict(texts[start:start + PREDICT_BATCH]))
        return out
    return run


# -- systems ---------------------------------------------------------------------------------

def flag_matrix(rows: Sequence[dict[str, bool]]) -> np.ndarray:
    return np.array([[int(r[label]) for label in LABELS] for r in rows], dtype=int).reshape(-1, len(LABELS))


def train_ours(frame: Any, data_paths: Sequence[Path], model_dir: Path, seed: int) -> tuple[Predictor, float]:
    """The product path: train, save the artifact, load it strictly."""
    from model.artifacts import save_artifact
    from training.train import train

    started = time.perf_counter()
    result = train(frame, TrainConfig(seed=seed), data_paths=list(data_paths), version="compare")
    seconds = time.perf_counter() - started
    save_artifact(model_dir, result.classifier, result.manifest)
    return Predictor.load(model_dir), seconds


def baseline_outputs(policy: DecisionPolicy, proba: np.ndarray) -> tuple[np.ndarray, list[str]]:
    return decisions(policy, proba)


def with_rules(flags: np.ndarray, recs: list[str], rule_results: list[Any]) -> tuple[np.ndarray, list[str]]:
    """Our safety rules on top of another system's decisions (``model.rules.escalate``)."""
    out_flags, out_recs = [], []
    for row, rec, result in zip(flags, recs, rule_results):
        f, r = escalate({label: bool(v) for label, v in zip(LABELS, row)}, rec, result)
        out_flags.append(f)
        out_recs.append(r)
    return flag_matrix(out_flags), out_recs


# -- report --------------------------------------------------------------------------------------

def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def markdown_table(rows: list[dict[str, Any]]) -> str:
    header = ("| system | missed-threat rate | welfare referral recall | F1 threat_to_life | F1 crime | "
              "F1 welfare_only | training s | latency ms (median, 1 note) | notes/s (batch) |")
    lines = [header, "|" + "---|" * 9]
    for row in rows:
        m = row["metrics"]
        f1 = [f"{m['per_label'][label]['f1']:.3f}" for label in LABELS]
        timing = [f"{row[key]:.1f}" if row.get(key) is not None else "–"
                  for key in ("train_seconds", "latency_ms")]
        rate = f"{row['notes_per_s']:.0f}" if row.get("notes_per_s") is not None else "–"
        lines.append(f"| {row['name']} | {_pct(m['missed_threat_rate'])} ({m['missed_threats']}/{m['threat_notes']}) "
                     f"| {_pct(m['welfare_referral_recall'])} | {' | '.join(f1)} | {' | '.join(timing)} | {rate} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="generated training notes")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated training notes")
    parser.add_argument("--handwritten", default=str(HANDWRITTEN),
                        help="hand-written training notes added to the generated ones ('' for none)")
    parser.add_argument("--spacy-epochs", type=int, default=5)
    parser.add_argument("--spacy-arch", choices=("default", "bow"), default="default",
                        help="textcat_multilabel architecture: spaCy's default ensemble, or its BOW model")
    parser.add_argument("--threat-recall", type=float, default=0.98)
    parser.add_argument("--review-band", type=float, default=0.75)
    parser.add_argument("--latency-notes", type=int, default=200)
    parser.add_argument("--throughput-notes", type=int, default=5_000)
    parser.add_argument("--no-spacy", action="store_true", help="skip (c), the slowest to train")
    parser.add_argument("--json", help="also write every figure as JSON here")
    parser.add_argument("--eval", action="append",
                        help="labelled notes to score on (repeatable, pooled; default data/gold.csv)")
    args = parser.parse_args()

    from training.generate import generate_notes

    started = time.perf_counter()
    eval_paths = args.eval or [str(GOLD_SET)]
    gold = load_labelled(eval_paths)
    Y_gold, gold_texts = label_matrix(gold), gold["text"].tolist()
    score_texts = generate_notes(max(args.throughput_notes, args.latency_notes), seed=99)["text"].tolist()
    latency_texts, batch_texts = score_texts[:args.latency_notes], score_texts[:args.throughput_notes]
    rows: list[dict[str, Any]] = []
    settings: dict[str, Any] = {"train_notes": args.n, "train_seed": args.seed, "eval_files": eval_paths,
                                "eval_notes": len(gold),
                                "threat_recall_target": args.threat_recall, "review_band": args.review_band,
                                "latency_notes": len(latency_texts), "throughput_notes": len(batch_texts),
                                "threads": 1, "load_average_1min_at_start": round(os.getloadavg()[0], 1)}

    with tempfile.TemporaryDirectory() as tmp:
        data_path = Path(tmp) / "train.csv"
        generate_notes(args.n, seed=args.seed).to_csv(data_path, index=False)
        data_paths = [data_path] + ([Path(args.handwritten)] if args.handwritten else [])
        frame = load_labelled(data_paths)  # the same contract checks as `triage train`
        Y, texts = label_matrix(frame), frame["text"].tolist()
        weights = TrainConfig().row_weights(frame)
        settings["train_files"] = [str(p) for p in data_paths[1:]]
        settings["source_weights"] = TrainConfig().source_weights
        print(f"training on {len(frame)} notes ({args.n} generated, seed {args.seed}); scoring on {len(gold)} notes",
              file=sys.stderr)

        # (a) ours, and its model without rules
        ours, ours_seconds = train_ours(frame, data_paths, Path(tmp) / "model", seed=0)
        preds: list[Prediction] = in_batches(lambda t: ours.predict(t))(gold_texts)
        rows.append({"name": "(a) ours: classifier + rules",
                     "metrics": safety_metrics(Y_gold, flag_matrix([p.flags for p in preds]),
                                               [p.recommendation for p in preds]),
                     "train_seconds": ours_seconds,
                     "latency_ms": median_latency_ms(ours.predict_one, latency_texts),
                     "notes_per_s": throughput(in_batches(ours.predict), batch_texts)})
        model_only = safety_metrics(Y_gold, flag_matrix([p.model_flags for p in preds]),
                                    [p.model_recommendation for p in preds])
        settings["ours"] = {"thresholds": ours.manifest["thresholds"], "config": ours.manifest["config"]}
        print(f"(a) trained in {ours_seconds:.0f} s", file=sys.stderr)

        # (b) rules alone
        rules = Predictor.rules_only()
        rule_preds = in_batches(lambda t: rules.predict(t))(gold_texts)
        rows.append({"name": "(b) rules alone",
                     "metrics": safety_metrics(Y_gold, np.array([[int(label in p.rule_flags) for label in LABELS]
                                                                 for p in rule_preds]),
                                               [POLICE if p.rule_flags else NONE for p in rule_preds]),
                     "train_seconds": 0.0,
                     "latency_ms": median_latency_ms(rules.predict_one, latency_texts),
                     "notes_per_s": throughput(in_batches(rules.predict), batch_texts)})
        rule_results = [rules.rules.apply(doc) for doc in rules.nlp.pipe(gold_texts)]

        # (c) spaCy textcat_multilabel, (d) TF-IDF + logistic regression
        extra_rows = [{"name": "(a) ours, classifier without rules", "metrics": model_only}]
        baselines = [("(c) spaCy textcat_multilabel", SpacyTextcat(epochs=args.spacy_epochs,
                                                                   architecture=args.spacy_arch, seed=0)),
                     ("(d) TF-IDF + logistic regression", TfidfLogreg(seed=0))]
        if args.no_spacy:
            baselines = baselines[1:]
        for name, model in baselines:
            fitted = model.fit(texts, Y, args.threat_recall, sample_weight=weights,
                               tuning_rows=TrainConfig().tuning_rows(frame))
            policy = DecisionPolicy(thresholds=fitted.thresholds, review_band=args.review_band)
            flags, recs = baseline_outputs(policy, model.predict_proba(gold_texts))
            settings[name] = {**fitted.settings, "thresholds": fitted.thresholds}
            print(f"{name} trained in {fitted.seconds:.0f} s", file=sys.stderr)

            def one(text: str, model: Any = model, policy: DecisionPolicy = policy) -> Any:
                return policy.decide(dict(zip(LABELS, map(float, model.predict_proba([text])[0]))))

            def batch(batch_texts: Sequence[str], model: Any = model, policy: DecisionPolicy = policy) -> Any:
                return decisions(policy, model.predict_proba(batch_texts))

            rows.append({"name": name, "metrics": safety_metrics(Y_gold, flags, recs),
                         "train_seconds": fitted.seconds,
                         "latency_ms": median_latency_ms(one, latency_texts),
                         "notes_per_s": throughput(batch, batch_texts)})
            extra_rows.append({"name": f"{name} + our rules",
                               "metrics": safety_metrics(Y_gold, *with_rules(flags, recs, rule_results))})

    rows += extra_rows
    settings["wall_seconds"] = round(time.perf_counter() - started, 1)
    settings["load_average_1min_at_end"] = round(os.getloadavg()[0], 1)
    print(markdown_table(rows))
    print()
    print(f"Scored on {len(gold)} notes ({', '.join(eval_paths)}); training: {args.n} generated notes, seed {args.seed}"
          + "".join(f" + {path}" for path in settings["train_files"])
          + (f", weights {settings['source_weights']}" if settings["source_weights"] else "") + "; "
          + ("" if args.no_spacy else
             f"spaCy {settings['(c) spaCy textcat_multilabel']['architecture']}, {args.spacy_epochs} epochs, "
             f"thresholds on a 20% held-out split; ")
          + f"TF-IDF+LR thresholds on 5-fold out-of-fold probabilities; "
          + (f"every system's thresholds on the {TrainConfig().threshold_source} rows (as ours); "
             if TrainConfig().threshold_source and not TrainConfig().tuning_rows(frame).all() else "")
          + f"scoring timings on 1 thread (training: each trainer's default), latency median of {len(latency_texts)} single notes, "
          f"throughput over {len(batch_texts)} notes; whole run {settings['wall_seconds']:.0f} s "
          f"(load average {settings['load_average_1min_at_start']} at start, "
          f"{settings['load_average_1min_at_end']} at end, on {os.cpu_count()} cores).")
    print(f"Reproduce: python bench/compare.py --n {args.n} --seed {args.seed} --spacy-epochs {args.spacy_epochs} "
          f"--spacy-arch {args.spacy_arch} --latency-notes {args.latency_notes} "
          f"--throughput-notes {args.throughput_notes}" + (" --no-spacy" if args.no_spacy else "")
          + "".join(f" --eval {path}" for path in args.eval or []))
    if args.json:
        Path(args.json).write_text(json.dumps({"settings": settings, "rows": rows}, indent=2, default=float),
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
