"""Read id/text notes from CSV, JSON Lines or Parquet in fixed-size chunks.

Batch scoring must handle files far larger than memory, so nothing here ever
reads a whole file: CSV and JSON Lines are streamed line by line, Parquet
batch by batch. Every record keeps its place ("line N" counting the header
as line 1, "row N" for Parquet), as in ``training.contract``, and every chunk
is checked with the contract's own record checks before it is handed on:
a blank id or text stops the run, it is never dropped.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from training.contract import ContractError, Problem, _validate_record, detect_format

#: The only columns scoring reads; any others are ignored.
SCORING_COLUMNS = ("id", "text")
MAX_PROBLEMS_SHOWN = 20


class ChunkError(ContractError):
    """A chunk holds records that cannot be scored; lists every problem in it."""

    def __init__(self, path: str, chunk_index: int, problems: list[Problem]):
        self.path = path
        self.chunk_index = chunk_index
        self.problems = problems
        lines = [str(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > len(lines):
            lines.append(f"... and {len(problems) - len(lines)} more errors in this chunk")
        super().__init__(f"{path}: chunk {chunk_index}: {len(problems)} record(s) cannot be scored; "
                         f"nothing was written for this chunk\n" + "\n".join(lines))


@dataclass
class Chunk:
    """Up to ``chunk_size`` consecutive, checked records of one input file."""

    source: str
    index: int
    ids: list[str]
    texts: list[str]
    first: str  # location of the first record, e.g. "line 2"
    last: str

    def __len__(self) -> int:
        return len(self.ids)


# -- record streams ------------------------------------------------------------

def _decoded_lines(path: Path, handle: Iterable[bytes]) -> Iterator[tuple[int, str]]:
    """Lines decoded strictly one at a time, so a bad byte is named by its line."""
    for number, raw in enumerate(handle, start=1):
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise ContractError(f"{path}: line {number}: bytes 0x{raw[exc.start:exc.end].hex()} are not "
                                f"valid UTF-8 (save the file as UTF-8)") from exc


def csv_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(location, record) per CSV record; quoted newlines are handled by csv."""
    with open(path, "rb") as handle:
        lines = _decoded_lines(path, handle)
        reader = csv.reader(line for _, line in lines)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise ContractError(f"{path}: file is empty (no header row)") from None
        except csv.Error as exc:
            raise ContractError(f"{path}: line 1: {exc}") from exc
        for column in SCORING_COLUMNS:
            if column not in header:
                raise ContractError(str(Problem(str(path), "file", column, "required column is missing")))
        while True:
            start = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ContractError(f"{path}: line {start}: {exc}") from exc
            if not fields:  # a truly empty line is not a record
                continue
            if len(fields) != len(header):
                raise ContractError(f"{path}: line {start}: {len(fields)} fields, header has {len(header)}")
            yield f"line {start}", dict(zip(header, fields))


def jsonl_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    with open(path, "rb") as handle:
        for number, line in _decoded_lines(path, handle):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ContractError(f"{path}: line {number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise ContractError(f"{path}: line {number}: each line must be a JSON object")
            yield f"line {number}", record


def parquet_records(path: Path, batch_size: int = 8192) -> Iterator[tuple[str, dict[str, Any]]]:
    """Rows batch by batch, reading only the id and text columns."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for bad files
        raise ContractError(f"{path}: not a readable Parquet file ({exc})") from exc
    names = parquet.schema_arrow.names
    for column in SCORING_COLUMNS:
        if column not in names:
            raise ContractError(str(Problem(str(path), "file", column, "required column is missing")))
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=batch_size, columns=list(SCORING_COLUMNS)):
            for note_id, text in zip(batch.column("id").to_pylist(), batch.column("text").to_pylist()):
                row += 1
                yield f"row {row}", {"id": note_id, "text": text}
    except OSError as exc:  # a corrupt page surfaces only while reading
        raise ContractError(f"{path}: row {row + 1}: not a readable Parquet file ({exc})") from exc


def records(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Stream (location, record) from a file, choosing the reader by extension."""
    path = Path(path)
    fmt = detect_format(path)
    if not path.is_file():
        raise ContractError(f"{path}: file not found")
    return {"csv": csv_records, "jsonl": jsonl_records, "parquet": parquet_records}[fmt](path)


def parquet_row_count(path: str | Path) -> int | None:
    """Rows in a Parquet file from its footer (None for other formats): for progress only."""
    if detect_format(Path(path)) != "parquet":
        return None
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except Exception:  # noqa: BLE001 - the reader reports the real problem later
        return None


# -- chunks ----------------------------------------------------------------------

def record_problems(file: str, location: str, record: dict[str, Any]) -> list[Problem]:
    """The contract's id/text checks for one record (labels are not needed to score)."""
    problems = _validate_record(file, location, record, False, defaultdict(list), defaultdict(list))
    return [p for p in problems if p.column in SCORING_COLUMNS and p.severity == "error"]


def make_chunk(path: str, index: int, batch: list[tuple[str, dict[str, Any]]]) -> Chunk:
    """Check a batch of records and keep only what scoring needs; raise ChunkError if any is bad."""
    problems = [p for location, record in batch for p in record_problems(path, location, record)]
    if problems:
        raise ChunkError(path, index, problems)
    return Chunk(source=path, index=index,
                 ids=[str(record["id"]).strip() for _, record in batch],
                 texts=[record["text"] for _, record in batch],
                 first=batch[0][0], last=batch[-1][0])


def iter_chunks(path: str | Path, chunk_size: int) -> Iterator[Chunk]:
    """Checked chunks of ``chunk_size`` records (the last may be shorter), in file order."""
    if chunk_size < 1:
        raise ValueError(f"chunk size must be at least 1, got {chunk_size}")
    stream = records(path)
    index = 0
    while batch := list(islice(stream, chunk_size)):
        yield make_chunk(str(path), index, batch)
        index += 1
    if index == 0:
        raise ContractError(str(Problem(str(path), "file", None, "no rows")))
