"""`triage promote`: the gate in front of the registry's live pointer.

The champion (the live version, if any) and the challenger are evaluated on
the gold set with the rules, as the service would run them. A challenger that
misses a larger share of threats to life than the champion is refused: that
is the error the labelling guide ranks worst. ``--force`` overrides the
refusal, and the history line then says ``forced: true`` with the reason, so
a later review can see that a person accepted the risk and why.

A challenger trained on the gold file itself (same SHA-256 among its
training files) is always refused: its gold figures would be meaningless.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from model.artifacts import ArtifactError, sha256_file
from model.predictor import Predictor
from model.registry import Promotion, Registry, RegistryError, utc_now
from training.evaluate import evaluate


def gold_figures(result: dict[str, Any], gold_path: Path, gold_sha256: str) -> dict[str, Any]:
    """The combined-system figures kept in the registry and the history."""
    combined = result["systems"]["combined"]
    return {"data": str(gold_path), "data_sha256": gold_sha256, "n": result["n"],
            "evaluated_at": utc_now().isoformat(timespec="seconds"),
            "rules_version": result["rules_version"],
            "missed_threat_rate": combined["missed_threat_rate"], "missed_threats": combined["missed_threats"],
            "threat_notes": combined["threat_notes"],
            "welfare_referral_recall": combined["welfare_referral_recall"]}


@dataclass
class GateDecision:
    champion: str | None
    challenger: str
    champion_result: dict[str, Any] | None
    challenger_result: dict[str, Any]
    allowed: bool
    reason: str


def judge(champion: str | None, challenger: str, champion_result: dict[str, Any] | None,
          challenger_result: dict[str, Any]) -> GateDecision:
    """Allow unless the challenger's missed-threat rate is higher (or cannot be judged)."""
    new = challenger_result["systems"]["combined"]
    if champion is None:
        return GateDecision(None, challenger, None, challenger_result, True, "no live version: first promotion")
    if champion_result is None:
        return GateDecision(champion, challenger, None, challenger_result, False,
                            f"the live version {champion} could not be evaluated")
    old = champion_result["systems"]["combined"]
    if new["missed_threat_rate"] is None or old["missed_threat_rate"] is None:
        return GateDecision(champion, challenger, champion_result, challenger_result, False,
                            "the gold set has no threat_to_life notes: missed threats cannot be judged")
    if new["missed_threat_rate"] > old["missed_threat_rate"]:
        return GateDecision(champion, challenger, champion_result, challenger_result, False,
                            f"challenger misses more threats to life on the gold set: "
                            f"{new['missed_threats']}/{new['threat_notes']} against the champion's "
                            f"{old['missed_threats']}/{old['threat_notes']}")
    return GateDecision(champion, challenger, champion_result, challenger_result, True,
                        f"missed threats {new['missed_threats']}/{new['threat_notes']} "
                        f"(champion {old['missed_threats']}/{old['threat_notes']})")


def trained_on(manifest: dict[str, Any], sha256: str) -> bool:
    return any(f.get("sha256") == sha256 for f in manifest.get("training_files", []))


def evaluate_gate(registry: Registry, version: str, gold: pd.DataFrame, gold_path: Path) -> GateDecision:
    """Evaluate champion and challenger on gold; record their figures in the registry."""
    challenger_dir = registry.path(version)
    gold_sha = sha256_file(gold_path)
    if trained_on(registry.manifest(version), gold_sha):
        raise RegistryError(f"{version} was trained on {gold_path} (same SHA-256): the gold set is for "
                            f"evaluation only; retrain without it")
    champion = registry.current()
    challenger_result = evaluate(Predictor.load(challenger_dir), gold)
    registry.record_evaluation(version, gold_figures(challenger_result, gold_path, gold_sha))
    champion_result = None
    if champion is not None:
        try:
            champion_result = evaluate(Predictor.load(registry.path(champion)), gold)
            registry.record_evaluation(champion, gold_figures(champion_result, gold_path, gold_sha))
        except (ArtifactError, RegistryError):
            champion_result = None  # judge() refuses; --force can still replace a broken live model
    return judge(champion, version, champion_result, challenger_result)


def apply_decision(registry: Registry, decision: GateDecision, by: str, why: str, force: bool,
                   gold_path: Path) -> Promotion | None:
    """Move the pointer if allowed, or if refused and forced; None when refused."""
    if not decision.allowed and not force:
        return None
    details: dict[str, Any] = {"gate": decision.reason, "gold": str(gold_path)}
    for role, result in (("champion", decision.champion_result), ("challenger", decision.challenger_result)):
        if result is not None:
            combined = result["systems"]["combined"]
            details[role] = {"missed_threat_rate": combined["missed_threat_rate"],
                             "welfare_referral_recall": combined["welfare_referral_recall"]}
    return registry.promote(decision.challenger, by=by, why=why, forced=not decision.allowed,
                            expected_current=decision.champion, details=details)
