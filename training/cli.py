"""`triage`: the command line for data scientists, QA and operators.

Every sub-command exits non-zero on failure and names the file, row or field
at fault. Note text is never logged; `rules explain` prints only the note
the user typed on the command line.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def _write_frame(frame: Any, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        frame.to_csv(out, index=False)
    elif suffix in (".jsonl", ".ndjson"):
        frame.to_json(out, orient="records", lines=True, force_ascii=False)
    elif suffix in (".parquet", ".pq"):
        frame.to_parquet(out, index=False)
    else:
        raise SystemExit(f"error: --out {out}: unknown file type {out.suffix!r}; use .csv, .jsonl or .parquet")


def _json_default(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# -- sub-commands ------------------------------------------------------------

def cmd_validate(args: argparse.Namespace) -> int:
    from training.contract import validate_files

    report, _ = validate_files(args.paths, require_labels=not args.no_labels)
    for problem in report.problems:
        print(problem)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_INVALID


def cmd_generate(args: argparse.Namespace) -> int:
    from training.generate import generate_notes

    frame = generate_notes(args.n, seed=args.seed)
    _write_frame(frame, Path(args.out))
    print(f"wrote {len(frame)} notes to {args.out}")
    return EXIT_OK


def cmd_near_copies(args: argparse.Namespace) -> int:
    import pandas as pd

    from training.near_copies import find_near_copies

    def load(paths: Sequence[str]) -> Any:
        frames = []
        for path in paths:  # one file at a time: an exact copy across files is a finding, not a refusal
            frame = _load_or_report([path], require_labels=False)
            if frame is None:
                return None
            frames.append(frame.assign(file=path))
        return pd.concat(frames, ignore_index=True)

    checked = load(args.data)
    reference = load(args.against) if args.against else None
    if checked is None or (args.against and reference is None):
        return EXIT_INVALID
    try:
        report = find_near_copies(checked, reference, args.threshold)
    except ValueError as exc:
        print(f"error: --threshold: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.out:
        report.closest.to_csv(args.out, index=False)
    against = ", ".join(args.against) if args.against else "each other"
    print(f"{len(checked)} notes checked against {against}: {len(report.near)} at or above "
          f"{args.threshold:g} (Jaccard on word sets)")
    for name, value in sorted(report.max_by_file().items()):
        print(f"  highest against {name}: {value:.2f}")
    for row in report.near.itertuples(index=False):
        print(f"  {row.id} ~ {row.closest_id} ({row.closest_file}): {row.jaccard:.2f}")
    if args.out:
        print(f"wrote {args.out}")
    return EXIT_INVALID if len(report.near) else EXIT_OK


def _load_or_report(paths: Sequence[str], require_labels: bool = True) -> Any:
    from training.contract import InvalidDataError, load_labelled

    try:
        return load_labelled(paths, require_labels=require_labels)
    except InvalidDataError as exc:
        print(str(exc), file=sys.stderr)
        print("refused: fix the errors above (`triage validate` lists them all)", file=sys.stderr)
        return None


def train_config(args: argparse.Namespace) -> Any:
    """The TrainConfig that `triage train`'s arguments ask for (every train path uses this)."""
    from training.train import TrainConfig

    defaults = TrainConfig()
    weights = dict(args.source_weight) if args.source_weight else defaults.source_weights
    pairwise = dict(args.pairwise_source_weight) if args.pairwise_source_weight else defaults.pairwise_source_weights
    return TrainConfig(seed=args.seed, algorithm=args.algorithm, C=args.C, folds=args.folds,
                       threat_recall_target=args.threat_recall, review_band=args.review_band,
                       source_weights=weights, pairwise_source_weights=pairwise, welfare_model=args.welfare_model,
                       threat_model=args.threat_model, latest_sentence=args.latest_sentence,
                       threshold_source=None if args.threshold_source == "all" else args.threshold_source)


