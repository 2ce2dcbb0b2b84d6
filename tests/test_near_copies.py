"""`triage near-copies`: reworded copies of evaluation notes in training data are found."""
from __future__ import annotations

import pandas as pd
import pytest

from training.near_copies import find_near_copies

TRAIN = pd.DataFrame({
    "id": ["t1", "t2", "t3"],
    "text": ["Man on the bridge parapet over the railway, crying, says he will jump",
             "Neighbour asks for the council's number about bins",
             "man on the bridge parapet over the railway crying says he'll jump now"],
    "file": "train.csv",
})
DEV = pd.DataFrame({
    "id": ["d1", "d2"],
    "text": ["Man on the bridge parapet over the railway, crying, says he will jump tonight",
             "Lost purse handed in at the station"],
    "file": "dev.csv",
})


def test_each_note_gets_its_closest_reference_note_and_near_copies_are_those_over_the_threshold():
    report = find_near_copies(TRAIN, DEV, threshold=0.55)
    closest = report.closest.set_index("id")
    # t1 has 12 distinct words ("the" twice), all in d1, which adds "tonight": 12/13.
    assert closest.loc["t1", "closest_id"] == "d1" and closest.loc["t1", "closest_file"] == "dev.csv"
    assert closest.loc["t1", "jaccard"] == pytest.approx(12 / 13, abs=1e-4)
    assert closest.loc["t2", "jaccard"] < 0.2
    assert list(report.near["id"]) == ["t1", "t3"]  # most similar first
    assert report.max_by_file() == {"dev.csv": pytest.approx(12 / 13, abs=1e-4)}
    assert list(find_near_copies(TRAIN, DEV, threshold=0.95).near["id"]) == []


def test_against_itself_a_note_is_never_its_own_match():
    report = find_near_copies(TRAIN).closest.set_index("id")
    assert report.loc["t1", "closest_id"] == "t3" and report.loc["t3", "closest_id"] == "t1"
    assert report.loc["t2", "jaccard"] < 0.2
    twins = pd.DataFrame({"id": ["a", "b"], "text": ["same words here", "Same words, here!"], "file": "x.csv"})
    assert find_near_copies(twins).closest["jaccard"].tolist() == [1.0, 1.0]
    assert find_near_copies(twins.head(1)).closest.empty


def test_blocks_give_the_same_answer_as_one_pass(monkeypatch):
    import training.near_copies as near_copies

    whole = find_near_copies(TRAIN).closest
    monkeypatch.setattr(near_copies, "BLOCK_ROWS", 1)
    pd.testing.assert_frame_equal(find_near_copies(TRAIN).closest, whole)


@pytest.mark.parametrize("threshold", [0.0, 1.5, -0.1])
def test_a_threshold_outside_0_to_1_is_refused(threshold):
    with pytest.raises(ValueError, match="threshold"):
        find_near_copies(TRAIN, DEV, threshold=threshold)


def test_cli_exits_1_on_a_near_copy_names_ids_not_text_and_refuses_a_bad_file(tmp_path, capsys):
    from training.cli import main

    train, dev = tmp_path / "train.csv", tmp_path / "dev.csv"
    TRAIN.drop(columns="file").to_csv(train, index=False)
    DEV.drop(columns="file").to_csv(dev, index=False)
    out = tmp_path / "closest.csv"
    assert main(["near-copies", "--data", str(train), "--against", str(dev), "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "2 at or above 0.55" in printed and "t1 ~ d1" in printed and "t3 ~ d1" in printed
    assert "bridge" not in printed  # ids and scores only, never note text
    assert len(pd.read_csv(out)) == 3
    assert main(["near-copies", "--data", str(train), "--against", str(dev), "--threshold", "0.99"]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text\nx1,\n", encoding="utf-8")
    assert main(["near-copies", "--data", str(bad), "--against", str(dev)]) == 1
    assert "bad.csv" in capsys.readouterr().err
