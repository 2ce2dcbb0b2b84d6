"""The QA-loop sub-commands of `triage` (parsers live in training/cli.py's QA block).

report, suspects, models, register, compare, promote, and the ``--reviews`` /
``--register`` additions to train. Heavy imports (matplotlib, cleanlab,
spaCy) happen inside each command so `triage --help` stays quick. Screen
output names files, versions and ids, never note text.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from training.cli import EXIT_INVALID, EXIT_OK


def _load(paths: Sequence[str | Path]) -> Any:
    """A validated frame, or None after printing every problem (as `triage train` does)."""
    from training.contract import InvalidDataError, load_labelled

    try:
        return load_labelled(list(paths))
    except InvalidDataError as exc:
        print(str(exc), file=sys.stderr)
        print("refused: fix the errors above (`triage validate` lists them all)", file=sys.stderr)
        return None


def _registry(args: argparse.Namespace) -> Any:
    from model.registry import Registry

    return Registry(args.registry) if getattr(args, "registry", None) else Registry()


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


# -- report and suspects ---------------------------------------------------------

def cmd_report(args: argparse.Namespace) -> int:
    from model.predictor import Predictor
    from training.compare import resolve_model_ref
    from training.default_model import ensure_default_model
    from training.report import write_report

    frame = _load(args.data)
    if frame is None:
        return EXIT_INVALID
    model_dir = resolve_model_ref(args.model, _registry(args)) if args.model else ensure_default_model()
    report = write_report(frame, Predictor.load(model_dir), args.data, args.out)
    print(f"wrote {args.out}: {report.n} notes, {report.misclassified} misclassified, "
          f"{report.missed_threats} missed threats")
    return EXIT_OK


def cmd_suspects(args: argparse.Namespace) -> int:
    from training.suspects import find_suspects, out_of_fold_proba, write_suspects

    frame = _load(args.data)
    if frame is None:
        return EXIT_INVALID
    suspects = find_suspects(frame, out_of_fold_proba(frame, folds=args.folds, seed=args.seed))
    write_suspects(suspects, args.out)
    per_flag = suspects["flag"].value_counts().to_dict()
    print(f"wrote {args.out}: {len(suspects)} suspected label errors on {suspects['id'].nunique()} of "
          f"{len(frame)} notes (" + ", ".join(f"{k} {v}" for k, v in sorted(per_flag.items())) + ")")
    return EXIT_OK


# -- registry ---------------------------------------------------------------------------

def cmd_register(args: argparse.Namespace) -> int:
    registry = _registry(args)
    version = registry.register(args.dir)
    print(f"registered {version} in {registry.root}")
    return EXIT_OK


def _parse_when(text: str) -> date | datetime:
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--live-on {text!r}: use YYYY-MM-DD or an ISO date-time (UTC unless it has an offset)") from None


def _print_live_on(registry: Any, when: date | datetime) -> int:
    if isinstance(when, datetime):
        version = registry.live_on(when)
        print(f"live at {when.isoformat()}: {version or 'nothing (no promotion yet)'}")
        return EXIT_OK
    spans = registry.live_during(when)
    if not spans:
        print(f"live on {when} (UTC): nothing (no promotion by then)")
        return EXIT_OK
    print(f"live on {when} (UTC):")
    for span in spans:
        until = span.end.isoformat(timespec="seconds") if span.end else "now"
        p = span.promotion
        print(f"  {span.version}  from {span.start.isoformat(timespec='seconds')} until {until}  "
              f"(promoted by {p.by}{', FORCED' if p.forced else ''}: {p.why})")
    return EXIT_OK


def cmd_models(args: argparse.Namespace) -> int:
    from model.artifacts import ArtifactError

    registry = _registry(args)
    if args.live_on:
        return _print_live_on(registry, _parse_when(args.live_on))
    versions = registry.versions()
    if not versions:
        print(f"registry {registry.root}: no versions (`triage register DIR` or `triage train ... --register`)")
        return EXIT_OK
    live = registry.current()
    header = ("", "version", "created", "rows", "CV missed", "CV welfare", "gold missed", "gold welfare")
    table = [header]
    for version in versions:
        try:
            manifest = registry.manifest(version)
        except ArtifactError as exc:
            table.append(("!", version, f"unreadable: {exc}", "", "", "", "", ""))
            continue
        cv = manifest.get("cv_metrics", {})
        gold = registry.evaluation(version) or {}
        gold_missed = (f"{_pct(gold['missed_threat_rate'])} ({gold['missed_threats']}/{gold['threat_notes']})"
                       if gold else "-")
        table.append(("*" if version == live else "", version, str(manifest.get("created_at", "?")),
                      str(manifest.get("rows", {}).get("total", "?")), _pct(cv.get("missed_threat_rate")),
                      _pct(cv.get("welfare_referral_recall")), gold_missed,
                      _pct(gold.get("welfare_referral_recall")) if gold else "-"))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    print(f"registry {registry.root}")
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    if live:
        promotions = registry.history()
        last = promotions[-1] if promotions else None
        extra = f" (promoted {last.at.isoformat(timespec='seconds')} by {last.by})" if last and last.to == live else ""
        print(f"* live: {live}{extra}")
    else:
        print("no version is live yet (`triage promote VERSION --why ...`)")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from training.compare import compare_models, resolve_model_ref

    registry = _registry(args)
    champion_dir = resolve_model_ref(args.champion, registry)
    challenger_dir = resolve_model_ref(args.challenger, registry)
    frame = _load(args.data)
    if frame is None:
        return EXIT_INVALID
    comparison = compare_models(champion_dir, challenger_dir, frame)
    print(f"{len(frame)} notes; rules {comparison.champion['rules_version']}; combined figures")
    print(comparison.side_by_side())
    print(comparison.summary())
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        comparison.differences.to_csv(out, index=False)
        print(f"wrote {len(comparison.differences)} differing notes to {out}")
    return EXIT_OK


def cmd_promote(args: argparse.Namespace) -> int:
    from training.metrics import format_side_by_side
    from training.paths import GOLD_SET
    from training.promote import apply_decision, evaluate_gate

    registry = _registry(args)
    registry.path(args.version)
    if not args.why.strip():
        print("refused: --why must give a reason", file=sys.stderr)
        return EXIT_INVALID
    if registry.current() == args.version:
        print(f"{args.version} is already live; nothing to do")
        return EXIT_OK
    gold_path = Path(args.gold) if args.gold else GOLD_SET
    gold = _load([gold_path])
    if gold is None:
        return EXIT_INVALID
    decision = evaluate_gate(registry, args.version, gold, gold_path)
    columns = {}
    if decision.champion_result is not None:
        columns[f"champion {decision.champion}"] = decision.champion_result["systems"]["combined"]
    columns[f"challenger {decision.challenger}"] = decision.challenger_result["systems"]["combined"]
    print(f"gold set {gold_path} ({len(gold)} notes), combined figures")
    print(format_side_by_side(columns))
    by = args.by or os.environ.get("USER") or getpass.getuser()
    if not decision.allowed and not args.force:
        print(f"refused: {decision.reason}. The live version stays {decision.champion}. "
              f"Use --force with --why to override (recorded as forced).", file=sys.stderr)
        return EXIT_INVALID
    record = apply_decision(registry, decision, by=by, why=args.why, force=args.force, gold_path=gold_path)
    note = " FORCED over: " + decision.reason if record.forced else (
        " (--force was not needed)" if args.force else "")
    print(f"promoted {record.to} (was {record.previous or 'nothing'}) by {record.by} at "
          f"{record.at.isoformat(timespec='seconds')}.{note}")
    return EXIT_OK


# -- train with reviews / register -----------------------------------------------------

def _train_merged(args: argparse.Namespace) -> int:
    from model.artifacts import save_artifact
    from training.contract import InvalidDataError
    from training.merge import load_with_reviews
    from training.cli import print_train_summary, train_config
    from training.train import train

    try:
        merged = load_with_reviews(args.data, args.reviews)
    except InvalidDataError as exc:
        print(str(exc), file=sys.stderr)
        print("refused: fix the errors above (`triage validate` lists them all)", file=sys.stderr)
        return EXIT_INVALID
    print(merged.summary())
    result = train(merged.frame, train_config(args), data_paths=[*args.data, *args.reviews],
                   version=args.version)
    result.manifest["reviews"] = merged.manifest_entry(args.reviews)
    save_artifact(args.out, result.classifier, result.manifest)
    print_train_summary(result.manifest, args.out)
    return EXIT_OK


def cmd_train_qa(args: argparse.Namespace, plain_train: Callable[[argparse.Namespace], int]) -> int:
    """`triage train`, plus review files merged over the corpus and registration."""
    code = _train_merged(args) if args.reviews else plain_train(args)
    if code == EXIT_OK and args.register:
        registry = _registry(args)
        print(f"registered {registry.register(args.out)} in {registry.root} (not live until promoted)")
    return code
