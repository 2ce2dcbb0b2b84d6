"""The safety rules: their own examples, context handling, offsets, escalation, validation."""
from __future__ import annotations

import re

import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from model.labels import CRIME, LABELS, POLICE, RECOMMENDATIONS, THREAT_TO_LIFE, WELFARE_ONLY
from model.rules import (RuleHit, RuleResult, RuleSet, RulesError, escalate, explain, run_examples)
from model.text import build_pipeline

PACKAGED = RuleSet.load()


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline(context=True)


@pytest.fixture(scope="session")
def rules(nlp):
    ruleset = RuleSet.load()
    ruleset.attach(nlp)
    return ruleset


def fired(rules, nlp, text: str) -> set[str]:
    return set(rules.apply(nlp(text)).fired_rule_ids)


# -- every rule's own examples, one test per example -------------------------------------------
def _examples(kind: str):
    for rule in PACKAGED.rules:
        texts = rule.fire_examples if kind == "fire" else rule.no_fire_examples
        for n, text in enumerate(texts):
            yield pytest.param(rule.id, text, id=f"{rule.id}-{n}")


@pytest.mark.parametrize("rule_id, text", list(_examples("fire")))
def test_rule_fires_on_its_examples(rules, nlp, rule_id, text):
    assert rule_id in fired(rules, nlp, text)


@pytest.mark.parametrize("rule_id, text", list(_examples("no_fire")))
def test_rule_stays_quiet_on_its_counter_examples(rules, nlp, rule_id, text):
    assert rule_id not in fired(rules, nlp, text)


def test_every_rule_has_three_examples_each_way():
    for rule in PACKAGED.rules:
        assert len(rule.fire_examples) >= 3, rule.id
        assert len(rule.no_fire_examples) >= 3, rule.id


def test_packaged_file_loads_with_check(nlp):
    ruleset = RuleSet.load(check=True, nlp=nlp)
    from model.rules import _read

    packaged, _ = _read(None)
    assert ruleset.version == packaged["version"]
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", ruleset.version)
    assert len(ruleset.rules) >= 30


def test_run_examples(rules, nlp):
    count, failures = run_examples(rules, nlp)
    assert count == PACKAGED.example_count() >= 6 * len(PACKAGED.rules)
    assert failures == []


def test_required_coverage():
    ids = set(PACKAGED.rule_ids)
    for needed in ("weapon_threatened", "stabbing_shooting", "not_breathing_unconscious", "ligature_hanging",
                   "height_with_intent", "railway_with_intent", "overdose_taken", "threat_to_kill_with_means",
                   "strangulation", "fire_people_at_risk", "drowning_water", "young_child_missing",
                   "child_left_alone_danger", "car_exhaust_gassing", "assault", "domestic_abuse", "burglary",
                   "theft", "robbery", "criminal_damage", "harassment_stalking", "breach_of_order",
                   "sexual_offence", "drink_drug_driving", "drug_supply", "weapon_possession_public",
                   "fraud", "threats_to_kill"):
        assert needed in ids
    for rule in PACKAGED.rules:
        assert set(rule.flags) <= {THREAT_TO_LIFE, CRIME}
        assert rule.severity in ("critical", "elevated")


# -- context ------------------------------------------------------------------------------
def test_terminator_ends_negation(rules, nlp):
    result = rules.apply(nlp("no weapons seen but he now has a knife to his throat"))
    assert "weapon_in_hand" in result.fired_rule_ids
    assert THREAT_TO_LIFE in result.raised_flags


