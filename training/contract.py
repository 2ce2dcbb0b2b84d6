"""The data contract for labelled call notes (see data/README.md).

Reading keeps a location for every record ("line 12" for CSV and JSON Lines,
"row 12" for Parquet) so that every problem can be reported where a person can
find it. Validation reports *every* problem, never stops at the first, and
never drops a row: a file is either accepted whole or refused.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from model.labels import LABELS, PHASES, WELFARE_ONLY

REQUIRED_TEXT_COLUMNS = ("id", "text")
LABEL_COLUMNS = LABELS
OPTIONAL_COLUMNS = ("phase", "source", "split")
KNOWN_EXTRA_COLUMNS = ("hard_case", "rationale")
#: Columns a loaded frame keeps for ``triage evaluate --by``: the optional ones, and the
#: writers' ``hard_case`` tag (the main trap in a note), so that errors can be counted per trap.
BREAKDOWN_COLUMNS = OPTIONAL_COLUMNS + ("hard_case",)
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


class ContractError(Exception):
    """A file cannot be read at all (missing, unknown format, not decodable)."""


@dataclass(frozen=True)
class Problem:
    """One problem in one place of one file."""

    file: str
    location: str  # "line 12", "row 3", or "file"
    column: str | None
    message: str
    severity: str = "error"  # "error" refuses the file; "warning" is reported only

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{self.severity}: {where}: {self.message}"


@dataclass
class Table:
    """Records read from one file, with where each came from."""

    path: str
    frame: pd.DataFrame
    locations: list[str]


@dataclass
class ValidationReport:
    files: list[str]
    rows: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return (f"{', '.join(self.files)}: {self.rows} rows, {len(self.errors)} errors, "
                f"{len(self.warnings)} warnings")


class InvalidDataError(Exception):
    """Raised by ``load_labelled`` when validation finds errors."""

    def __init__(self, report: ValidationReport):
        self.report = report
        lines = [str(p) for p in report.errors[:50]]
        more = len(report.errors) - len(lines)
        if more > 0:
            lines.append(f"... and {more} more errors")
        super().__init__(report.summary() + "\n" + "\n".join(lines))


# -- reading -----------------------------------------------------------------

def detect_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ContractError(f"{path}: unknown file type {path.suffix!r}; use .csv, .jsonl or .parquet")
    return fmt


def decode_utf8(path: Path, raw: bytes) -> str:
    """Decode strictly, naming the line and byte of the first bad sequence."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        bad = raw[exc.start:exc.end].hex()
        raise ContractError(f"{path}: line {line}: bytes 0x{bad} are not valid UTF-8 "
                            f"(save the file as UTF-8)") from exc


