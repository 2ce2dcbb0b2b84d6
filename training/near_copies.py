"""`triage near-copies`: training notes too close to evaluation notes (or to each other).

A dev or gold figure means something only if no training note is a reworded
copy of a note it is scored on. Notes are compared as sets of words
(lower-cased letters, digits and apostrophes); the similarity of two notes is
their Jaccard index, shared words over all words. For every note of the
checked files, the closest note of the reference files is reported; notes at
or above the threshold are near-copies. Without reference files the checked
files are compared with themselves (a note is never its own match).

Word sets go through a sparse binary matrix, so the intersections of every
pair come from sparse products, a block of checked notes at a time, instead
of a Python double loop.
The report carries ids and scores only, never note text.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

#: Word pattern for the comparison: letters, digits and apostrophes ("she's", "999").
WORD_PATTERN = r"[a-z0-9']+"
#: The share of words at which a note counts as a near-copy (the data docs' rule).
DEFAULT_THRESHOLD = 0.55


@dataclass(frozen=True)
class NearCopyReport:
    """Per checked note, its closest reference note; ``near`` those at or above the threshold."""

    closest: pd.DataFrame  # id, closest_id, closest_file, jaccard (one row per checked note)
    threshold: float

    @property
    def near(self) -> pd.DataFrame:
        return self.closest[self.closest["jaccard"] >= self.threshold].sort_values("jaccard", ascending=False)

    def max_by_file(self) -> dict[str, float]:
        """The highest similarity reached against each reference file."""
        if self.closest.empty:
            return {}
        return {str(k): float(v) for k, v in self.closest.groupby("closest_file")["jaccard"].max().items()}


#: Checked notes compared per block, so memory stays at a block times the reference set.
BLOCK_ROWS = 2000


def find_near_copies(checked: pd.DataFrame, reference: pd.DataFrame | None = None,
                     threshold: float = DEFAULT_THRESHOLD) -> NearCopyReport:
    """Closest ``reference`` note for every ``checked`` note (both need ``id``, ``text``, ``file``).

    ``reference`` None compares ``checked`` with itself, skipping each note's own row.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    itself = reference is None
    reference = checked if itself else reference
    if checked.empty or (itself and len(checked) < 2) or reference.empty:
        return NearCopyReport(pd.DataFrame(columns=["id", "closest_id", "closest_file", "jaccard"]), threshold)
    vectorizer = CountVectorizer(binary=True, lowercase=True, token_pattern=WORD_PATTERN, dtype=np.float32)
    vectorizer.fit(pd.concat([checked["text"], reference["text"]]).tolist())
    A = vectorizer.transform(checked["text"].tolist()).tocsr()
    B = vectorizer.transform(reference["text"].tolist()).tocsr()
    size_a = np.asarray(A.sum(axis=1)).ravel()
    size_b = np.asarray(B.sum(axis=1)).ravel()
    best = np.zeros(len(checked), dtype=int)
    score = np.zeros(len(checked), dtype=float)
    for start in range(0, len(checked), BLOCK_ROWS):
        rows = slice(start, min(start + BLOCK_ROWS, len(checked)))
        shared = (A[rows] @ B.T).toarray()  # words in common, per pair
        union = size_a[rows, None] + size_b[None, :] - shared
        jaccard = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        if itself:
            own = np.arange(rows.start, rows.stop)
            jaccard[own - rows.start, own] = -1.0  # a note is never its own near-copy
        best[rows] = jaccard.argmax(axis=1)
        score[rows] = jaccard[np.arange(len(jaccard)), best[rows]]
    closest = pd.DataFrame({
        "id": checked["id"].to_numpy(),
        "closest_id": reference["id"].to_numpy()[best],
        "closest_file": reference["file"].to_numpy()[best],
        "jaccard": np.round(score, 4),
    })
    return NearCopyReport(closest, threshold)
