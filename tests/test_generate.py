"""Tests for the synthetic training-corpus generator (training/generate.py).

The generator is the model's only teacher, so these tests check the contract
(shape, determinism, uniqueness), coverage and variety of the corpus, and —
most importantly — that labels follow scenario semantics, not wording.
"""
from __future__ import annotations

import math
import random
import re

import pandas as pd
import pytest

from training import corpus_fragments as F
from training import generate as G
from training.contract import text_key
from training.generate import generate_notes

LABELS = ["threat_to_life", "crime", "welfare_only"]
N_LARGE = 5000


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return generate_notes(N_LARGE, seed=11)


def _welfare(labels: tuple[int, int, int]) -> tuple[int, int, int]:
    """Variant labels (threat, crime, concern) -> the three output flags."""
    threat, crime, concern = labels
    return threat, crime, int(concern and not threat and not crime)


def _all_variants():
    for family in G.FAMILIES.values():
        for variant in family.variants:
            callers = [c for c, _ in family.callers if G.variant_fits(family.key, variant.key, c)]
            yield family, variant, callers


# -- contract ---------------------------------------------------------------

def test_row_count_columns_and_types() -> None:
    frame = generate_notes(37, seed=3)
    assert len(frame) == 37
    assert list(frame.columns) == ["id", "text", "threat_to_life", "crime", "welfare_only",
                                   "phase", "source", "split"]
    for column in LABELS:
        assert pd.api.types.is_integer_dtype(frame[column])
        assert set(frame[column].unique()) <= {0, 1}
    assert (frame["split"] == "train").all()
    assert frame["source"].str.match(r"^generated:[a-z_]+$").all()
    assert frame["id"].tolist() == [f"gen-3-{i:06d}" for i in range(37)]


def test_welfare_only_is_exclusive(corpus: pd.DataFrame) -> None:
    both = corpus[(corpus.welfare_only == 1) & ((corpus.threat_to_life == 1) | (corpus.crime == 1))]
    assert both.empty


def test_ids_and_normalised_texts_are_unique(corpus: pd.DataFrame) -> None:
    assert corpus["id"].is_unique
    assert corpus["text"].map(text_key).is_unique
    assert (corpus["text"].str.strip().str.len() > 0).all()


@pytest.mark.parametrize("bad", [0, -1])
def test_rejects_non_positive_n(bad: int) -> None:
    with pytest.raises(ValueError):
        generate_notes(bad)


def test_exhausted_space_raises_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    note = G.compose(random.Random(0))
    monkeypatch.setattr(G, "compose", lambda rng: note)
    with pytest.raises(ValueError, match="exhausted"):
        generate_notes(2, seed=0)


# -- determinism ------------------------------------------------------------

def test_same_seed_same_frame_regardless_of_global_random_state() -> None:
    random.seed(1)
    first = generate_notes(300, seed=5)
    random.seed(999)
    random.random()
    second = generate_notes(300, seed=5)
    pd.testing.assert_frame_equal(first, second)


def test_shorter_run_is_a_prefix_of_a_longer_one() -> None:
    short, long = generate_notes(120, seed=8), generate_notes(400, seed=8)
    pd.testing.assert_frame_equal(short, long.head(120))


def test_different_seeds_give_different_texts() -> None:
    a, b = generate_notes(300, seed=1), generate_notes(300, seed=2)
    shared = set(a["text"].map(text_key)) & set(b["text"].map(text_key))
    assert len(shared) < 5


# -- coverage ---------------------------------------------------------------

def test_all_phases_present(corpus: pd.DataFrame) -> None:
    assert set(corpus["phase"]) == set(G.PHASES)


def test_many_caller_kinds(corpus: pd.DataFrame) -> None:
    kinds = set(corpus["source"].str.removeprefix("generated:"))
    assert len(kinds) >= 8
    required = {"ward_nurse", "ae_staff", "gp", "crisis_team", "care_coordinator",
                "care_home_staff", "social_worker", "ambulance_crew", "family", "neighbour",
                "public", "school", "self", "anonymous"}
    assert required <= kinds