@pytest.mark.parametrize("text, rule_id, context, trigger", [
    ("hx of OD, mum requests welfare check", "overdose_taken", "historical", "hx of"),
    ("denies taking an overdose", "overdose_taken", "negated", "denies"),
    ("if he gets a knife she will call 999", "weapon_in_hand", "hypothetical", "if"),
    ("mum worried son might stab someone one day", "stabbing_shooting", "hypothetical", "might"),
    ("previously stabbed in 2010, now anxious", "stabbing_shooting", "historical", "previously"),
    ("drunk at home not driving", "drink_drug_driving", "negated", "not"),
])
def test_suppressed_matches_are_reported(rules, nlp, text, rule_id, context, trigger):
    result = rules.apply(nlp(text))
    assert rule_id not in result.fired_rule_ids
    hit = next(h for h in result.suppressed if h.rule_id == rule_id)
    assert (hit.context, hit.trigger) == (context, trigger)
    reason = hit.to_reason()
    assert reason["kind"] == "suppressed" and reason["context"] == context and reason["trigger"] == trigger


@pytest.mark.parametrize("text, rule_id", [
    ("hx of OD but tonight has taken 40 paracetamol", "overdose_taken"),
    ("previously self-harmed, now has cut wrists deeply and bleeding heavily", "serious_bleeding_injury"),
    ("says he would never hurt anyone but is now holding a knife to his wrist", "weapon_in_hand"),
    ("she thinks he may have taken an overdose", "overdose_taken"),  # uncertain is not hypothetical
    ("threatened that if she leaves he will kill her", "threats_to_kill"),
])
def test_current_facts_fire_despite_context_words(rules, nlp, text, rule_id):
    assert rule_id in fired(rules, nlp, text)


def test_negation_named_by_the_rule_still_fires(rules, nlp):
    # "not" is part of the rule's own phrase, so its scope does not suppress the match
    assert "not_breathing_unconscious" in fired(rules, nlp, "pt not breathing, caller doing CPR")
    assert "theft" in fired(rules, nlp, "drove off without paying for fuel")


def test_anchor_needs_a_free_cue(rules, nlp):
    assert "height_with_intent" in fired(rules, nlp, "male on the bridge threatening to jump")
    assert "height_with_intent" not in fired(rules, nlp, "male on the bridge taking photos")
    result = rules.apply(nlp("on the bridge, denies any wish to jump"))
    assert "height_with_intent" not in result.fired_rule_ids
    assert any(h.rule_id == "height_with_intent" and h.context == "negated" for h in result.suppressed)


@pytest.mark.parametrize("text, rule_id", [
    ("pt is sucidal and on the bridge", "height_with_intent"),
    ("c/r states pt has taken an overdoes", "overdose_taken"),
    ("he has a nife", "weapon_in_hand"),
    ("IP stabed in the leg", "stabbing_shooting"),
    ("found unconcious in the park", "not_breathing_unconscious"),
    ("ligture round her neck", "ligature_hanging"),
    ("TTK made, he is outside with a knife", "threat_to_kill_with_means"),
    ("DV - partner punched her", "domestic_abuse"),
])
def test_misspellings_and_shorthand(rules, nlp, text, rule_id):
    assert rule_id in fired(rules, nlp, text)


@pytest.mark.parametrize("text", [
    "went for his flu shot and got lost",
    "complaining of stabbing pains in her chest",
    "fire alarm test at the flats, residents inside",
    "fire drill at school, pupils back inside",
    "my back is killing me says caller",
    "bought a new set of kitchen knives, parcel lost",
    "son used a knife to cut his food",
    "kids playing with a toy gun in the garden",
    "staff completed ligature checks on the ward",
    "she broke into tears on the phone",
    "dealing with his drug use, asks for support",
])
def test_harmless_uses_of_alarm_words(rules, nlp, text):
    assert fired(rules, nlp, text) == set()


# -- offsets and reasons --------------------------------------------------------------------
def test_offsets_point_at_matched_text(rules, nlp):
    texts = [t for rule in PACKAGED.rules for t in (*rule.fire_examples, *rule.no_fire_examples)]
    checked = 0
    for text, doc in zip(texts, nlp.pipe(texts)):
        result = rules.apply(doc)
        for hit in (*result.fired, *result.suppressed):
            assert text[hit.start:hit.end] == hit.text
            checked += 1
    assert checked > 200


