"""Text processing: shorthand, misspellings and capitals reach one canonical form."""
from __future__ import annotations

import pickle

from model.text import TextProcessor, build_pipeline, context_markers, token_key
from training.generate import generate_notes


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


def _reference_features(processor: TextProcessor, doc) -> str:
    """normalise_doc spelled out with Token objects and ``token_key``: the readable definition."""
    markers = context_markers(doc)
    for i in range(processor.resolved_before(doc)):
        markers[i] = markers[i] or "resolved"
    keys = (token_key(token, marker) for token, marker in zip(doc, markers))
    return " ".join(key for key in keys if key)


def test_array_path_gives_the_same_features_as_token_key():
    processor = TextProcessor(context=True, resolved=True)
    texts = generate_notes(300, seed=5)["text"].tolist() + [
        "", "   ", "no weapons seen, took 40 tablets 2 hrs ago", "hx of OD in 2019. now found safe and well 3 doors down",
        "C/R STATES PT W/ MH HX", "if he comes back w/ the 2 knives I'll ring 999",
    ]
    docs = list(processor.docs(texts))
    assert [processor.normalise_doc(doc) for doc in docs] == [_reference_features(processor, doc) for doc in docs]
    # A doc from another pipeline (the service's) must give the same features as our own.
    other = build_pipeline(context=True)
    assert [processor.normalise_doc(doc) for doc in other.pipe(texts)] == [processor.normalise_doc(doc) for doc in docs]


def test_latest_sentence_words_are_repeated_as_new_features_after_a_separator():
    plain, latest = TextProcessor(), TextProcessor(latest_sentence=True)
    note = "Lad on the bridge, seemed fine. 2nd call: now over the railing"
    assert latest.normalise([note]) == [plain.normalise([note])[0]
                                        + " <latest> new_<num> new_call new_now new_over new_the new_rail"]


def test_latest_sentence_leaves_one_sentence_notes_alone():
    latest = TextProcessor(latest_sentence=True)
    for note in ["took 40 tablets", "took 40 tablets.", "took 40 tablets!!", ""]:
        assert latest.normalise([note]) == TextProcessor().normalise([note]), note


def test_latest_sentence_starts_after_the_context_rules_sentence_breaks_and_line_breaks():
    processor = TextProcessor(context=True, latest_sentence=True)
    cases = {"staff with her; she is calm": "she", "Upd 14:20 |\nfound at home": "found",
             "no knife. hx of OD... now fine": "now", "all well now.": "all"}
    for note, first_word in cases.items():
        doc = next(processor.docs([note]))
        assert doc[processor.latest_sentence_start(doc)].text == first_word, note
    # Context markers survive in the copies: "no knife" in the last sentence is "new_neg_knife".
    assert processor.normalise(["Caller upset. No knife seen"])[0].endswith("<latest> new_no new_neg_knife new_neg_see")


def test_processor_with_latest_sentence_pickles_and_gives_the_same_features():
    processor = TextProcessor(latest_sentence=True)
    before = processor.normalise(["fell. now up"])
    clone = pickle.loads(pickle.dumps(processor))
    assert "sentence_breaks" not in clone.__dict__
    assert clone.normalise(["fell. now up"]) == before == ["fall now up <latest> new_now new_up"]


def test_lemmas_match_spacys_lookup_lemmatizer_on_lower_case():
    import spacy

    reference = spacy.blank("en")
    reference.add_pipe("lemmatizer", config={"mode": "lookup"})
    reference.initialize()
    words = "Walked WALKING stabbed knives bleeding overdosed children went was mice".split()
    ours = build_pipeline()(" ".join(words))
    theirs = reference(" ".join(w.lower() for w in words))
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_the_first_note_loads_the_sentence_breaks_even_when_it_is_one_word():
    # The predictor warms up on one short note at load; nothing should be left for the first request.
    processor = TextProcessor(latest_sentence=True)
    processor.normalise(["help"])
    assert "sentence_breaks" in processor.__dict__
