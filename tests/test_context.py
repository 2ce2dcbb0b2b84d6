"""The triage_context component: negation, history, hypotheticals and their scopes."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from spacy.tokens import Doc, Token

import model.context as context
from model.context import ContextConfigError, TriageContext, expand_phrase, load_config
from model.text import TextProcessor, build_pipeline


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline(context=True)


def marks(nlp, text: str) -> dict[str, str | None]:
    """word -> context value (first occurrence of each word)."""
    out: dict[str, str | None] = {}
    for token in nlp(text):
        out.setdefault(token.lower_, token._.context)
    return out


# -- extensions -----------------------------------------------------------------------
def test_extensions_registered_and_reregistering_is_safe():
    context.register_extensions()
    context.register_extensions()
    assert Token.has_extension("context") and Token.has_extension("context_trigger")
    assert Doc.has_extension("context_scopes")
    assert Token.get_extension("context")[0] is None  # default=None


def test_plain_note_has_no_context(nlp):
    doc = nlp("male shouting in the street, caller wants advice")
    assert all(t._.context is None and t._.context_trigger is None for t in doc)
    assert doc._.context_scopes == ()


def test_pipeline_has_component(nlp):
    assert nlp.pipe_names[-1] == "triage_context"


# -- negation -------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("no weapons seen", "weapons"),
    ("denies thoughts of suicide", "suicide"),
    ("denied any injuries", "injuries"),
    ("never been violent", "violent"),
    ("nil injuries", "injuries"),
    ("left without shoes", "shoes"),
    ("no sign of forced entry", "forced"),
    ("no evidence of assault", "assault"),
    ("negative for head injury", "injury"),
    ("not believed to have any weapons", "weapons"),
    ("nothing to suggest theft", "theft"),
    ("no longer suicidal", "suicidal"),
    ("he hasn't taken anything", "taken"),
    ("weapons: none", "weapons"),
])
def test_negation(nlp, text, word):
    assert marks(nlp, text)[word] == "negated"


def test_trigger_text_recorded(nlp):
    doc = nlp("pt denies any thoughts of suicide")
    suicide = [t for t in doc if t.lower_ == "suicide"][0]
    assert suicide._.context_trigger == "denies"
    scope = doc._.context_scopes[0]
    assert (scope.category, scope.trigger, scope.direction) == ("negated", "denies", "forward")
    assert doc[scope.trigger_start:scope.trigger_end].text == "denies"
    assert scope.covers(suicide.i)


@pytest.mark.parametrize("text, word", [
    ("not only drunk but violent", "drunk"),
    ("no doubt he has a knife", "knife"),
    ("pt not breathing", "breathing"),
    ("no pulse and not responsive", "pulse"),
    ("bleeding will not stop", "stop"),
    ("he no longer denies hitting her", "hitting"),
    ("whether or not he took them", "took"),
    ("flat no 12 has a fire", "fire"),
    ("mum can't find her 3yo", "3yo"),
])
def test_pseudo_triggers_do_not_negate(nlp, text, word):
    assert marks(nlp, text)[word] is None


# -- terminators and breaks -------------------------------------------------------------
def test_but_ends_negation(nlp):
    m = marks(nlp, "no weapons seen but he now has a knife to his throat")
    assert m["weapons"] == "negated"
    assert m["knife"] is None and m["throat"] is None


@pytest.mark.parametrize("text", [
    "no injuries. stabbed in the arm",
    "no injuries; stabbed in the arm",
    "no injuries, stabbed in the arm",
    "no injuries - stabbed in the arm",
    "no injuries\nstabbed in the arm",
    "no injuries however stabbed in the arm",
    "no injuries although stabbed in the arm",
    "no injuries update stabbed in the arm",
    "no injuries today stabbed in the arm",
])
def test_breaks_and_terminators_end_scope(nlp, text):
    m = marks(nlp, text)
    assert m["injuries"] == "negated"
    assert m["stabbed"] is None


def test_unspaced_dash_is_not_a_break(nlp):
    assert marks(nlp, "has not taken 10-15 tablets")["tablets"] == "negated"


def test_scope_is_limited(nlp):
    m = marks(nlp, "no one around the house at all when he stabbed her")  # "no" covers 5 tokens
    assert m["house"] == "negated"
    assert m["stabbed"] is None


# -- history ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("hx of OD", "od"),
    ("history of self harm", "harm"),
    ("previous overdose in 2019", "overdose"),
    ("previously self-harmed", "harmed"),
    ("self-harmed previously", "harmed"),
    ("used to cut her arms", "cut"),
    ("known to carry knives", "knives"),
    ("took an overdose years ago", "overdose"),
    ("in the past he has taken tablets", "taken"),
    ("back in 2015 he was stabbed", "stabbed"),
    ("prior overdoses", "overdoses"),
])
def test_history(nlp, text, word):
    assert marks(nlp, text)[word] == "historical"


def test_now_statement_is_current(nlp):
    m = marks(nlp, "previously self-harmed, now has cut wrists deeply")
    assert m["harmed"] == "historical"
    assert m["cut"] is None and m["wrists"] is None


def test_history_then_tonight(nlp):
    m = marks(nlp, "hx of OD tonight has taken 40 paracetamol")
    assert m["od"] == "historical"
    assert m["taken"] is None and m["paracetamol"] is None


@pytest.mark.parametrize("text, word", [
    ("knife was used to stab him", "stab"),
    ("he's back in the house with a knife", "knife"),
    ("prior to police arrival he stabbed him", "stabbed"),
])
def test_history_pseudo_triggers(nlp, text, word):
    assert marks(nlp, text)[word] is None


@pytest.mark.parametrize("text, word", [
    ("fire now out", "fire"),
    ("3yo missing from the park, since found safe and well", "missing"),
    ("child missing but found safe", "missing"),
    ("bins alight, put out by neighbour", "alight"),
])
def test_past_finished_events_are_historical(nlp, text, word):
    assert marks(nlp, text)[word] == "historical"


def test_past_finished_is_short_and_backward(nlp):
    m = marks(nlp, "man stabbed in the street earlier tonight and the car fire now out")
    assert m["stabbed"] is None
    assert m["fire"] == "historical"


def test_safe_and_well_check_is_jargon(nlp):
    m = marks(nlp, "threatened her with a knife requests safe and well check")
    assert m["knife"] is None


# -- hypothetical -------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("if he comes back she will call again", "comes"),
    ("in case he returns", "returns"),
    ("unless he takes his meds", "takes"),
    ("worried he will harm himself", "harm"),
    ("concerned she might jump", "jump"),
    ("he might take an overdose", "overdose"),
    ("he could get a knife", "knife"),
    ("she may come back", "come"),
    ("should he return call 999", "return"),
    ("at risk of overdose", "overdose"),
])
def test_hypothetical(nlp, text, word):
    assert marks(nlp, text)[word] == "hypothetical"


@pytest.mark.parametrize("text, word", [
    ("On 3 May he stabbed his brother", "stabbed"),  # the month, not the modal
    ("he may have taken an overdose", "overdose"),  # uncertain, not hypothetical
    ("not sure if he has taken tablets", "tablets"),
    ("could see he had been stabbed", "stabbed"),
    ("said he would kill her", "kill"),
    ("threatened that if she leaves he will kill her", "kill"),
])
def test_not_hypothetical(nlp, text, word):
    assert marks(nlp, text)[word] is None


def test_never_after_would(nlp):
    m = marks(nlp, "states he would never hurt anyone")
    assert m["hurt"] == "negated"


def test_nearest_trigger_wins():
    nlp = build_pipeline(context=True)
    doc = nlp("hx of SH no weapons")
    m = {t.lower_: t._.context for t in doc}
    assert m["sh"] == "historical" and m["weapons"] == "negated"


# -- classifier features ------------------------------------------------------------------
def test_token_key_uses_context_marks():
    processor = TextProcessor(context=True)
    normalised = processor.normalise(["no weapons seen", "hx of OD"])
    assert normalised[0].split()[1].startswith("neg_")
    assert "his_overdose" in normalised[1]


# -- speed path -------------------------------------------------------------------------
def test_fast_write_path_matches_underscore(nlp):
    component = nlp.get_pipe("triage_context")
    assert component._fast
    doc = nlp("no weapons")
    assert doc[1]._.context == "negated"
    assert doc[1]._.context_trigger == "no"
    assert context.get_scopes(doc) == doc._.context_scopes


def test_slow_write_path_gives_same_marks(nlp):
    component = nlp.get_pipe("triage_context")
    component._fast = False
    try:
        doc = nlp("denies SI, previously took an overdose")
        values = [t._.context for t in doc]
    finally:
        component._fast = True
    assert values == [t._.context for t in nlp("denies SI, previously took an overdose")]


def test_spots_are_reported_for_registered_words():
    nlp = build_pipeline(context=True)
    component = nlp.get_pipe("triage_context")
    assert nlp("knife").user_data.get(context.SPOTS_KEY) is None
    generation = component.add_spots([("LEMMA", "knife"), ("LOWER", "shot")])
    assert generation == 1
    assert component.add_spots([("LEMMA", "knife")]) == 1  # nothing new
    doc = nlp("he was shot, knives everywhere")
    stamp, spots = doc.user_data[context.SPOTS_KEY]
    labels = {nlp.vocab.strings[label] for label, _ in spots}
    assert stamp == 1 and labels == {"spot:LOWER:shot", "spot:LEMMA:knife"}


# -- configuration ------------------------------------------------------------------------
def test_expand_phrase():
    assert expand_phrase("no sign|signs (of)") == ["no sign", "no sign of", "no signs", "no signs of"]
    with pytest.raises(ContextConfigError):
        expand_phrase("bad (phrase")


def test_packaged_config_loads():
    config = load_config()
    categories = {g.spec.category for g in config.groups if g.spec}
    assert categories == {"negated", "historical", "hypothetical"}
    assert "." in config.sentence and "," in config.clause


def test_trigger_phrases_are_not_duplicated_across_groups():
    config = load_config()
    seen: dict[str, str] = {}
    for group in config.groups:
        for phrase in group.phrases:
            for text in expand_phrase(phrase):
                key = f"{group.attr}:{text}"
                assert key not in seen or seen[key] == group.kind, f"{text!r} in two groups"
                seen[key] = group.kind


@pytest.mark.parametrize("change, message", [
    ({"category": "maybe"}, "category"),
    ({"direction": "sideways"}, "direction"),
    ({"max_scope": 0}, "max_scope"),
    ({"phrases": []}, "phrases"),
    ({"attr": "SHAPE"}, "attr"),
    ({"stop_at": "paragraph"}, "stop_at"),
])
def test_bad_config_is_refused(tmp_path: Path, change, message):
    raw = yaml.safe_load((Path(context.__file__).parent / "resources" / "context.yaml").read_text())
    raw["triggers"][0].update(change)
    path = tmp_path / "context.yaml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(ContextConfigError, match=message):
        load_config(path)


def test_custom_config_path(tmp_path: Path):
    path = tmp_path / "context.yaml"
    path.write_text(yaml.safe_dump({
        "triggers": [{"category": "negated", "direction": "forward", "max_scope": 2, "phrases": ["nope"]}],
        "terminators": {"sentence": ["."]},
    }))
    nlp = build_pipeline()
    nlp.add_pipe("triage_context", config={"path": str(path)})
    doc = nlp("nope knife here knife")
    assert [t._.context for t in doc] == [None, "negated", "negated", None]
    assert isinstance(nlp.get_pipe("triage_context"), TriageContext)


def test_yaml_syntax_error(tmp_path: Path):
    path = tmp_path / "context.yaml"
    path.write_text("triggers: [\n  - {category: negated\n")
    with pytest.raises(ContextConfigError, match="YAML syntax error"):
        load_config(path)