def test_offsets_with_leading_whitespace_and_newlines(rules, nlp):
    text = "  Caller says:\n\nhe has taken 40 paracetamol   and a knife to his throat"
    result = rules.apply(nlp(text))
    assert {"overdose_taken", "weapon_in_hand"} <= result.fired_rule_ids
    for hit in result.fired:
        assert text[hit.start:hit.end] == hit.text


def test_reasons_fired_first(rules, nlp):
    result = rules.apply(nlp("hx of OD, tonight has taken 40 paracetamol"))
    reasons = result.reasons()
    kinds = [r["kind"] for r in reasons]
    assert kinds == sorted(kinds, key=lambda k: k != "rule") and kinds[0] == "rule"
    first = reasons[0]
    assert set(first) == {"kind", "rule_id", "flags", "severity", "description", "text", "start", "end"}
    assert first["flags"] == [THREAT_TO_LIFE] and isinstance(first["start"], int)


def test_result_of_plain_note_is_empty(rules, nlp):
    result = rules.apply(nlp("caller wants advice about parking"))
    assert result == RuleResult() and result.raised_flags == frozenset() and result.reasons() == []


def test_explain(rules, nlp):
    text = "no weapons seen but he now has a knife to his throat, hx of OD"
    out = explain(rules, nlp, text)
    assert text in out
    assert "weapon_in_hand" in out and "fired:" in out and "suppressed:" in out
    assert "negated" in out and "'no'" in out
    assert "raised flags: threat_to_life" in out


def test_explain_shows_excluded(rules, nlp):
    assert "excluded" in explain(rules, nlp, "complaining of stabbing pains in her chest")


# -- engine plumbing ------------------------------------------------------------------------
def test_doc_without_context_is_refused(rules):
    bare = build_pipeline(context=False)
    with pytest.raises((ValueError, RuntimeError)):
        rules.apply(bare("he has a knife"))


def test_doc_from_another_pipeline_is_refused(rules):
    other = build_pipeline(context=True)
    with pytest.raises(RuntimeError):
        rules.apply(other("he has a knife"))


def test_docs_made_before_attach_use_the_fallback_spotter():
    nlp = build_pipeline(context=True)
    texts = ["he has taken 40 paracetamol", "male on the bridge threatening to jump", "TTK, he has a gun"]
    early = list(nlp.pipe(texts))
    ruleset = RuleSet.load()
    ruleset.attach(nlp)
    late = list(nlp.pipe(texts))
    assert [ruleset.apply(d).fired_rule_ids for d in early] == [ruleset.apply(d).fired_rule_ids for d in late]
    assert all(ruleset.apply(d).fired for d in early)


def test_two_rulesets_on_one_pipeline(nlp, rules, tmp_path: Path):
    path = write_rules(tmp_path, [minimal_rule("ferret_alert", ["ferret"], ["a ferret bit me", "ferret loose"],
                                               ["no ferrets here", "a cat bit me"])])
    other = RuleSet.load(path)
    other.attach(nlp)
    doc = nlp("a ferret has a knife to his throat")
    assert other.apply(doc).fired_rule_ids == {"ferret_alert"}
    assert "weapon_in_hand" in rules.apply(doc).fired_rule_ids


# -- escalate ---------------------------------------------------------------------------------
def hit(*flags: str) -> RuleHit:
    return RuleHit("r", tuple(flags), "critical", "d", "knife", 0, 5)


RESULTS = st.sampled_from([
    RuleResult(),
    RuleResult(fired=(hit(THREAT_TO_LIFE),)),
    RuleResult(fired=(hit(CRIME),)),
    RuleResult(fired=(hit(THREAT_TO_LIFE, CRIME),)),
    RuleResult(suppressed=(RuleHit("r", (CRIME,), "elevated", "d", "x", 0, 1, "negated", "no"),)),
])


@given(flags=st.fixed_dictionaries({label: st.booleans() for label in LABELS}),
       recommendation=st.sampled_from(RECOMMENDATIONS), result=RESULTS)
