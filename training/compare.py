"""`triage compare`: champion and challenger on the same labelled notes.

Aggregate figures hide trade-offs (a challenger can fix ten notes and break
one threat), so besides the side-by-side table every note where the two
disagree is listed by id with both outputs and the gold flags. Ids only on
screen; the CSV carries no note text either, so it can travel with a change
request.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from model.artifacts import MANIFEST_FILE
from model.labels import LABELS, POLICE, REVIEW, THREAT_TO_LIFE
from model.predictor import Prediction, Predictor
from model.registry import Registry, RegistryError
from training.evaluate import evaluate
from training.metrics import format_side_by_side

DIFF_COLUMNS = ("id", "champion_recommendation", "champion_flags", "challenger_recommendation",
                "challenger_flags", "gold_flags", "champion_correct", "challenger_correct",
                "champion_missed_threat", "challenger_missed_threat")


def resolve_model_ref(ref: str, registry: Registry) -> Path:
    """A registry version, else an artifact directory; refuse anything else by name."""
    if registry.has(ref):
        return registry.path(ref)
    path = Path(ref)
    if (path / MANIFEST_FILE).is_file():
        return path
    raise RegistryError(f"{ref!r} is neither a version in the registry {registry.root} nor a model directory")


def flag_text(flags: dict[str, Any]) -> str:
    raised = [label for label in LABELS if flags.get(label)]
    return "+".join(raised) if raised else "-"


def _missed(gold: dict[str, int], prediction: Prediction) -> bool:
    return bool(gold[THREAT_TO_LIFE]) and prediction.recommendation not in (POLICE, REVIEW)


def note_differences(frame: pd.DataFrame, champion: list[Prediction], challenger: list[Prediction]) -> pd.DataFrame:
    """Notes where the recommendation or any combined flag differs."""
    rows = []
    for record, a, b in zip(frame.to_dict(orient="records"), champion, challenger):
        if a.recommendation == b.recommendation and a.flags == b.flags:
            continue
        gold = {label: int(record[label]) for label in LABELS}
        rows.append({
            "id": record["id"],
            "champion_recommendation": a.recommendation, "champion_flags": flag_text(a.flags),
            "challenger_recommendation": b.recommendation, "challenger_flags": flag_text(b.flags),
            "gold_flags": flag_text(gold),
            "champion_correct": all(int(a.flags[l]) == gold[l] for l in LABELS),
            "challenger_correct": all(int(b.flags[l]) == gold[l] for l in LABELS),
            "champion_missed_threat": _missed(gold, a), "challenger_missed_threat": _missed(gold, b),
        })
    return pd.DataFrame(rows, columns=list(DIFF_COLUMNS))


@dataclass
class Comparison:
    champion: dict[str, Any]
    challenger: dict[str, Any]
    differences: pd.DataFrame

    def side_by_side(self) -> str:
        return format_side_by_side({f"champion {self.champion['model_version']}": self.champion["systems"]["combined"],
                                    f"challenger {self.challenger['model_version']}":
                                        self.challenger["systems"]["combined"]})

    def summary(self, max_ids: int = 20) -> str:
        d = self.differences
        fixed = int((d["challenger_correct"] & ~d["champion_correct"]).sum())
        broken = int((d["champion_correct"] & ~d["challenger_correct"]).sum())
        newly_missed = d.loc[d["challenger_missed_threat"] & ~d["champion_missed_threat"], "id"].tolist()
        recovered = d.loc[d["champion_missed_threat"] & ~d["challenger_missed_threat"], "id"].tolist()
        lines = [f"{len(d)} of {self.champion['n']} notes differ: challenger right where champion wrong {fixed}, "
                 f"champion right where challenger wrong {broken}, other {len(d) - fixed - broken}"]
        for name, ids in (("threats missed by the challenger only", newly_missed),
                          ("threats missed by the champion only", recovered)):
            shown = ", ".join(map(str, ids[:max_ids])) + (" ..." if len(ids) > max_ids else "")
            lines.append(f"{name}: {len(ids)}" + (f" ({shown})" if ids else ""))
        return "\n".join(lines)


def compare_models(champion_dir: Path, challenger_dir: Path, frame: pd.DataFrame) -> Comparison:
    """Evaluate both artifacts (strictly loaded) on the same validated frame."""
    champion, challenger = (evaluate(Predictor.load(directory), frame) for directory in (champion_dir, challenger_dir))
    differences = note_differences(frame, champion["predictions"], challenger["predictions"])
    return Comparison(champion, challenger, differences)
