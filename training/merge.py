"""Training data = corpus + exported reviews, where a review overrides older labels.

A QA review is a person's later, considered label for a note, so it wins over
the corpus label for the same note: same text (``training.contract.text_key``:
case and spacing ignored) or same id. Review files are applied in the order
given, so a later review file also wins over an earlier one.

Validation still refuses bad files: the corpus files are validated together
(exactly as `triage train` does without reviews) and each review file on its
own, so conflicting labels *within* one file, or duplicated ids within it,
remain errors. Only conflicts *between* the corpus and the reviews (or between
review files) are resolved here. Nothing is dropped silently: every
superseded row is counted and its id kept for the manifest.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from model.labels import LABELS
from training.contract import load_labelled, text_key


@dataclass(frozen=True)
class Superseded:
    """A row replaced by a review: which, by what, matched how, and whether labels changed."""

    id: str
    origin: str
    by_id: str
    by_origin: str
    matched_on: str  # "text", "id" or "text+id"
    labels_changed: bool
    from_review: bool  # the replaced row itself came from an earlier review file


@dataclass
class MergeResult:
    frame: pd.DataFrame
    review_rows: int
    superseded: list[Superseded] = field(default_factory=list)

    @property
    def corpus_superseded(self) -> list[Superseded]:
        return [s for s in self.superseded if not s.from_review]

    def summary(self) -> str:
        corpus = self.corpus_superseded
        changed = sum(s.labels_changed for s in corpus)
        line = (f"reviews: {self.review_rows} reviewed rows; {len(corpus)} corpus rows superseded "
                f"({changed} with different labels, {len(corpus) - changed} confirmed)")
        earlier = len(self.superseded) - len(corpus)
        if earlier:
            line += f"; {earlier} rows of earlier review files superseded by later ones"
        return line + f"; {len(self.frame)} rows to train on"

    def manifest_entry(self, review_paths: Sequence[str | Path]) -> dict[str, Any]:
        """What the manifest records, so a model's data can be reconstructed and audited."""
        return {
            "files": [str(p) for p in review_paths],
            "rows": self.review_rows,
            "superseded_corpus_ids": [s.id for s in self.corpus_superseded],
            "superseded_corpus_ids_labels_changed": [s.id for s in self.corpus_superseded if s.labels_changed],
            "superseded_review_ids": [s.id for s in self.superseded if s.from_review],
        }


def _labels(record: dict[str, Any]) -> tuple[int, ...]:
    return tuple(int(record[label]) for label in LABELS)


def merge_reviews(corpus: pd.DataFrame, reviews: Sequence[pd.DataFrame]) -> MergeResult:
    """Apply validated review frames, in order, on top of a validated corpus frame."""
    current = corpus.assign(_from_review=False)
    superseded: list[Superseded] = []
    for review in reviews:
        by_text = {text_key(t): i for i, t in enumerate(review["text"])}
        by_id = {str(v): i for i, v in enumerate(review["id"])}
        review_records = review.to_dict(orient="records")
        keep = []
        for record in current.to_dict(orient="records"):
            text_hit = by_text.get(text_key(record["text"]))
            id_hit = by_id.get(str(record["id"]))
            if text_hit is None and id_hit is None:
                keep.append(True)
                continue
            keep.append(False)
            winner = review_records[text_hit if text_hit is not None else id_hit]
            matched = "text+id" if text_hit is not None and id_hit is not None else (
                "text" if text_hit is not None else "id")
            superseded.append(Superseded(id=str(record["id"]), origin=str(record["origin"]),
                                         by_id=str(winner["id"]), by_origin=str(winner["origin"]),
                                         matched_on=matched, labels_changed=_labels(record) != _labels(winner),
                                         from_review=bool(record["_from_review"])))
        current = pd.concat([current[keep], review.assign(_from_review=True)], ignore_index=True)
    frame = current.drop(columns="_from_review").reset_index(drop=True)
    duplicated = frame["id"][frame["id"].duplicated()].tolist()
    if duplicated:  # cannot happen after the loop above; refuse rather than train on it
        raise ValueError(f"merge produced duplicate ids: {duplicated[:5]}")
    return MergeResult(frame=frame, review_rows=sum(len(r) for r in reviews), superseded=superseded)


def load_with_reviews(data_paths: Sequence[str | Path], review_paths: Sequence[str | Path]) -> MergeResult:
    """Validate and load the corpus and each review file, then merge (raises InvalidDataError)."""
    corpus = load_labelled(list(data_paths))
    reviews = [load_labelled([path]) for path in review_paths]
    return merge_reviews(corpus, reviews)
