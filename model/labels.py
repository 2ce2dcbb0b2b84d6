"""The label set and recommendation vocabulary, shared by every layer.

Kept in one tiny module so that the data contract, the model, the rules and
the service cannot drift apart on a spelling.
"""
from __future__ import annotations

from typing import Final

THREAT_TO_LIFE: Final = "threat_to_life"
CRIME: Final = "crime"
WELFARE_ONLY: Final = "welfare_only"

#: The three flags, in the order used by every matrix in the project.
LABELS: Final[tuple[str, str, str]] = (THREAT_TO_LIFE, CRIME, WELFARE_ONLY)

#: Flags that mean police have a duty (RCRP): either one sends the call to police.
POLICE_FLAGS: Final[tuple[str, str]] = (THREAT_TO_LIFE, CRIME)

POLICE: Final = "police"
PARTNER: Final = "partner"
NONE: Final = "none"
REVIEW: Final = "review"
RECOMMENDATIONS: Final[tuple[str, ...]] = (POLICE, PARTNER, NONE, REVIEW)

PHASES: Final[tuple[str, ...]] = (
    "welfare_check",
    "walk_out",
    "conveyance",
    "s136_handover",
    "other",
)

#: Version of the labelling policy (data/LABELLING_POLICY.md) the labels follow.
LABEL_POLICY_VERSION: Final = "rcrp-2023.1"