def test_label_shares_are_in_the_planned_bands(corpus: pd.DataFrame) -> None:
    shares = corpus[LABELS].mean()
    none = (corpus[LABELS].sum(axis=1) == 0).mean()
    assert 0.22 <= shares["threat_to_life"] <= 0.34
    assert 0.28 <= shares["crime"] <= 0.45
    assert 0.25 <= shares["welfare_only"] <= 0.36  # measured ~0.325 on 20,000 notes
    assert 0.08 <= none <= 0.18
    mixed = ((corpus.threat_to_life == 1) & (corpus.crime == 1)).mean()
    assert mixed >= 0.05  # stabbings, strangulation, knife-in-hand TTK ...


def test_every_phase_has_both_police_and_non_police_notes(corpus: pd.DataFrame) -> None:
    police = (corpus.threat_to_life == 1) | (corpus.crime == 1)
    for phase, group in corpus.groupby("phase"):
        assert police[group.index].any() and (~police[group.index]).any(), phase


def test_styles_all_occur() -> None:
    rng = random.Random(4)
    styles = {G.compose(rng).style for _ in range(400)}
    assert styles == set(G.STYLES)
    texts = [G.compose(rng).text for _ in range(600)]
    assert any(t.isupper() for t in texts)
    assert any("\n" in t for t in texts)  # timestamped multi-line logs
    assert any(not any(p in t for p in ".,;:") for t in texts)  # no punctuation at all


# -- variety ----------------------------------------------------------------

def test_texts_are_distinct_and_varied(corpus: pd.DataFrame) -> None:
    words = corpus["text"].str.lower().str.split()
    assert corpus["text"].map(text_key).nunique() >= 4900
    openings = words.str[:6].str.join(" ").nunique()
    assert openings >= 3500  # measured ~4,600 on 5,000 notes
    grams: set[tuple[str, ...]] = set()
    for w in words:
        grams.update(zip(w, w[1:], w[2:], w[3:]))
    assert len(grams) >= 90_000  # measured ~117,000 on 5,000 notes