def test_escalate_never_lowers_a_police_flag(flags, recommendation, result):
    out, rec = escalate(dict(flags), recommendation, result)
    for label in (THREAT_TO_LIFE, CRIME):
        assert out[label] >= flags[label]
        assert out[label] == (flags[label] or label in result.raised_flags)
    if result.fired:
        assert out[WELFARE_ONLY] is False and rec == POLICE
    else:
        assert (out, rec) == (flags, recommendation)


def test_escalate_clears_welfare_and_sends_to_police():
    flags = {THREAT_TO_LIFE: False, CRIME: False, WELFARE_ONLY: True}
    out, rec = escalate(flags, "partner", RuleResult(fired=(hit(THREAT_TO_LIFE),)))
    assert out == {THREAT_TO_LIFE: True, CRIME: False, WELFARE_ONLY: False} and rec == POLICE
    assert flags[WELFARE_ONLY] is True  # the input is not mutated


def test_escalate_without_fired_rules_is_identity():
    flags = {THREAT_TO_LIFE: False, CRIME: False, WELFARE_ONLY: True}
    suppressed = RuleResult(suppressed=(RuleHit("r", (CRIME,), "elevated", "d", "x", 0, 1, "negated", "no"),))
    assert escalate(flags, "partner", suppressed) == (flags, "partner")


# -- validation -------------------------------------------------------------------------------
def minimal_rule(rule_id: str, phrases: list[str], fire: list[str], no_fire: list[str], **extra) -> dict:
    return {"id": rule_id, "description": "test rule", "flags": ["crime"], "severity": "elevated",
            "phrases": phrases, "examples": {"fire": fire, "no_fire": no_fire}, **extra}


def write_rules(tmp_path: Path, rules: list[dict], version: str = "test.1") -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"version": version, "rules": rules}, sort_keys=False))
    return path


GOOD = minimal_rule("ferret_alert", ["ferret"], ["a ferret bit me", "ferret loose"], ["no ferrets here", "a cat"])


def test_minimal_file_loads(tmp_path: Path, nlp):
    ruleset = RuleSet.load(write_rules(tmp_path, [GOOD]), check=True, nlp=nlp)
    assert ruleset.rule_ids == ["ferret_alert"] and ruleset.version == "test.1"


def test_yaml_syntax_error_has_line(tmp_path: Path):
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent("""\
        version: "1"
        rules:
          - id: broken
            phrases: [knife
            flags: [crime]
        """))
    with pytest.raises(RulesError, match=r"rules\.yaml.*line \d+.*YAML syntax error"):
        RuleSet.load(path)


@pytest.mark.parametrize("field, value, message", [
    ("description", None, "description"),
    ("flags", ["welfare_only"], "flags"),
    ("flags", [], "flags"),
    ("severity", "urgent", "severity"),
    ("id", "Not Snake", "id"),
    ("phrases", None, "phrases"),
    ("phrases", ["bad (phrase"], "phrases"),
    ("phrases", ["$nowhere"], "unknown lexicon"),
    ("phrases", ["..."], "phrases"),
    ("phrases", ["#num|knife"], "stand alone"),
    ("patrons", ["x"], "unknown field"),
    ("patterns", [[{"LEMMA": "knife", "OP": "sometimes"}]], "patterns"),
    ("patterns", [[{"LEMMAX": "knife"}]], "patterns"),
    ("near", {"window": 5, "anchors": ["bridge"]}, "near"),
    ("near", {"window": -1, "anchors": ["bridge"], "cues": ["jump"]}, "near.window"),
])
def test_schema_errors_name_file_rule_and_field(tmp_path: Path, field, value, message):
    rule = dict(GOOD)
    if value is None:
        rule.pop(field)
    else:
        rule[field] = value
    with pytest.raises(RulesError, match=message) as err:
        RuleSet.load(write_rules(tmp_path, [rule]))
    assert "rules.yaml" in str(err.value)
    if field != "id":
        assert "ferret_alert" in str(err.value)


def test_missing_version(tmp_path: Path):
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"rules": [GOOD]}))
    with pytest.raises(RulesError, match="version"):
        RuleSet.load(path)


