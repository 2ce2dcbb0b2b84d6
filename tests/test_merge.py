"""Corpus + exported reviews: reviews win (same text or id), nothing is dropped silently,
conflicts inside one file are still refused."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from training.cli import main
from training.contract import InvalidDataError, load_labelled
from training.merge import load_with_reviews

HEADER = "id,text,threat_to_life,crime,welfare_only\n"


def write(path: Path, rows: str) -> Path:
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write(tmp_path / "corpus.csv",
                 "c1,Pt left the ward voluntarily no risk known,0,0,1\n"
                 "c2,Neighbour says man on the bridge is about to jump,1,0,0\n"
                 "c3,Lost wallet handed in at the front desk,0,0,0\n"
                 "c4,Shoplifter detained by store security,0,1,0\n")


def test_reviews_take_precedence_by_text_and_by_id(tmp_path, corpus):
    reviews = write(tmp_path / "reviews.csv",
                    # same note as c1 with other case and spacing: relabelled
                    "r1,PT LEFT THE WARD   voluntarily no risk known,1,0,0\n"
                    # same id as c3, corrected text, same labels
                    "c3,Lost wallet handed in at the front desk by a cleaner,0,0,0\n"
                    # a new note
                    "r3,Elderly lady confused but safe at home,0,0,1\n")
    merged = load_with_reviews([corpus], [reviews])
    frame = merged.frame.set_index("id")
    assert sorted(frame.index) == ["c2", "c3", "c4", "r1", "r3"]
    assert frame.loc["r1", "threat_to_life"] == 1 and frame.loc["r1", "welfare_only"] == 0
    assert frame.loc["c3", "text"].endswith("by a cleaner")
    by_id = {s.id: s for s in merged.corpus_superseded}
    assert set(by_id) == {"c1", "c3"}
    assert by_id["c1"].matched_on == "text" and by_id["c1"].labels_changed and by_id["c1"].by_id == "r1"
    assert by_id["c3"].matched_on == "id" and not by_id["c3"].labels_changed
    assert "2 corpus rows superseded (1 with different labels, 1 confirmed)" in merged.summary()
    entry = merged.manifest_entry([reviews])
    assert entry["superseded_corpus_ids"] == ["c1", "c3"] and entry["rows"] == 3


def test_later_review_files_win_over_earlier_ones(tmp_path, corpus):
    first = write(tmp_path / "r1.csv", "a1,Neighbour says man on the bridge is about to jump,0,0,1\n")
    second = write(tmp_path / "r2.csv", "a2,neighbour says man on the bridge is about to jump,1,1,0\n")
    merged = load_with_reviews([corpus], [first, second])
    frame = merged.frame.set_index("id")
    assert "a1" not in frame.index and "c2" not in frame.index
    assert (frame.loc["a2", "threat_to_life"], frame.loc["a2", "crime"]) == (1, 1)
    assert [s.id for s in merged.corpus_superseded] == ["c2"]
    assert merged.manifest_entry([first, second])["superseded_review_ids"] == ["a1"]


def test_conflicts_between_corpus_and_reviews_are_resolved_but_within_a_file_refused(tmp_path, corpus):
    reviews = write(tmp_path / "reviews.csv", "r1,Shoplifter detained by store security,0,0,0\n")
    with pytest.raises(InvalidDataError, match="different labels"):
        load_labelled([corpus, reviews])  # as plain training data: a conflict
    assert load_with_reviews([corpus], [reviews]).frame.set_index("id").loc["r1", "crime"] == 0

    bad = write(tmp_path / "bad-reviews.csv",
                "r1,Shoplifter detained by store security,0,0,0\n"
                "r2,shoplifter detained by store  security,0,1,0\n")
    with pytest.raises(InvalidDataError, match="different labels"):
        load_with_reviews([corpus], [bad])
    broken = write(tmp_path / "broken.csv", "r1,Some note,0,2,0\n")
    with pytest.raises(InvalidDataError, match="must be 0 or 1"):
        load_with_reviews([corpus], [broken])


def test_train_with_reviews_records_superseded_ids_and_registers(tmp_path, small_corpus_path, capsys):
    notes = pd.read_csv(small_corpus_path).head(1000)  # fewer rows train slower (solver convergence)
    corpus = tmp_path / "corpus.csv"
    notes.to_csv(corpus, index=False)
    relabel = notes.head(3).copy()
    relabel["id"] = ["rev-1", "rev-2", "rev-3"]
    relabel["text"] = relabel["text"].str.upper()  # same notes, other case
    relabel[["threat_to_life", "crime", "welfare_only"]] = [1, 0, 0]
    reviews = tmp_path / "reviews.csv"
    relabel.to_csv(reviews, index=False)

    out, registry = tmp_path / "model", tmp_path / "models"
    assert main(["train", "--data", str(corpus), "--reviews", str(reviews), "--out", str(out), "--folds", "3",
                 "--version", "with-reviews", "--register", "--registry", str(registry)]) == 0
    screen = capsys.readouterr().out
    assert "3 corpus rows superseded" in screen and "1000 rows to train on" in screen
    assert "registered with-reviews" in screen
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["reviews"]["superseded_corpus_ids"] == notes["id"].head(3).tolist()
    assert manifest["rows"]["total"] == 1000
    assert [f["path"] for f in manifest["training_files"]] == [str(corpus), str(reviews)]
    assert (registry / "with-reviews" / "manifest.json").is_file()
