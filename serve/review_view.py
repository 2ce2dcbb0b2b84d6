"""What the item page shows, prepared in Python so the templates stay logic-free.

The note is cut into segments at the rule matches' character offsets; the
template prints each segment escaped, wrapping matched ones in ``<mark>``.
Nothing here builds HTML, so nothing here can inject it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model.labels import LABELS


@dataclass(frozen=True)
class Segment:
    """A run of the note; ``kind`` is None, ``rule`` (fired) or ``suppressed``; ``title`` names the rules."""

    text: str
    kind: str | None = None
    title: str = ""


def _spans(text: str, reasons: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    spans = []
    for reason in reasons:
        if reason.get("kind") not in ("rule", "suppressed"):
            continue
        start, end = reason.get("start"), reason.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            continue  # offsets that do not fit this text are listed, not highlighted
        label = str(reason.get("rule_id", "rule"))
        if reason["kind"] == "suppressed":
            label += f" (suppressed: {reason.get('context', 'context')})"
        spans.append((start, end, str(reason["kind"]), label))
    return spans


def highlight(text: str, reasons: list[dict[str, Any]]) -> list[Segment]:
    """``text`` split at every match boundary; a stretch covered by a fired rule is ``rule``
    (which outranks ``suppressed``), and its title lists every match covering it."""
    spans = _spans(text, reasons)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    segments: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(kind, label) for s, e, kind, label in spans if s <= start and end <= e]
        kinds = {kind for kind, _ in covering}
        kind = "rule" if "rule" in kinds else ("suppressed" if kinds else None)
        segments.append(Segment(text[start:end], kind, "; ".join(dict.fromkeys(label for _, label in covering))))
    return segments


@dataclass(frozen=True)
class Explanation:
    """The stored reasons of a prediction, sorted by kind for the page."""

    rules: list[dict[str, Any]]
    suppressed: list[dict[str, Any]]
    model: list[dict[str, Any]]


def explain(reasons: list[dict[str, Any]] | None) -> Explanation:
    reasons = reasons or []
    return Explanation(rules=[r for r in reasons if r.get("kind") == "rule"],
                       suppressed=[r for r in reasons if r.get("kind") == "suppressed"],
                       model=[r for r in reasons if r.get("kind") == "model"])


def flag_rows(flags: dict[str, bool], probabilities: dict[str, float] | None,
              model_flags: dict[str, bool] | None, rule_flags: list[str] | None) -> list[dict[str, Any]]:
    """One row per flag: the suggestion, the probability, what the model and the rules said."""
    rows = []
    for flag in LABELS:
        probability = probabilities.get(flag) if isinstance(probabilities, dict) else None
        model = model_flags.get(flag) if isinstance(model_flags, dict) else None
        rows.append({"flag": flag, "suggested": bool(flags.get(flag)),
                     "probability": None if probability is None else f"{probability:.2f}",
                     "model": model, "rules": flag in (rule_flags or [])})
    return rows
