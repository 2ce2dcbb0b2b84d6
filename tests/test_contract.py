"""The data contract: every kind of problem is found and located; nothing is dropped."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from training.contract import InvalidDataError, load_labelled, validate_files

HEADER = "id,text,threat_to_life,crime,welfare_only\n"


def write(tmp_path: Path, name: str, body: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return path


def problems(paths, **kw) -> list[str]:
    report, _ = validate_files([str(p) for p in paths], **kw)
    return [str(p) for p in report.errors]


def test_valid_csv_loads_every_row(tmp_path):
    path = write(tmp_path, "ok.csv", HEADER + 'a,"man on bridge, says goodbye",1,0,0\nb,lost wallet,0,0,0\n')
    frame = load_labelled([path])
    assert frame["id"].tolist() == ["a", "b"]
    assert frame["threat_to_life"].tolist() == [1, 0]
    assert frame["text"][0] == "man on bridge, says goodbye"


def test_missing_column_is_named(tmp_path):
    path = write(tmp_path, "m.csv", "id,text,crime,welfare_only\na,x,0,1\n")
    errors = problems([path])
    assert any("column 'threat_to_life'" in e and "missing" in e for e in errors)


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty_or_whitespace_text_is_located(tmp_path, text):
    path = write(tmp_path, "e.csv", HEADER + f'a,ok note,0,0,1\nb,"{text}",0,0,1\n')
    errors = problems([path])
    assert len(errors) == 1
    assert "line 3" in errors[0] and "column 'text'" in errors[0]


@pytest.mark.parametrize("value", ["2", "yes", "", "-1", "0.5"])
def test_label_not_zero_or_one(tmp_path, value):
    path = write(tmp_path, "l.csv", HEADER + f"a,note,{value},0,0\n")
    errors = problems([path])
    assert len(errors) == 1
    assert "line 2" in errors[0] and "column 'threat_to_life'" in errors[0]


def test_welfare_with_another_flag(tmp_path):
    path = write(tmp_path, "w.csv", HEADER + "a,note one,0,1,1\nb,note two,1,0,1\n")
    errors = problems([path])
    assert len(errors) == 2
    assert all("welfare_only" in e for e in errors)
    assert "line 2" in errors[0] and "line 3" in errors[1]


def test_duplicate_ids_within_and_across_files(tmp_path):
    one = write(tmp_path, "one.csv", HEADER + "a,note one,0,0,1\na,note two,0,0,1\n")
    two = write(tmp_path, "two.csv", HEADER + "a,note three,0,0,1\n")
    errors = problems([one, two])
    dupes = [e for e in errors if "duplicate id" in e]
    assert len(dupes) == 2
    assert any("two.csv: line 2" in e for e in dupes)


def test_same_text_conflicting_labels_is_error_same_labels_is_warning(tmp_path):
    path = write(tmp_path, "c.csv", HEADER + "a,Man with knife,1,1,0\nb,man  with KNIFE,0,0,1\n"
                 "c,lost wallet,0,0,0\nd,Lost wallet,0,0,0\n")
    report, _ = validate_files([path])
    assert [p.location for p in report.errors] == ["line 3"]
    assert "different labels" in report.errors[0].message
    assert [p.location for p in report.warnings] == ["line 5"]


def test_undecodable_bytes_name_the_line(tmp_path):
    path = write(tmp_path, "bad.csv", HEADER.encode() + b"a,fine,0,0,1\nb,caf\xe9 bad,0,0,1\n")
    errors = problems([path])
    assert len(errors) == 1
    assert "line 3" in errors[0] and "UTF-8" in errors[0]


def test_ragged_csv_row_is_located(tmp_path):
    path = write(tmp_path, "r.csv", HEADER + "a,note,0,0\n")
    errors = problems([path])
    assert "line 2" in errors[0] and "4 fields" in errors[0]


def test_invalid_phase(tmp_path):
    path = write(tmp_path, "p.csv", "id,text,threat_to_life,crime,welfare_only,phase\na,note,0,0,1,ward\n")
    errors = problems([path])
    assert "column 'phase'" in errors[0]


def test_every_problem_reported_not_just_the_first(tmp_path):
    path = write(tmp_path, "many.csv", HEADER + "a,,0,0,1\nb,note,9,0,1\nc,note2,0,1,1\n")
    assert len(problems([path])) == 3


def test_jsonl_and_parquet_are_read(tmp_path):
    rows = [{"id": "a", "text": "took her purse and ran", "threat_to_life": 0, "crime": 1, "welfare_only": 0},
            {"id": "b", "text": "pt missed appt", "threat_to_life": False, "crime": False, "welfare_only": True}]
    jsonl = write(tmp_path, "n.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    parquet = tmp_path / "n.parquet"
    pd.DataFrame([{**r, "id": r["id"] + "p", **{k: int(r[k]) for k in ("threat_to_life", "crime", "welfare_only")}}
                  for r in rows]).to_parquet(parquet)
    frame = load_labelled([jsonl, parquet])
    assert frame["id"].tolist() == ["a", "b", "ap", "bp"]
    assert frame["welfare_only"].tolist() == [0, 1, 0, 1]


def test_jsonl_bad_line_is_located(tmp_path):
    path = write(tmp_path, "bad.jsonl", '{"id": "a", "text": "x", "threat_to_life": 0, "crime": 0, '
                 '"welfare_only": 1}\n{not json}\n')
    errors = problems([path])
    assert "line 2" in errors[0] and "JSON" in errors[0]


def test_parquet_rows_are_numbered(tmp_path):
    path = tmp_path / "bad.parquet"
    pd.DataFrame({"id": ["a", "b"], "text": ["fine", " "], "threat_to_life": [0, 0], "crime": [0, 0],
                  "welfare_only": [1, 1]}).to_parquet(path)
    errors = problems([path])
    assert "row 2" in errors[0] and "column 'text'" in errors[0]


def test_unknown_extension_and_missing_file(tmp_path):
    errors = problems([tmp_path / "notes.xlsx", tmp_path / "nope.csv"])
    assert any("unknown file type" in e for e in errors)
    assert any("file not found" in e for e in errors)


def test_load_refuses_bad_file_whole(tmp_path):
    path = write(tmp_path, "bad.csv", HEADER + "a,good note,0,0,1\nb,,0,0,1\n")
    with pytest.raises(InvalidDataError) as info:
        load_labelled([path])
    assert "line 3" in str(info.value)


def test_unlabelled_input_for_scoring(tmp_path):
    path = write(tmp_path, "u.csv", "id,text\na,some note\n")
    frame = load_labelled([path], require_labels=False)
    assert frame["text"].tolist() == ["some note"]