def test_duplicate_ids(tmp_path: Path):
    with pytest.raises(RulesError, match="duplicate"):
        RuleSet.load(write_rules(tmp_path, [GOOD, GOOD]))


@pytest.mark.parametrize("kind", ["fire", "no_fire"])
def test_too_few_examples(tmp_path: Path, kind):
    rule = dict(GOOD, examples={"fire": ["a ferret"], "no_fire": ["a cat", "a dog"]})
    if kind == "no_fire":
        rule["examples"] = {"fire": ["a ferret", "ferret!"], "no_fire": ["a cat"]}
    with pytest.raises(RulesError, match=f"ferret_alert.*examples.{kind}.*at least 2"):
        RuleSet.load(write_rules(tmp_path, [rule]))


def test_examples_missing(tmp_path: Path):
    rule = {k: v for k, v in GOOD.items() if k != "examples"}
    with pytest.raises(RulesError, match="examples"):
        RuleSet.load(write_rules(tmp_path, [rule]))


def test_rule_breaking_its_examples_is_refused(tmp_path: Path, nlp):
    broken = minimal_rule("weasel_alert", ["weasel"], ["a weasel bit me", "a stoat bit me"],
                          ["no weasels here", "a weasel is loose"])
    path = write_rules(tmp_path, [GOOD, broken])
    RuleSet.load(path)  # schema is fine
    with pytest.raises(RulesError, match="weasel_alert") as err:
        RuleSet.load(path, check=True, nlp=nlp)
    assert "ferret_alert" not in str(err.value).split("(")[0]


def test_word_that_is_two_tokens_is_refused_at_attach(tmp_path: Path, nlp):
    rule = minimal_rule("contraction", ["can't breathe"], ["I can't breathe", "can't breathe"],
                        ["breathing fine", "ok"])
    ruleset = RuleSet.load(write_rules(tmp_path, [rule]))
    with pytest.raises(RulesError, match="contraction.*phrases.*one token"):
        ruleset.attach(nlp)


def test_phrase_syntax_features(tmp_path: Path, nlp):
    rule = minimal_rule(
        "syntax_demo",
        ["$animal ...2 ~bit (the|a) postman", "~bit #num people", "threat to kill"],
        ["the ferret bit the postman", "our big grey stoat bit a postman", "it bit 3 people", "TTK made"],
        ["the ferret bites the postman", "the ferret, bit the postman", "it bit some people",
         "threat to kilt"],
    )
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"version": "x", "lexicon": {"animal": ["ferret", "stoat"]},
                                    "rules": [rule]}))
    ruleset = RuleSet.load(path, check=True, nlp=nlp)
    assert ruleset.lexicon == {"animal": ["ferret", "stoat"]}


def test_raw_patterns_with_regex(tmp_path: Path, nlp):
    rule = minimal_rule("big_number", [], ["took 40 tablets", "took 12 pills"], ["took 2 tablets", "40 cats"],
                        patterns=[[{"LEMMA": "take"}, {"LOWER": {"REGEX": "^[1-9][0-9]+$"}},
                                   {"LEMMA": {"IN": ["tablet", "pill"]}}]])
    rule.pop("phrases")
    RuleSet.load(write_rules(tmp_path, [rule]), check=True, nlp=nlp)


# -- resolution cues: the newest fact wins --------------------------------------------
def test_a_hit_followed_by_a_resolution_cue_is_suppressed_as_resolved(nlp, rules):
    text = "11:05 male on wrong side of the bridge railings. 11:18 he has climbed back over, sat with c/r"
    result = rules.apply(nlp(text))
    assert not result.fired
    resolved = [h for h in result.suppressed if h.context == "resolved"]
    assert resolved and resolved[0].trigger == "climbed back over"
    assert text[resolved[0].start:resolved[0].end] == resolved[0].text


def test_a_new_danger_after_the_resolution_cue_still_fires(nlp, rules):
    text = ("male on wrong side of the bridge railings, talked down by c/r. "
            "10 mins later he has stabbed his brother with a kitchen knife")
    result = rules.apply(nlp(text))
    assert "threat_to_life" in result.raised_flags
    assert any(h.context == "resolved" for h in result.suppressed)