def source_weight(value: str) -> tuple[str, float]:
    """``--source-weight NAME=WEIGHT``, e.g. ``handwritten=4``."""
    name, sep, weight = value.partition("=")
    try:
        number = float(weight)
    except ValueError:
        number = float("nan")
    if not sep or not name or not number > 0:
        raise argparse.ArgumentTypeError(
            f"expected SOURCE=WEIGHT with a positive weight (e.g. handwritten=4), got {value!r}")
    return name, number


def print_train_summary(manifest: dict[str, Any], out: str) -> None:
    cv = manifest["cv_metrics"]
    print(f"model {manifest['version']} written to {out} ({manifest['rows']['total']} notes, "
          f"{manifest['training_seconds']} s)")
    print("thresholds: " + ", ".join(f"{k}={v:.3f}" for k, v in manifest["thresholds"].items()))
    print(f"cross-validated: missed-threat rate {100 * cv['missed_threat_rate']:.2f}%, "
          f"welfare referral recall {100 * cv['welfare_referral_recall']:.1f}%, "
          f"crime F1 {cv['per_label']['crime']['f1']:.3f}")


def cmd_train(args: argparse.Namespace) -> int:
    from training.train import train_and_save

    frame = _load_or_report(args.data)
    if frame is None:
        return EXIT_INVALID
    result = train_and_save(frame, train_config(args), args.out, data_paths=args.data, version=args.version)
    print_train_summary(result.manifest, args.out)
    return EXIT_OK