def read_csv_records(path: Path) -> Table:
    text = decode_utf8(path, path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ContractError(f"{path}: file is empty (no header row)") from None
    except csv.Error as exc:
        raise ContractError(f"{path}: line 1: {exc}") from exc
    header = [h.strip() for h in header]
    records: list[dict[str, Any]] = []
    locations: list[str] = []
    problems: list[str] = []
    start_line = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ContractError(f"{path}: line {start_line}: {exc}") from exc
        if fields and len(fields) != len(header):
            problems.append(f"{path}: line {start_line}: {len(fields)} fields, header has {len(header)}")
        if fields:  # a truly empty line is not a record
            padded = fields + [""] * (len(header) - len(fields))
            records.append(dict(zip(header, padded)))
            locations.append(f"line {start_line}")
        start_line = reader.line_num + 1
    if problems:
        raise ContractError("\n".join(problems))
    return Table(str(path), pd.DataFrame.from_records(records, columns=header), locations)


def read_jsonl_records(path: Path) -> Table:
    records: list[dict[str, Any]] = []
    locations: list[str] = []
    columns: dict[str, None] = {}
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise ContractError(f"{path}: line {number}: bytes 0x{raw[exc.start:exc.end].hex()} "
                                    f"are not valid UTF-8") from exc
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ContractError(f"{path}: line {number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise ContractError(f"{path}: line {number}: each line must be a JSON object")
            columns.update(dict.fromkeys(record))
            records.append(record)
            locations.append(f"line {number}")
    return Table(str(path), pd.DataFrame.from_records(records, columns=list(columns)), locations)


def read_parquet_records(path: Path) -> Table:
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several types for bad files
        raise ContractError(f"{path}: not a readable Parquet file ({exc})") from exc
    frame = frame.astype(object).where(frame.notna(), None)
    return Table(str(path), frame.reset_index(drop=True), [f"row {i}" for i in range(1, len(frame) + 1)])


def read_records(path: str | Path) -> Table:
    """Read a CSV, JSON Lines or Parquet file (by extension) without judging it."""
    path = Path(path)
    fmt = detect_format(path)
    if not path.is_file():
        raise ContractError(f"{path}: file not found")
    return {"csv": read_csv_records, "jsonl": read_jsonl_records, "parquet": read_parquet_records}[fmt](path)


# -- validation --------------------------------------------------------------

def parse_flag(value: Any) -> int | None:
    """0/1 from the spellings files really use; None if it is anything else."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and not (isinstance(value, float) and math.isnan(value)):
        return int(value) if value in (0, 1) else None
    if isinstance(value, str) and value.strip() in ("0", "1"):
        return int(value.strip())
    return None


def text_key(text: str) -> str:
    """Texts that differ only in case or spacing are the same note."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, str) and not value.strip())


def validate_tables(tables: Sequence[Table], require_labels: bool = True) -> ValidationReport:
    """Check tables against the contract; cross-file checks cover all of them."""
    report = ValidationReport(files=[t.path for t in tables], rows=sum(len(t.frame) for t in tables))
    seen_ids: dict[str, list[tuple[str, str]]] = defaultdict(list)
    seen_texts: dict[str, list[tuple[str, str, tuple[int, ...]]]] = defaultdict(list)
    for table in tables:
        for problem in _validate_table(table, require_labels, seen_ids, seen_texts):
            report.problems.append(problem)
    for note_id, places in seen_ids.items():
        if len(places) > 1:
            first = f"{places[0][0]} {places[0][1]}"
            for file, location in places[1:]:
                report.problems.append(Problem(file, location, "id", f"duplicate id {note_id!r} (first at {first})"))
    for places in seen_texts.values():
        labelsets = {labels for _, _, labels in places}
        if len(places) > 1:
            first = f"{places[0][0]} {places[0][1]}"
            for file, location, labels in places[1:]:
                if len(labelsets) > 1:
                    report.problems.append(Problem(file, location, "text",
                                                   f"same text as {first} but different labels"))
                else:
                    report.problems.append(Problem(file, location, "text",
                                                   f"same text and labels as {first}", "warning"))
    return report


def _validate_table(table: Table, require_labels: bool, seen_ids: dict, seen_texts: dict) -> Iterable[Problem]:
    frame, file = table.frame, table.path
    needed = REQUIRED_TEXT_COLUMNS + (LABEL_COLUMNS if require_labels else ())
    missing = [c for c in needed if c not in frame.columns]
    for column in missing:
        yield Problem(file, "file", column, "required column is missing")
    known = set(REQUIRED_TEXT_COLUMNS + LABEL_COLUMNS + OPTIONAL_COLUMNS + KNOWN_EXTRA_COLUMNS)
    for column in frame.columns:
        if column not in known:
            yield Problem(file, "file", column, "unknown column (ignored)", "warning")
    if missing:
        return
    if len(frame) == 0:
        yield Problem(file, "file", None, "no rows")
    check_labels = require_labels
    for position, record in enumerate(frame.to_dict(orient="records")):
        location = table.locations[position]
        yield from _validate_record(file, location, record, check_labels, seen_ids, seen_texts)


def _validate_record(file: str, location: str, record: dict[str, Any], check_labels: bool,
                     seen_ids: dict, seen_texts: dict) -> Iterable[Problem]:
    note_id = record.get("id")
    if is_blank(note_id):
        yield Problem(file, location, "id", "id is empty")
    else:
        seen_ids[str(note_id).strip()].append((file, location))
    text = record.get("text")
    if not isinstance(text, str):
        if is_blank(text):
            yield Problem(file, location, "text", "text is empty")
        else:
            yield Problem(file, location, "text", f"text must be a string, got {type(text).__name__}")
        text = None
    elif not text.strip():
        yield Problem(file, location, "text", "text is empty or only whitespace")
        text = None
    if "phase" in record and not is_blank(record["phase"]) and str(record["phase"]).strip() not in PHASES:
        yield Problem(file, location, "phase",
                      f"{record['phase']!r} is not one of {', '.join(PHASES)}")
    if not check_labels:
        return
    labels: list[int | None] = []
    for column in LABEL_COLUMNS:
        value = record.get(column)
        flag = parse_flag(value)
        if flag is None:
            shown = "empty" if is_blank(value) else repr(value)
            yield Problem(file, location, column, f"label must be 0 or 1, got {shown}")
        labels.append(flag)
    if None in labels:
        return
    by_name = dict(zip(LABEL_COLUMNS, labels))
    if by_name[WELFARE_ONLY] == 1 and any(by_name[c] for c in LABEL_COLUMNS if c != WELFARE_ONLY):
        yield Problem(file, location, WELFARE_ONLY,
                      "welfare_only is 1 together with threat_to_life or crime (it must be 0 then)")
    if text is not None:
        seen_texts[text_key(text)].append((file, location, tuple(labels)))


# -- loading -----------------------------------------------------------------

def clean_frame(tables: Sequence[Table], require_labels: bool = True) -> pd.DataFrame:
    """Concatenate validated tables into typed columns."""
    frames = []
    for table in tables:
        frame = pd.DataFrame({"id": [str(v).strip() for v in table.frame["id"]],
                              "text": list(table.frame["text"])})
        if require_labels:
            for column in LABEL_COLUMNS:
                frame[column] = [parse_flag(v) for v in table.frame[column]]
                frame[column] = frame[column].astype(int)
        for column in BREAKDOWN_COLUMNS:
            values = table.frame[column] if column in table.frame.columns else [None] * len(frame)
            frame[column] = ["" if is_blank(v) else str(v).strip() for v in values]
        frame["origin"] = [f"{table.path}: {loc}" for loc in table.locations]
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def validate_files(paths: Sequence[str | Path], require_labels: bool = True) -> tuple[ValidationReport, list[Table]]:
    """Read and validate files; unreadable files become file-level problems."""
    tables: list[Table] = []
    unreadable: list[Problem] = []
    for path in paths:
        try:
            tables.append(read_records(path))
        except ContractError as exc:
            for line in str(exc).splitlines():
                message = line.removeprefix(f"{path}: ")
                location, _, rest = message.partition(": ")
                if location.startswith(("line ", "row ")) and rest:
                    unreadable.append(Problem(str(path), location, None, rest))
                else:
                    unreadable.append(Problem(str(path), "file", None, message))
    report = validate_tables(tables, require_labels)
    report.files = [str(p) for p in paths]
    report.problems = unreadable + report.problems
    return report, tables


def load_labelled(paths: Sequence[str | Path], require_labels: bool = True) -> pd.DataFrame:
    """Validated, typed notes from one or more files; raises InvalidDataError on any error."""
    report, tables = validate_files(paths, require_labels)
    if not report.ok:
        raise InvalidDataError(report)
    return clean_frame(tables, require_labels)


def label_matrix(frame: pd.DataFrame) -> Any:
    return frame[list(LABEL_COLUMNS)].to_numpy(dtype=int)