def test_words_inside_the_resolution_cue_are_part_of_it_not_a_new_fact(nlp, rules):
    """"now off the bridge" resolves the ledge; its own "off the bridge" must not re-fire."""
    text = "found sat on the edge of the multi-storey this morning, now off the bridge with his dad"
    result = rules.apply(nlp(text))
    assert not result.fired
    assert {h.trigger for h in result.suppressed if h.context == "resolved"} == {"now off the bridge"}
    # The same words before a later danger are no cue at all: the danger fires.
    later = rules.apply(nlp("now off the bridge with his dad, but says he will jump off the multi-storey tonight"))
    assert "threat_to_life" in later.raised_flags


@pytest.mark.parametrize("text, fires", [
    ("136 pt earlier said on the bridge he wanted to die. Now assessed, calm, officers free to go.", False),
    ("officers free to go. Update: pt now on the bridge saying he will jump", True),
    ("man sat on a bench at the station, seems low, nowhere near the platform edge", False),
    ("man on the platform edge saying he will jump in front of the train", True),
])
def test_police_stood_down_and_nowhere_near_do_not_raise_old_facts(nlp, rules, text, fires):
    assert ("threat_to_life" in rules.apply(nlp(text)).raised_flags) is fires


def _packaged_with_resolutions(tmp_path: Path, resolutions) -> Path:
    from model.rules import _read

    data, _ = _read(None)  # the packaged rules file, parsed
    data["resolutions"] = resolutions
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.mark.parametrize("resolutions, field", [
    ("found safe", "'resolutions'"),
    (["found safe", ""], r"'resolutions\[1\]'"),
    ([{"rules": ["theft"]}], r"'resolutions\[0\]'"),
    ([{"rules": ["no_such_rule"], "phrases": ["nothing missing"]}], r"'resolutions\[0\].rules'.*no_such_rule"),
    ([{"rules": [], "phrases": ["nothing missing"]}], r"'resolutions\[0\].rules'"),
    ([{"rules": ["theft"], "phrases": []}], r"'resolutions\[0\].phrases'"),
])
def test_bad_resolutions_are_refused_naming_the_entry(tmp_path, resolutions, field):
    with pytest.raises(RulesError, match=field):
        RuleSet.load(_packaged_with_resolutions(tmp_path, resolutions))


def test_a_scoped_resolution_settles_only_the_rules_it_names(tmp_path, nlp):
    """"nothing's missing" settles a confused person's theft report, never a stabbing or a break-in."""
    ruleset = RuleSet.load(_packaged_with_resolutions(
        tmp_path, ["found safe", {"rules": ["theft"], "phrases": ["nothing's missing"]}]))
    ruleset.attach(nlp)
    settled = ruleset.apply(nlp("mum says the carer stole her purse, son has checked, nothing's missing"))
    assert not settled.fired
    assert [(h.rule_id, h.trigger) for h in settled.suppressed if h.context == "resolved"] == [
        ("theft", "nothing's missing")]
    for text, rule_id in [("back door forced overnight, nothing's missing", "burglary"),
                          ("man stabbed outside the shop, nothing's missing from the till", "stabbing_shooting")]:
        assert rule_id in ruleset.apply(nlp(text)).fired_rule_ids, text
    # A plain phrase still settles any rule.
    assert not ruleset.apply(nlp("3yo missing from the park, mum frantic. 14:20 found safe")).fired


@pytest.mark.parametrize("text, fires", [
    ("crew on scene with a man who took an overdose, they're treating him, he's going in with them", False),
    ("man stabbed in the chest outside the pub, crew are treating him now", True),
    ("she has taken 30 paracetamol, crew are treating her", False),
])
def test_paramedics_treating_settles_medical_emergencies_not_violence(nlp, rules, text, fires):
    assert ("threat_to_life" in rules.apply(nlp(text)).raised_flags) is fires