def _predictor(model: str | None) -> Any:
    from model.predictor import Predictor
    from training.default_model import ensure_default_model

    model_dir = Path(model) if model else ensure_default_model()
    return Predictor.load(model_dir)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from training.evaluate import breakdown, evaluate, format_breakdown, format_welfare_not_referred
    from training.metrics import format_side_by_side

    frame = _load_or_report(args.data)
    if frame is None:
        return EXIT_INVALID
    result = evaluate(_predictor(args.model), frame)
    print(f"{len(frame)} notes; model {result['model_version']}, rules {result['rules_version']}")
    print(format_side_by_side(result["systems"]))
    print(format_welfare_not_referred(result["welfare_not_referred"]))
    by = {column: breakdown(frame, result["predictions"], column) for column in args.by or []}
    for column, rows in by.items():
        print(format_breakdown(rows, column))
    if args.json:
        payload = {k: v for k, v in result.items() if k != "predictions"} | ({"by": by} if by else {})
        Path(args.json).write_text(json.dumps(payload, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")
    return EXIT_OK


def cmd_predict(args: argparse.Namespace) -> int:
    from training.evaluate import predict_frame

    frame = _load_or_report(args.data, require_labels=False)
    if frame is None:
        return EXIT_INVALID
    predictions = predict_frame(_predictor(args.model), frame)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for p in predictions:
            record = {"id": p.id, **{label: int(v) for label, v in p.flags.items()},
                      "probabilities": p.probabilities, "recommendation": p.recommendation,
                      "reasons": p.reasons, "degraded": p.degraded,
                      "model_version": p.model_version, "rules_version": p.rules_version}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(predictions)} predictions to {out}")
    return EXIT_OK


def cmd_select(args: argparse.Namespace) -> int:
    from training.select import compare_candidates, format_comparison
    from training.train import TrainConfig

    frame = _load_or_report(args.data)
    if frame is None:
        return EXIT_INVALID
    dev = None
    if args.dev:
        dev = _load_or_report(args.dev)
        if dev is None:
            return EXIT_INVALID
    rows = compare_candidates(frame, TrainConfig(seed=args.seed, folds=args.folds), dev=dev)
    print(format_comparison(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return EXIT_OK


def cmd_rules_test(args: argparse.Namespace) -> int:
    from model.rules import RuleSet, RulesError, run_examples
    from model.text import build_pipeline

    try:
        ruleset = RuleSet.load(args.rules)
    except RulesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    total, failures = run_examples(ruleset, build_pipeline(context=True))
    for failure in failures:
        print(f"FAIL {failure.rule_id}: expected {failure.expected}, got {failure.got}: {failure.text!r}")
    print(f"rules {ruleset.version}: {total - len(failures)} of {total} examples pass")
    return EXIT_OK if not failures else EXIT_INVALID


def cmd_rules_diff(args: argparse.Namespace) -> int:
    from model.rules import RuleSet, RulesError
    from training.rules_diff import diff_rules

    rulesets = []
    for option, path in (("--old", args.old), ("--rules", args.rules)):
        try:
            rulesets.append(RuleSet.load(path))
        except (RulesError, OSError) as exc:
            print(f"error: {option} {path or '(packaged rules)'}: {exc}", file=sys.stderr)
            return EXIT_INVALID
    frame = _load_or_report(args.data)
    if frame is None:
        return EXIT_INVALID
    print(diff_rules(*rulesets, frame).format(max_ids=args.max_ids))
    return EXIT_OK


def cmd_rules_explain(args: argparse.Namespace) -> int:
    from model.rules import RuleSet, explain
    from model.text import build_pipeline

    print(explain(RuleSet.load(args.rules), build_pipeline(context=True), args.text))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from serve.runner import run

    return run(host=args.host, port=args.port, workers=args.workers)


# -- parser ------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="triage", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    from training.train import TrainConfig

    from model.classifier import THREAT_MODELS, WELFARE_MODELS
    from training.contract import BREAKDOWN_COLUMNS

    defaults = TrainConfig()  # one source for training defaults: the config's own

    p = sub.add_parser("validate", help="check labelled files against the data contract")
    p.add_argument("paths", nargs="+")
    p.add_argument("--no-labels", action="store_true", help="only id and text are required")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("generate", help="write N generated labelled notes")
    p.add_argument("--n", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", required=True, help=".csv, .jsonl or .parquet")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("train", help="train a model directory from labelled files")
    p.add_argument("--data", action="append", required=True, help="labelled file (repeatable)")
    p.add_argument("--out", required=True, help="artifact directory to write")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--algorithm", default=defaults.algorithm,
                   help=f"logreg, linear_svm, sgd_huber or complement_nb (default {defaults.algorithm}, "
                        "chosen by `triage select-model` on dev and dev2)")
    p.add_argument("--C", type=float, default=defaults.C,
                   help=f"inverse regularisation strength (default {defaults.C})")
    p.add_argument("--folds", type=int, default=defaults.folds)
    p.add_argument("--threat-recall", type=float, default=0.98,
                   help="recall target for threat_to_life on held-out folds (default 0.98)")
    p.add_argument("--review-band", type=float, default=0.75,
                   help="log-odds band below a threshold that yields 'review' (default 0.75)")
    p.add_argument("--source-weight", type=source_weight, action="append", metavar="SOURCE=WEIGHT",
                   help="weigh rows whose `source` column is SOURCE (repeatable; default "
                        + (", ".join(f"{k}={v:g}" for k, v in defaults.source_weights.items()) or "none")
                        + "); given at all, it replaces the defaults")
    p.add_argument("--pairwise-source-weight", type=source_weight, action="append", metavar="SOURCE=WEIGHT",
                   help="the same, for the pairwise threat head alone (repeatable; default "
                        + (", ".join(f"{k}={v:g}" for k, v in (defaults.pairwise_source_weights or {}).items())
                           or "as --source-weight")
                        + "); given at all, it replaces the defaults")
    p.add_argument("--welfare-model", choices=WELFARE_MODELS, default=defaults.welfare_model,
                   help="welfare_only against every note (vs_all), as 'no police flag' x 'welfare need "
                        f"or nothing' (vs_no_flag), or the mean of both (default {defaults.welfare_model})")
    p.add_argument("--threat-model", choices=THREAT_MODELS, default=defaults.threat_model,
                   help="threat_to_life against every note (vs_all), or that times 'threat or welfare only?' "
                        f"learned from those notes alone (pairwise) (default {defaults.threat_model})")
    p.add_argument("--latest-sentence", action=argparse.BooleanOptionalAction, default=defaults.latest_sentence,
                   help="also give the words of each note's last sentence, the newest fact, as features of "
                        f"their own (default {'on' if defaults.latest_sentence else 'off'})")
    p.add_argument("--threshold-source", default=defaults.threshold_source or "all", metavar="SOURCE",
                   help="tune thresholds on the out-of-fold scores of rows with this `source` ('all': every "
                        f"row; falls back to every row when it has too few of a flag) "
                        f"(default {defaults.threshold_source or 'all'})")
    p.add_argument("--version", help="model version (default: UTC time and data hash)")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="model-only, rules-only and combined figures on labelled notes")
    p.add_argument("--data", action="append", required=True)
    p.add_argument("--model", help="model directory (default: the service's default model)")
    p.add_argument("--json", help="also write the figures as JSON here")
    p.add_argument("--by", action="append", choices=BREAKDOWN_COLUMNS, metavar="COLUMN",
                   help="also the combined figures per value of this optional column "
                        f"({', '.join(BREAKDOWN_COLUMNS)}; repeatable), e.g. per RCRP phase")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("predict", help="score notes (id, text) to JSON Lines")
    p.add_argument("--data", action="append", required=True)
    p.add_argument("--model")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("select-model", help="compare candidate models by cross-validation")
    p.add_argument("--data", action="append", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--dev", action="append",
                   help="hand-written notes to rank candidates on first (repeatable, pooled; e.g. "
                        "data/dev.csv and data/dev2.csv); never the gold set")
    p.add_argument("--json")
    p.set_defaults(func=cmd_select)

    rules = sub.add_parser("rules", help="test or explain the safety rules")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    p = rules_sub.add_parser("test", help="run every example in the rules file")
    p.add_argument("--rules", help="rules file (default: the packaged one)")
    p.set_defaults(func=cmd_rules_test)
    p = rules_sub.add_parser("diff", help="flags a rules change gains and loses on labelled notes, true or not")
    p.add_argument("--old", required=True, help="the rules file before the change")
    p.add_argument("--rules", help="the rules file after it (default: the packaged one)")
    p.add_argument("--data", action="append", required=True, help="labelled file (repeatable)")
    p.add_argument("--max-ids", type=int, default=20, help="note ids listed per line (default 20)")
    p.set_defaults(func=cmd_rules_diff)
    p = rules_sub.add_parser("explain", help="show which rules match a note and why")
    p.add_argument("text")
    p.add_argument("--rules")
    p.set_defaults(func=cmd_rules_explain)

    # -- QA loop commands (report, suspects, models, promote, compare, export-reviews) --
    def cmd_export_reviews(args: argparse.Namespace) -> int:
        from training.export_reviews import cmd_export_reviews as run

        return run(args)

    p = sub.add_parser("export-reviews", help="latest QA review of each reviewed prediction, as labelled "
                                              "training data (for `triage train --reviews`)")
    p.add_argument("--out", required=True, help=".csv, .jsonl or .parquet to write")
    p.add_argument("--database-url", help="audit database (default: $TRIAGE_DATABASE_URL or sqlite:///var/triage.db)")
    p.set_defaults(func=cmd_export_reviews)

    def qa(name: str) -> Any:
        """Run training.qa_cli.<name>, imported only when the command runs."""
        def run(args: argparse.Namespace) -> int:
            from training import qa_cli

            return getattr(qa_cli, name)(args)
        return run

    def registry_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--registry", help="registry folder (default: $TRIAGE_REGISTRY_DIR or var/models)")

    # `triage train` gains --reviews and --register here, so the train block stays untouched.
    p = sub.choices["train"]
    p.add_argument("--reviews", action="append", default=[], metavar="PATH",
                   help="exported review file (repeatable): its labels replace the corpus's for the same "
                        "text or id; later files win")
    p.add_argument("--register", action="store_true", help="also copy the trained model into the registry")
    registry_option(p)

    def train_qa(args: argparse.Namespace) -> int:
        from training.qa_cli import cmd_train_qa

        return cmd_train_qa(args, plain_train=cmd_train)

    p.set_defaults(func=train_qa)

    p = sub.add_parser("report", help="one self-contained HTML QA report on labelled notes")
    p.add_argument("--data", action="append", required=True, help="labelled file (repeatable)")
    p.add_argument("--model", help="model directory or registry version (default: the service's default model)")
    p.add_argument("--out", required=True, help="HTML file to write")
    registry_option(p)
    p.set_defaults(func=qa("cmd_report"))

    p = sub.add_parser("suspects", help="notes whose label is probably wrong (confident learning), worst first")
    p.add_argument("--data", action="append", required=True, help="labelled file (repeatable)")
    p.add_argument("--out", required=True, help="CSV to write")
    p.add_argument("--folds", type=int, default=5, help="folds for out-of-fold probabilities (default 5)")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=qa("cmd_suspects"))

    p = sub.add_parser("near-copies", help="training notes that reword evaluation notes (or each other); "
                                           "exit 1 when any is at or above the threshold")
    p.add_argument("--data", action="append", required=True, help="file of notes to check (repeatable; id, text)")
    p.add_argument("--against", action="append", default=[], metavar="PATH",
                   help="reference file (repeatable), e.g. data/dev.csv, data/gold.csv; "
                        "none: the --data notes against each other")
    p.add_argument("--threshold", type=float, default=0.55,
                   help="share of words (Jaccard) at which a note is a near-copy (default 0.55)")
    p.add_argument("--out", help="CSV of every checked note's closest reference note and its similarity")
    p.set_defaults(func=cmd_near_copies)

    p = sub.add_parser("register", help="copy a model directory into the registry (not live until promoted)")
    p.add_argument("dir")
    registry_option(p)
    p.set_defaults(func=qa("cmd_register"))

    p = sub.add_parser("models", help="list registered models with key figures, the live one marked")
    p.add_argument("--live-on", metavar="DATE", help="which version was live on a UTC date (or at a date-time)")
    registry_option(p)
    p.set_defaults(func=qa("cmd_models"))

    p = sub.add_parser("compare", help="champion and challenger side by side on the same labelled notes")
    p.add_argument("--champion", required=True, help="registry version or model directory")
    p.add_argument("--challenger", required=True, help="registry version or model directory")
    p.add_argument("--data", action="append", required=True, help="labelled file (repeatable)")
    p.add_argument("--out", help="CSV of the notes where they differ (ids, no text)")
    registry_option(p)
    p.set_defaults(func=qa("cmd_compare"))

    p = sub.add_parser("promote", help="make a registered version live, if it misses no more threats on gold")
    p.add_argument("version")
    p.add_argument("--why", required=True, help="reason, recorded in the history")
    p.add_argument("--by", help="who promotes (default: $USER)")
    p.add_argument("--force", action="store_true",
                   help="promote even when the gate refuses (recorded as forced, with --why)")
    p.add_argument("--gold", help="gold set to judge on (default: data/gold.csv)")
    registry_option(p)
    p.set_defaults(func=qa("cmd_promote"))
    # -- end QA loop commands --

    # -- scale commands (score) --
    def cmd_score(args: argparse.Namespace) -> int:
        from training.scoring import cmd_score as run

        return run(args)

    p = sub.add_parser("score", help="score large files of notes (id, text) into shards, in parallel")
    from training.scoring_args import add_score_arguments

    add_score_arguments(p)
    p.set_defaults(func=cmd_score)
    # -- end scale commands --

    p = sub.add_parser("serve", help="start the HTTP service (uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    from model.artifacts import ArtifactError
    from training.contract import ContractError

    try:
        return int(args.func(args))
    except (ArtifactError, ContractError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