def test_cores_are_not_a_handful_of_templates() -> None:
    """With the person, caller and places held fixed, each meaning still comes
    out in many surface forms (not one line with names swapped)."""
    rng = random.Random(0)
    family = G.FAMILIES["wc_suicidal"]
    slots = G.make_slots(rng, "family", family, family.variants[0])
    pools = sorted({name for fam in G.FAMILIES.values() for var in fam.variants
                    for name, p in var.parts if p >= 1})
    counts = {}
    for name in pools:
        templates = [G.parse(t) for t in getattr(F, name)]
        counts[name] = len({G.render(rng.choice(templates), rng, slots) for _ in range(300)})
    assert min(counts.values()) >= 30, counts
    assert sorted(counts.values())[len(counts) // 2] >= 120


def test_abbreviations_typos_and_misspellings_appear(corpus: pd.DataFrame) -> None:
    text = " ".join(corpus["text"].str.lower())
    for token in ("c/r", " pt ", " hx ", "w/", " mh", "s136", "awol", "ttk", "approx", "ambo"):
        assert token in text, token
    misspelt = {m for variants in F.MISSPELLINGS.values() for m in variants}
    assert sum(f" {m} " in text for m in misspelt) >= 15


# -- semantics: the labels come from meaning -------------------------------

def test_every_variant_without_updates_keeps_its_declared_labels() -> None:
    """Context clauses (history, negation, hypothetical, harmless alarm words)
    and every style leave the scenario's labels untouched."""
    rng = random.Random(7)
    for family, variant, callers in _all_variants():
        assert callers, f"{family.key}/{variant.key} has no caller"
        for caller in callers:
            for style in G.STYLES:
                note = G.compose(rng, family=family.key, variant=variant.key, caller=caller,
                                 style=style, n_updates=0,
                                 cues=("history", "negation", "hypothetical", "distractor"))
                assert note.labels == _welfare(variant.labels), (family.key, variant.key, note.text)
                assert note.phase == family.phase


def test_style_never_changes_labels() -> None:
    for seed in range(60):
        labels = {G.compose(random.Random(seed), style=style).labels for style in G.STYLES}
        assert len(labels) == 1


@pytest.mark.parametrize("family,variant,kind", [
    ("wc_missing", "high_risk", "clear"),        # found safe and well at sister's
    ("wc_suicidal", "intent_means", "control"),  # now with paramedics who are managing
    ("wc_suicidal", "mild_worded", "clear"),
    ("wo_detained", "awol_known_risk", "clear"),  # returned to the ward
    ("wo_voluntary", "stated_plan", "clear"),
    ("wc_missing_young", "young_child", "clear"),
    ("cr_assault", "serious", "retract"),         # injuries superficial after all
    ("wc_crisis", "ligature_now", "control"),     # crisis team removed it, talking
    ("wc_crisis", "height_now", "control"),       # talked back over, with paramedics
    ("wc_crisis", "not_breathing_now", "control"),  # has come round, crew with him
    ("wc_medical", "emergency", "control"),       # crew arrived and managing
    ("s136", "absconded_risk", "clear"),          # located and returned to the suite
    ("hz_hazard", "child_left_alone", "clear"),   # parent back: threat over, neglect stays
])
def test_update_that_clears_risk_drops_threat(family: str, variant: str, kind: str) -> None:
    rng = random.Random(13)
    for _ in range(25):
        note = G.compose(rng, family=family, variant=variant, n_updates=1, update_kind=kind)
        assert note.updates == (kind,)
        assert note.threat_to_life == 0, note.text
    spec = next(v for v in G.FAMILIES[family].variants if v.key == variant)
    assert note.crime == spec.labels[1]


def test_fire_out_no_one_inside_clears_everything() -> None:
    rng = random.Random(3)
    for _ in range(20):
        note = G.compose(rng, family="hz_hazard", variant="fire_unknown", n_updates=1,
                         update_kind="clear")
        assert note.labels == (0, 0, 0), note.text


def test_found_property_retracts_theft() -> None:
    rng = random.Random(4)
    for _ in range(20):
        note = G.compose(rng, family="cr_theft", variant="theft", n_updates=1, update_kind="retract")
        assert note.labels == (0, 0, 0), note.text


def test_newest_fact_can_raise_threat() -> None:
    rng = random.Random(5)
    seen_threat = False
    for _ in range(40):
        note = G.compose(rng, family="wc_suicidal", variant="thoughts_only", n_updates=1,
                         update_kind="escalate")
        assert note.threat_to_life == 1 or note.crime == 1, note.text
        assert note.welfare_only == 0
        seen_threat |= note.threat_to_life == 1
    assert seen_threat


def test_policy_borderline_cases_are_labelled_as_decided() -> None:
    """The guide's 'Borderline cases, decided', read off the scenario table."""
    def labels(family: str, variant: str) -> tuple[int, int, int]:
        return _welfare(next(v for v in G.FAMILIES[family].variants if v.key == variant).labels)

    assert labels("wc_suicidal", "thoughts_only") == (0, 0, 1)
    assert labels("wc_suicidal", "intent_means") == (1, 0, 0)
    assert labels("wc_self_harm", "minor") == (0, 0, 1)
    assert labels("wc_self_harm", "serious") == (1, 0, 0)
    assert labels("wo_voluntary", "no_risk") == (0, 0, 1)
    assert labels("wo_detained", "awol_no_risk") == (0, 0, 1)
    assert labels("wo_detained", "awol_known_risk") == (1, 0, 0)
    assert labels("cr_threats", "ttk_remote") == (0, 1, 0)
    assert labels("cr_threats", "ttk_credible") == (1, 1, 0)
    assert labels("cr_dv", "reported") == (0, 1, 0)
    assert labels("cr_dv", "strangulation") == (1, 1, 0)
    assert labels("cr_dv", "argument_ended") == (0, 0, 0)
    assert labels("wc_intox", "drunk_incapable") == (0, 0, 1)
    assert labels("wc_intox", "unconscious") == (1, 0, 0)
    assert labels("cv_request", "controlled_risk") == (0, 0, 1)
    assert labels("np_nonpolice", "harmless_alarm_word") == (0, 0, 0)
    # the four rows the lead added to the policy table
    assert labels("wc_crisis", "ligature_resolved") == (0, 0, 1)    # clinicians managing
    assert labels("wc_crisis", "od_managed") == (0, 0, 1)
    assert labels("wc_medical", "controlled") == (0, 0, 1)
    assert labels("wc_missing", "found_safe") == (0, 0, 0)          # fully resolved
    assert labels("wc_missing", "found_distressed") == (0, 0, 1)    # some concern remains
    assert labels("wc_crisis", "false_alarm_asleep") == (0, 0, 0)
    assert labels("hz_hazard", "child_left_alone") == (1, 1, 0)     # neglect is an offence
    assert labels("wc_medical", "emergency") == (1, 0, 0)           # chest pain, grey
    assert labels("wc_medical", "child_fitting") == (1, 0, 0)
    # welfare scenarios widened with paired dangerous counterparts
    assert labels("wo_voluntary", "said_where") == (0, 0, 1)       # informal, said where to
    assert labels("wo_voluntary", "said_plan") == (1, 0, 0)        # left to end their life
    assert labels("wc_fallen", "long_wait_pain") == (0, 0, 1)      # hours on floor, talking
    assert labels("wc_fallen", "long_wait_serious") == (1, 0, 0)   # cold, grey, drowsy
    assert labels("wc_medical", "injury_treated") == (0, 0, 1)     # bleeding stopped
    assert labels("wc_medical", "injury_bleeding") == (1, 0, 0)    # bleeding won't stop
    assert labels("wc_medical", "advice") == (0, 0, 1)             # vaccine reaction, 111
    assert labels("wc_suicidal", "history_low_now") == (0, 0, 1)   # history, no plan now
    assert labels("wc_suicidal", "history_plan_now") == (1, 0, 0)  # plan and means now
    assert labels("cv_request", "standby") == (0, 0, 1)            # no violence known
    assert labels("cv_request", "standby_self_risk") == (1, 0, 0)
    assert labels("cv_request", "standby_violence") == (1, 1, 0)   # weapon threatened
    assert labels("wc_inpatient", "means_removed") == (0, 0, 1)    # controlled risk
    assert labels("wc_inpatient", "means_kept") == (1, 0, 0)
    assert labels("cr_threats", "worry_no_threat") == (0, 0, 1)    # no contact, no threats
    assert labels("cr_threats", "ex_back_threat") == (1, 1, 0)


def test_negated_and_historical_cues_appear_without_threat(corpus: pd.DataFrame) -> None:
    lower = corpus["text"].str.lower()
    for cue in ("denies", "no weapons", "nil injuries", "no threats made", "hx of od",
                "previous attempt", "in case"):
        hits = corpus[lower.str.contains(cue, regex=False)]
        assert (hits.threat_to_life == 0).sum() >= 5, cue


def test_alarm_words_occur_in_harmless_notes(corpus: pd.DataFrame) -> None:
    none = corpus[corpus[LABELS].sum(axis=1) == 0]["text"].str.lower()
    for word in ("gun", "knife", "fire", "killing", "overdue", "bridge"):
        assert none.str.contains(word, regex=False).any(), word


def test_mild_worded_threats_without_alarm_words_exist() -> None:
    rng = random.Random(9)
    alarm = ("suicid", "kill", "overdose", "jump", "die", "end it", "gun")
    quiet = 0
    for _ in range(200):
        note = G.compose(rng, family="wc_suicidal", variant="mild_worded", n_updates=0, cues=())
        assert note.threat_to_life == 1
        quiet += not any(a in note.text.lower() for a in alarm)
    assert quiet >= 100


def test_fragments_parse_and_render_for_every_caller() -> None:
    rng = random.Random(1)
    for family, variant, callers in _all_variants():
        for caller in callers:
            for _ in range(3):
                note = G.compose(rng, family=family.key, variant=variant.key, caller=caller)
                assert not any(ch in note.text for ch in "{}@"), note.text


# -- vulnerability, controlled risk, quiet threats --------------------------

WELFARE_VULNERABLE = [
    ("wc_fallen", "fallen_unhurt"), ("wc_fallen", "muddled"), ("wc_street", "cold_responsive"),
    ("wc_street", "doorway_asleep"), ("wc_street", "nowhere_to_stay"),
    ("wc_not_seen", "signs_of_life"), ("wc_not_seen", "hoarder_smell"),
    ("wc_missing_young", "teen_in_contact"), ("wc_missing", "autistic_walk"),
    ("wc_distress", "accidental_od"), ("wc_school", "exam_stress"), ("wc_self_harm", "minor"),
    ("wc_older", "confused_safe"), ("wc_crisis", "history_low_risk"),
    ("wc_crisis", "history_one"), ("wc_suicidal", "sorry_text_safe"),
    ("wo_dementia", "ward_out_safe"), ("wo_dementia", "found_by_public"),
    ("wc_older", "dementia_out_safe"), ("wc_collapse", "woke_up"),
    ("wc_collapse", "woke_up_split"), ("wc_fallen", "long_wait_pain"),
    ("wc_medical", "injury_treated"), ("wc_medical", "advice"),
    ("wc_suicidal", "history_low_now"), ("wo_voluntary", "said_where"),
    ("cr_threats", "worry_no_threat"), ("cv_request", "standby"), ("s136", "settled"),
    ("s136", "means_removed"), ("wc_inpatient", "settled"), ("wc_inpatient", "means_removed"),
]
RESOLVED = [("wc_crisis", v) for v in ("ligature_resolved", "ligature_split", "height_resolved",
                                       "height_split", "woke_up", "woke_up_split", "od_managed",
                                       "od_split")]
QUIET_THREATS = [("wc_suicidal", "goodbye_means"), ("s136", "absconded_risk"),
                 ("wc_medical", "emergency"), ("wc_medical", "child_fitting"),
                 ("wc_street", "unresponsive"), ("wc_fallen", "fallen_serious"),
                 ("wc_crisis", "relapse"), ("wc_crisis", "help_not_there")]


@pytest.mark.parametrize("family,variant", WELFARE_VULNERABLE + RESOLVED)
def test_vulnerable_and_controlled_scenarios_are_welfare_only(family: str, variant: str) -> None:
    rng = random.Random(21)
    for style in G.STYLES * 6:
        note = G.compose(rng, family=family, variant=variant, style=style, n_updates=0,
                         cues=("history", "negation", "hypothetical", "distractor"))
        assert note.labels == (0, 0, 1), note.text


@pytest.mark.parametrize("family,variant", QUIET_THREATS)
def test_quietly_worded_threats_keep_threat(family: str, variant: str) -> None:
    rng = random.Random(22)
    for style in G.STYLES * 6:
        note = G.compose(rng, family=family, variant=variant, style=style, n_updates=0)
        assert note.threat_to_life == 1 and note.welfare_only == 0, note.text


def test_quiet_threats_mostly_avoid_alarm_words() -> None:
    """Goodbye texts plus missing means, a child fitting, chest pain and grey: real
    threats whose notes carry none of the usual alarm words."""
    rng = random.Random(23)
    alarm = ("suicid", "kill", "overdose", "jump", "die", "end it", "gun", "knife",
             "unconscious", "not breathing")
    for family, variant in [("wc_suicidal", "goodbye_means"), ("wc_medical", "emergency")]:
        quiet = 0
        for _ in range(150):
            note = G.compose(rng, family=family, variant=variant, n_updates=0, cues=())
            assert note.threat_to_life == 1
            quiet += not any(a in note.text.lower() for a in alarm)
        assert quiet >= 110, (family, quiet)


def test_resolved_risk_comes_in_both_orders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The danger and the control of it appear either way round; the label stays welfare."""
    monkeypatch.setattr(F, "LIG_EARLIER", ("11111",))
    monkeypatch.setattr(F, "LIG_SAFE_NOW", ("22222",))
    rng = random.Random(24)
    orders = set()
    for style in G.STYLES * 10:
        note = G.compose(rng, family="wc_crisis", variant="ligature_split", style=style,
                         n_updates=0, cues=())
        assert note.labels == (0, 0, 1)
        orders.add(note.text.index("11111") < note.text.index("22222"))
    assert orders == {True, False}


def test_resolution_then_new_danger_raises_threat() -> None:
    rng = random.Random(25)
    for variant in ("ligature_resolved", "height_split", "woke_up"):
        for _ in range(10):
            note = G.compose(rng, family="wc_crisis", variant=variant, n_updates=1,
                             update_kind="escalate")
            assert note.threat_to_life == 1 and note.welfare_only == 0, note.text


def test_found_safe_and_well_clears_everything_but_remaining_concern_stays_welfare() -> None:
    """'Found safe and well, no concerns' is all 0; 'found but distressed' stays welfare."""
    assert dict(G.UPDATES["person_clear"].effect) == {"threat": 0, "concern": 0}
    assert dict(G.UPDATES["walkout_clear"].effect) == {"threat": 0, "concern": 0}
    assert "concern" not in dict(G.UPDATES["person_found_concern"].effect)
    assert "concern" not in dict(G.UPDATES["walkout_located"].effect)
    rng = random.Random(26)
    seen = set()
    for _ in range(80):
        note = G.compose(rng, family="wc_missing", variant="high_risk", n_updates=1,
                         update_kind="clear")
        assert note.threat_to_life == 0 and note.crime == 0, note.text
        seen.add(note.labels)
    assert seen == {(0, 0, 0), (0, 0, 1)}


def test_clinicians_in_control_leave_welfare_only() -> None:
    rng = random.Random(27)
    for family, variant in [("wc_medical", "emergency"), ("wc_crisis", "ligature_now"),
                            ("wc_suicidal", "goodbye_means"), ("wc_street", "unresponsive")]:
        for _ in range(10):
            note = G.compose(rng, family=family, variant=variant, n_updates=1,
                             update_kind="control")
            assert note.labels == (0, 0, 1), note.text


def test_vulnerability_words_occur_on_both_sides(corpus: pd.DataFrame) -> None:
    """Words like 'elderly', 'fallen' or 'doorway' must not be a threat cue: they
    appear in plenty of welfare-only notes and in some threat notes."""
    lower = corpus["text"].str.lower()
    for word in ("elderly", "fallen", "cold", "homeless", "confused", "wandering", "not seen",
                 "smell", "doorway", "ligature", "railings", "not breathing", "dementia",
                 "bus shelter", "on the floor", "bleeding", "1:1"):
        hits = corpus[lower.str.contains(word, regex=False)]
        assert (hits.welfare_only == 1).sum() >= 5, word
        assert (hits.threat_to_life == 1).sum() >= 1, word


def test_new_caller_kinds_and_caller_aliases_appear(corpus: pd.DataFrame) -> None:
    kinds = set(corpus["source"].str.removeprefix("generated:"))
    assert {"telecare", "housing"} <= kinds
    text = " ".join(corpus["text"])
    assert " RP " in text and "informant" in text.lower()


# -- paired meanings and template artifacts ---------------------------------

#: (welfare-only variant, dangerous counterpart): the same situation and framing,
#: told apart by meaning (mild day vs freezing night, woke up vs still down ...).
PAIRS = [
    (("wo_dementia", "ward_out_safe"), ("wo_dementia", "ward_out_danger")),
    (("wc_older", "dementia_out_safe"), ("wc_older", "dementia_out_danger")),
    (("wc_collapse", "woke_up_split"), ("wc_collapse", "still_down")),
    (("wc_fallen", "long_wait_pain"), ("wc_fallen", "long_wait_serious")),
    (("wc_medical", "injury_treated"), ("wc_medical", "injury_bleeding")),
    (("wc_suicidal", "history_low_now"), ("wc_suicidal", "history_plan_now")),
    (("wo_voluntary", "said_where"), ("wo_voluntary", "said_plan")),
    (("cr_threats", "worry_no_threat"), ("cr_threats", "ex_back_threat")),
    (("cv_request", "standby"), ("cv_request", "standby_self_risk")),
    (("cv_request", "standby"), ("cv_request", "standby_violence")),
    (("s136", "means_removed"), ("s136", "means_kept")),
    (("wc_inpatient", "means_removed"), ("wc_inpatient", "means_kept")),
]


@pytest.mark.parametrize("safe,danger", PAIRS)
def test_paired_counterparts_differ_in_meaning(safe: tuple[str, str],
                                               danger: tuple[str, str]) -> None:
    rng = random.Random(28)
    for style in G.STYLES * 4:
        note = G.compose(rng, family=safe[0], variant=safe[1], style=style, n_updates=0,
                         cues=("history", "negation", "hypothetical", "distractor"))
        assert note.labels == (0, 0, 1), note.text
        note = G.compose(rng, family=danger[0], variant=danger[1], style=style, n_updates=0)
        assert note.threat_to_life == 1 and note.welfare_only == 0, note.text


def test_shared_framing_pools_are_used_on_both_sides_of_a_pair() -> None:
    """Where a pair shares its framing (the walk-out, the first report of a collapse,
    the past attempts, the standby request), only the other pool carries the meaning."""
    def pools(family: str, variant: str) -> set[str]:
        var = next(v for v in G.FAMILIES[family].variants if v.key == variant)
        return {name for name, _ in var.parts}

    for safe, danger, shared in [
        (("wo_dementia", "ward_out_safe"), ("wo_dementia", "ward_out_danger"), "DEM_WARD_OUT"),
        (("wc_older", "dementia_out_safe"), ("wc_older", "dementia_out_danger"), "DEM_HOME_OUT"),
        (("wc_collapse", "woke_up_split"), ("wc_collapse", "still_down"), "COLLAPSE_EARLIER"),
        (("wc_suicidal", "history_low_now"), ("wc_suicidal", "history_plan_now"),
         "CRISIS_HISTORY"),
        (("cv_request", "standby"), ("cv_request", "standby_violence"), "MHA_STANDBY"),
    ]:
        assert shared in pools(*safe) & pools(*danger)


def test_function_words_are_not_label_artifacts(corpus: pd.DataFrame) -> None:
    """Time words, generic verbs and body words occur at similar rates in threat and
    welfare-only notes (they were 3-30x more common in threat notes once: a model
    learnt 'now', 'has just', 'banging' and 'on the floor' instead of meanings)."""
    lower = corpus["text"].str.lower()
    threat, welfare = corpus.threat_to_life == 1, corpus.welfare_only == 1
    for phrase in ("now", "has now", "is now", "has just", "with a", "can", "on the floor",
                   "head", "bleeding", "stopped", "banging", "shouting", "threatened",
                   "left the ward", "the door", "again", "still"):
        hit = lower.str.contains(r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])", regex=True)
        ratio = math.log2((hit[threat].sum() + 1) / (threat.sum() + 2)) - \
            math.log2((hit[welfare].sum() + 1) / (welfare.sum() + 2))
        # At most ~2.8x either way: "shouting" and "banging" carry some meaning in
        # fights and fires; the template artifacts this guards against were 3-30x.
        assert abs(ratio) <= 1.5, (phrase, round(ratio, 2))
