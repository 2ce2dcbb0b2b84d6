"""`triage export-reviews`: the latest QA review of each reviewed prediction, as training data.

Reads the service's audit database (``--database-url``, else TRIAGE_DATABASE_URL
via ``serve.settings``) and writes the data contract's columns
(id, text, threat_to_life, crime, welfare_only, phase, source, split) with
``id = review-<prediction_id>``, ``source = review`` and ``split = review``,
ready for ``triage train --reviews``.

Refusals, never silent drops (exit 1, nothing written, prediction ids named):

* a reviewed prediction whose note text was not stored (TRIAGE_STORE_TEXT=false):
  its label cannot be trained on, and leaving it out quietly would make the
  export look complete when it is not;
* two reviewed predictions of the same note (same text up to case and spacing)
  whose current reviews disagree: the contract refuses such a file, so the
  reviewers must settle it first.

A review with welfare_only together with another flag cannot be recorded (the
form refuses it); if one is found anyway, welfare_only is written as 0, as the
labelling guide says, and counted on screen.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from model.labels import CRIME, LABELS, THREAT_TO_LIFE, WELFARE_ONLY
from training.contract import text_key, validate_files

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
COLUMNS = ("id", "text", *LABELS, "phase", "source", "split")
SOURCE = SPLIT = "review"
ID_PREFIX = "review-"
SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet", ".pq")


class ExportRefused(Exception):
    """The export cannot be written faithfully; the message names the prediction ids."""


@dataclass
class Export:
    frame: pd.DataFrame
    welfare_forced: list[str] = field(default_factory=list)


def _row(prediction_id: str, text: str, flags: dict[str, bool]) -> dict[str, object]:
    return {"id": ID_PREFIX + prediction_id, "text": text, **{label: int(flags[label]) for label in LABELS},
            "phase": "", "source": SOURCE, "split": SPLIT}


def read_latest(database_url: str) -> list[tuple[str, str | None, dict[str, bool]]]:
    """(prediction id, text, flags) of each prediction's latest review. Read only: a database
    that is missing or was never migrated is refused, never created or migrated here."""
    from sqlalchemy import inspect
    from sqlalchemy.engine import make_url
    from sqlalchemy.orm import Session

    from serve.db import make_engine
    from serve.review_store import latest_reviews, review_flags

    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).is_file():
        raise ExportRefused(f"{url.database}: no such database file (check --database-url or TRIAGE_DATABASE_URL)")
    engine = make_engine(database_url)
    try:
        if not inspect(engine).has_table("reviews"):
            raise ExportRefused("the database has no reviews table: is it the service's audit database, and has "
                                "the service (which applies the migrations) run against it?")
        with Session(engine) as session:
            return [(r.review.prediction_id, r.text, review_flags(r.review)) for r in latest_reviews(session)]
    finally:
        engine.dispose()


def build_export(database_url: str) -> Export:
    """The export frame from the database; raises ExportRefused."""
    latest = read_latest(database_url)
    missing = [pid for pid, text, _ in latest if text is None]
    if missing:
        raise ExportRefused(f"{len(missing)} reviewed predictions have no stored text (TRIAGE_STORE_TEXT was "
                            f"false), so their reviews cannot become training data: {', '.join(missing)}. "
                            "Nothing was written.")
    rows, forced = [], []
    by_text: dict[str, list[tuple[str, tuple[int, ...]]]] = defaultdict(list)
    for prediction_id, text, flags in latest:
        if flags[WELFARE_ONLY] and (flags[THREAT_TO_LIFE] or flags[CRIME]):
            flags = {**flags, WELFARE_ONLY: False}
            forced.append(prediction_id)
        rows.append(_row(prediction_id, text, flags))
        by_text[text_key(text)].append((prediction_id, tuple(int(flags[label]) for label in LABELS)))
    conflicts = [ids for ids in by_text.values() if len({labels for _, labels in ids}) > 1]
    if conflicts:
        named = "; ".join(", ".join(pid for pid, _ in ids) for ids in conflicts)
        raise ExportRefused(f"reviews of the same note disagree (settle them with a new review): {named}. "
                            "Nothing was written.")
    return Export(pd.DataFrame(rows, columns=list(COLUMNS)), forced)


def write_export(frame: pd.DataFrame, out: Path) -> None:
    """Write atomically (temp file, then rename) so a half-written file is never left behind."""
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"--out {out}: unknown file type {out.suffix!r}; use .csv, .jsonl or .parquet")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.", suffix=suffix, delete=False) as tmp:
        temp = Path(tmp.name)
    try:
        if suffix == ".csv":
            frame.to_csv(temp, index=False)
        elif suffix in (".jsonl", ".ndjson"):
            frame.to_json(temp, orient="records", lines=True, force_ascii=False)
        else:
            frame.to_parquet(temp, index=False)
        temp.replace(out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def cmd_export_reviews(args: argparse.Namespace) -> int:
    from serve.settings import Settings

    from sqlalchemy.exc import SQLAlchemyError

    database_url = args.database_url or Settings().database_url
    try:
        export = build_export(database_url)
    except ExportRefused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except SQLAlchemyError as exc:  # the message can hold the URL's password or row values: type only
        print(f"error: cannot read the audit database ({type(exc).__name__}); is it running and the URL right?",
              file=sys.stderr)
        return EXIT_ERROR
    if export.frame.empty:
        print("refused: no reviewed predictions in the database; nothing to export", file=sys.stderr)
        return EXIT_INVALID
    out = Path(args.out)
    write_export(export.frame, out)
    report, _ = validate_files([out])
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if not report.ok:  # cannot happen for rows built above; never leave a file train would refuse
        out.unlink(missing_ok=True)
        print("refused: the export does not meet the data contract (problems above); nothing kept",
              file=sys.stderr)
        return EXIT_INVALID
    if export.welfare_forced:
        print(f"welfare_only written as 0 beside another flag for {len(export.welfare_forced)} predictions: "
              f"{', '.join(export.welfare_forced)}")
    print(f"wrote {len(export.frame)} reviewed notes to {out} (latest review of each; source=review)")
    return EXIT_OK
