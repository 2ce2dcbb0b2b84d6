"""Text processing: shorthand, misspellings and capitals reach one canonical form."""
from __future__ import annotations

import pickle

from model.text import TextProcessor, build_pipeline


def test_shorthand_stays_one_token_and_expands():
    nlp = build_pipeline()
    doc = nlp("C/R states pt w/ MH hx")
    assert [t.text for t in doc] == ["C/R", "states", "pt", "w/", "MH", "hx"]
    assert [t.lemma_ for t in doc] == ["caller", "state", "patient", "with", "mental health", "history"]


def test_misspellings_and_capitals_share_the_lemma():
    processor = TextProcessor()
    a, b, c = processor.normalise(["he has a nife and is sucidal", "He has a KNIFE and is SUICIDAL",
                                   "HE WAS STABBED"])
    assert a == b == "he have a knife and be suicidal"
    assert c == "he be stab"


def test_numbers_are_one_feature():
    assert TextProcessor().normalise(["took 40 tablets"]) == ["take <num> tablet"]


def test_processor_pickles_without_the_pipeline():
    processor = TextProcessor()
    processor.normalise(["warm up"])
    clone = pickle.loads(pickle.dumps(processor))
    assert "nlp" not in clone.__dict__
    assert clone.normalise(["TTK made"]) == ["threat to kill make"]
