"""From calibrated probabilities to flags and a recommendation.

The policy is data (thresholds and a review band, stored in the manifest);
this module only applies it. Threshold *tuning* lives in ``training``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from model.labels import CRIME, LABELS, NONE, PARTNER, POLICE, REVIEW, THREAT_TO_LIFE, WELFARE_ONLY


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class DecisionPolicy:
    """Per-label thresholds plus an uncertainty band for the `review` outcome.

    ``review_band`` is a distance in log-odds: a probability whose log-odds
    lie within the band *below* a police flag's threshold (or on either side of
    the welfare threshold) is too close to call, so a person decides. Working
    in log-odds keeps the band meaningful for very low thresholds, which the
    threat_to_life recall target tends to produce.
    """

    thresholds: dict[str, float] = field(default_factory=lambda: {label: 0.5 for label in LABELS})
    review_band: float = 0.75

    def __post_init__(self) -> None:
        missing = [label for label in LABELS if label not in self.thresholds]
        if missing:
            raise ValueError(f"thresholds missing for {', '.join(missing)}")
        if self.review_band < 0:
            raise ValueError("review_band must be >= 0")

    def flags(self, probabilities: dict[str, float]) -> dict[str, bool]:
        raw = {label: probabilities[label] >= self.thresholds[label] for label in LABELS}
        if raw[THREAT_TO_LIFE] or raw[CRIME]:
            raw[WELFARE_ONLY] = False  # welfare-only is never output with another flag
        return raw

    def _near(self, label: str, p: float, below_only: bool) -> bool:
        distance = logit(p) - logit(self.thresholds[label])
        if below_only:
            return -self.review_band <= distance < 0
        return abs(distance) <= self.review_band

    def decide(self, probabilities: dict[str, float]) -> tuple[dict[str, bool], str]:
        """Flags and recommendation for one note's probabilities."""
        flags = self.flags(probabilities)
        if flags[THREAT_TO_LIFE] or flags[CRIME]:
            return flags, POLICE
        if any(self._near(label, probabilities[label], below_only=True) for label in (THREAT_TO_LIFE, CRIME)):
            return flags, REVIEW
        if self._near(WELFARE_ONLY, probabilities[WELFARE_ONLY], below_only=False) and not flags[WELFARE_ONLY]:
            return flags, REVIEW
        return flags, PARTNER if flags[WELFARE_ONLY] else NONE

    def to_dict(self) -> dict:
        return {"thresholds": dict(self.thresholds), "review_band": self.review_band}

    @classmethod
    def from_dict(cls, data: dict) -> "DecisionPolicy":
        return cls(thresholds={k: float(v) for k, v in data["thresholds"].items()},
                   review_band=float(data.get("review_band", 0.75)))


def recommendation_from_flags(flags: dict[str, bool]) -> str:
    """The recommendation implied by final flags alone (no uncertainty known)."""
    if flags.get(THREAT_TO_LIFE) or flags.get(CRIME):
        return POLICE
    return PARTNER if flags.get(WELFARE_ONLY) else NONE
