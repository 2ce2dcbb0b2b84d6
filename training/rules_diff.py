"""What a change to the rules file does on labelled notes: flags gained and lost, true or not.

`triage rules diff --old OLD.yaml [--rules NEW.yaml] --data PATH...` answers the
question a rule author must before shipping: which true threats does the new
file stop catching, and how many false alarms does it add or remove? Output
names note ids and rule flags only, never note text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from model.rules import RuleSet
from model.text import build_pipeline

#: The flags rules can raise.
RULE_FLAGS = ("threat_to_life", "crime")
#: One bucket per kind of change, worst first.
LOST_TRUE, GAINED_FALSE, GAINED_TRUE, LOST_FALSE = ("no longer raised, true", "now raised, not true",
                                                    "now raised, true", "no longer raised, not true")


@dataclass
class RulesDiff:
    old_version: str
    new_version: str
    notes: int
    #: flag -> bucket -> note ids
    changes: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def format(self, max_ids: int = 20) -> str:
        lines = [f"rules {self.old_version} -> {self.new_version} on {self.notes} labelled notes"]
        for flag in RULE_FLAGS:
            for bucket in (LOST_TRUE, GAINED_FALSE, GAINED_TRUE, LOST_FALSE):
                ids = self.changes[flag][bucket]
                shown = ", ".join(ids[:max_ids]) + (f", … (+{len(ids) - max_ids})" if len(ids) > max_ids else "")
                lines.append(f"  {flag:<15} {bucket:<27} {len(ids):>5}" + (f"  {shown}" if ids else ""))
        return "\n".join(lines)


def raised_flags(rules: RuleSet, texts: list[str]) -> list[frozenset[str]]:
    """The flags the rules raise on each text (a pipeline of its own per rule set)."""
    nlp = build_pipeline(context=True)
    rules.attach(nlp)
    return [frozenset(rules.apply(doc).raised_flags) for doc in nlp.pipe(texts, batch_size=256)]


def diff_rules(old: RuleSet, new: RuleSet, frame: pd.DataFrame) -> RulesDiff:
    """Per rule flag, the notes whose raised flag changed, split by whether the label holds it."""
    texts = frame["text"].tolist()
    before, after = raised_flags(old, texts), raised_flags(new, texts)
    result = RulesDiff(old.version, new.version, len(frame),
                       {flag: {b: [] for b in (LOST_TRUE, GAINED_FALSE, GAINED_TRUE, LOST_FALSE)}
                        for flag in RULE_FLAGS})
    for note_id, labels, was, now in zip(frame["id"].astype(str), frame[list(RULE_FLAGS)].to_dict("records"),
                                         before, after):
        for flag in RULE_FLAGS:
            if (flag in was) == (flag in now):
                continue
            true = int(labels[flag]) == 1
            bucket = (GAINED_TRUE if true else GAINED_FALSE) if flag in now else (LOST_TRUE if true else LOST_FALSE)
            result.changes[flag][bucket].append(note_id)
    return result
