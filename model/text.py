"""Text processing: a blank English spaCy pipeline taught control-room shorthand.

Pretrained pipelines are not available (nor wanted: nothing may be downloaded
at run time), so the pipeline is `spacy.blank("en")` plus:

* tokenizer special cases so that "c/r", "w/" or "s.136" stay one token;
* ``triage_normalizer``: lemmas from spacy-lookups-data's lookup table
  ("stabbed" -> "stab"), and canonical words for shorthand and misspellings
  (from ``resources/abbreviations.yaml``), set as both ``norm_`` and
  ``lemma_`` so the classifier and the rule matcher see the same thing.
* optionally ``triage_context`` (see ``model.context``), which marks tokens in
  the scope of negation, history or hypotheticals.

``TextProcessor`` turns each doc into the feature string: one key per word,
prefixed by its context ("neg_knife"), optionally "res_" for what came before a
resolution ("found safe and well"), and optionally, after a ``<latest>``
separator, the words of the note's last sentence again as "new_" keys: a log
is written in time order, so its last sentence is the newest fact ("... 2nd
call: she has gone under twice"; "... staff had it off her, no marks, she's in
the lounge with two staff"), and the same word can then weigh differently
there than in the background.

The processor is a plain object holding its configuration; the spaCy pipeline
is built lazily and never pickled, so model artifacts stay small and load
without surprises.
"""
from __future__ import annotations

import importlib.resources
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy
import spacy
import yaml
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

DEFAULT_ABBREVIATIONS = "abbreviations.yaml"
NUMBER_KEY = "<num>"
#: Separates a note's words from the "new_" copies of its last sentence.
LATEST_SEPARATOR = "<latest>"
LATEST_PREFIX = "new"


def load_shorthand(path: str | Path | None = None) -> dict[str, str]:
    """Read the shorthand table: abbreviations and misspellings, lower-cased."""
    if path is None:
        source = importlib.resources.files("model") / "resources" / DEFAULT_ABBREVIATIONS
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    else:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for section in ("abbreviations", "misspellings"):
        for key, value in (raw.get(section) or {}).items():
            table[str(key).lower()] = str(value).lower()
    return table


class ShorthandNormalizer:
    """Pipeline component: lemmas, and canonical words for shorthand and misspellings.

    It does the lookup lemmatizer's job too (tables from spacy-lookups-data),
    in one pass: lemmas are looked up lower-cased, because notes typed in
    capitals are common and "STABBED" must still become "stab". Both depend
    only on the word form, so each distinct form is worked out once and the
    doc is written through arrays; building a Token object per word cost more
    than the rest of scoring put together.
    """

    def __init__(self, nlp: Language, table: dict[str, str], lemmas: Any = None):
        self.nlp = nlp
        self.table = table
        self.lemmas = lemmas if lemmas is not None else load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        self._forms: dict[int, tuple[int, int]] = {}  # orth -> (norm or 0 to keep, lemma)

    def _work_out(self, orth: int) -> tuple[int, int]:
        strings = self.nlp.vocab.strings
        lower = strings[orth].lower()
        expansion = self.table.get(lower)
        if expansion is not None:
            norm = lemma = strings.add(expansion)
        else:
            norm, lemma = 0, strings.add(self.lemmas.get(lower, lower))
        self._forms[orth] = (norm, lemma)
        return norm, lemma

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orths, norms = doc.to_array([ORTH, NORM]).T.tolist()
        forms, lemmas = self._forms, []
        for i, orth in enumerate(orths):
            norm, lemma = forms.get(orth) or self._work_out(orth)
            if norm:
                norms[i] = norm
            lemmas.append(lemma)
        doc.from_array([LEMMA, NORM], numpy.array([lemmas, norms], dtype=numpy.uint64).T)
        return doc


@Language.factory("triage_normalizer", default_config={"path": None})
def make_triage_normalizer(nlp: Language, name: str, path: str | None) -> ShorthandNormalizer:
    return ShorthandNormalizer(nlp, load_shorthand(path))


def add_shorthand_exceptions(nlp: Language, table: dict[str, str]) -> None:
    """Keep shorthand with punctuation in it ("c/r", "w/", "s.136") as one token."""
    for key in table:
        if key.isalnum():
            continue
        for variant in {key, key.upper(), key.capitalize()}:
            nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])


def build_pipeline(abbreviations_path: str | None = None, context: bool = False) -> Language:
    """Build the project's spaCy pipeline (blank English + our components)."""
    nlp = spacy.blank("en")
    add_shorthand_exceptions(nlp, load_shorthand(abbreviations_path))
    nlp.add_pipe("triage_normalizer", config={"path": abbreviations_path})
    if context:
        import model.context  # noqa: F401  (registers the "triage_context" factory)

        nlp.add_pipe("triage_context")
    nlp.initialize()
    return nlp


def token_key(token: Token, marker: str | None = None) -> str | None:
    """The canonical form of one token for features, or None to skip it.

    The readable definition; ``TextProcessor.normalise_doc`` computes the same
    keys from arrays (a test holds the two equal).

    ``marker`` is the token's context ("negated", "historical", ...): "no
    knife" and "hx of OD" then become different features from "knife", "OD".
    """
    if token.is_punct or token.is_space:
        return None
    if token.like_num:
        return NUMBER_KEY
    key = (token.lemma_ or token.lower_).lower()
    if marker:
        return " ".join(f"{marker[:3]}_{part}" for part in key.split())
    return key


def context_markers(doc: Doc) -> list[str | None]:
    """Per token, the context category set by ``triage_context`` (or None).

    Read from the doc's scopes in one pass: per-token extension look-ups cost
    more than the rest of feature extraction on a typical note.
    """
    from model.context import get_scopes  # only pipelines built with context=True need it

    markers: list[str | None] = [None] * len(doc)
    for scope in get_scopes(doc) or ():
        for i in range(scope.start, scope.end):
            markers[i] = scope.category
    return markers


def load_resolution_cues() -> list[str]:
    """The phrases after which earlier facts are resolved ("found safe and well").

    One list, kept in the versioned rules file, serves the rules and the features.
    """
    source = importlib.resources.files("model") / "resources" / "rules.yaml"
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    cues: list[str] = []
    for item in raw.get("resolutions") or []:  # a phrase, or a {rules, phrases} group (model/rules.py)
        cues.extend([item] if isinstance(item, str) else item["phrases"])
    return [str(p).strip().lower() for p in cues]


class TextProcessor:
    """Turns raw notes into spaCy docs and into normalised strings for features."""

    def __init__(self, abbreviations_path: str | None = None, context: bool = False,
                 batch_size: int = 256, resolved: bool = False, latest_sentence: bool = False):
        self.abbreviations_path = abbreviations_path
        self.context = context
        self.batch_size = batch_size
        self.resolved = resolved
        self.latest_sentence = latest_sentence

    @cached_property
    def nlp(self) -> Language:
        return build_pipeline(self.abbreviations_path, context=self.context)

    def docs(self, texts: Iterable[str]) -> Iterator[Doc]:
        return self.nlp.pipe(texts, batch_size=self.batch_size)

    @cached_property
    def resolution_matcher(self) -> PhraseMatcher:
        matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        matcher.add("resolution", [self.nlp.make_doc(p) for p in load_resolution_cues()])
        return matcher

    def resolved_before(self, doc: Doc) -> int:
        """Index of the last resolution cue's first token (0 when there is none)."""
        matches = self.resolution_matcher(doc)
        return max((start for _, start, _ in matches), default=0)

    @cached_property
    def sentence_breaks(self) -> tuple[frozenset[str], bool]:
        """(break token texts, whether a line break counts): the context rules' sentence breaks."""
        from model.context import load_config  # one definition of a sentence break for the whole model

        config = load_config()
        return config.sentence, config.newline

    def latest_sentence_start(self, doc: Doc, orths: list[int] | None = None) -> int:
        """Index of the first token of the note's last sentence (0 for a one-sentence note).

        ``orths``: the doc's ORTH array, when the caller has it already.
        """
        orths = doc.to_array(ORTH).tolist() if orths is None else orths
        # Read on every call, so that the first note (the predictor's warm-up) loads the breaks.
        breaks, newline = self.sentence_breaks
        known, start = self._sentence_break_orths, 0
        for i, orth in enumerate(orths[:-1]):  # a break at the very end opens no new sentence
            if orth not in known:
                text = doc.vocab.strings[orth]
                known[orth] = text in breaks or (newline and "\n" in text and not text.strip())
            if known[orth]:
                start = i + 1
        return start

    @cached_property
    def _sentence_break_orths(self) -> dict[int, bool]:
        """orth -> whether it breaks a sentence, filled as forms are met."""
        return {}

    def normalise_doc(self, doc: Doc) -> str:
        markers = context_markers(doc) if self.context else [None] * len(doc)
        if getattr(self, "resolved", False):
            # The newest fact wins: what came before "found safe and well" is background.
            for i in range(self.resolved_before(doc)):
                markers[i] = markers[i] or "resolved"
        orths, lemmas = doc.to_array([ORTH, LEMMA]).T.tolist()
        latest = self.latest_sentence_start(doc, orths) if getattr(self, "latest_sentence", False) else 0
        known, words, newest = self._word_keys, [], []
        for i, (form, marker) in enumerate(zip(zip(orths, lemmas), markers)):
            key = known[form] if form in known else self._word_key(doc.vocab, form)
            if key is None:
                continue
            if marker and key != NUMBER_KEY:  # numbers stay "<num>" in any context, as in token_key
                key = " ".join(f"{marker[:3]}_{part}" for part in key.split())
            words.append(key)
            if latest and i >= latest:
                newest.append(" ".join(f"{LATEST_PREFIX}_{part}" for part in key.split()))
        if newest:
            words.append(LATEST_SEPARATOR)
            words.extend(newest)
        return " ".join(words)

    @cached_property
    def _word_keys(self) -> dict[tuple[int, int], str | None]:
        """(orth, lemma) -> feature key, filled as forms are met: token_key without Token objects."""
        return {}

    def _word_key(self, vocab: Vocab, form: tuple[int, int]) -> str | None:
        # Hashes are of the strings themselves, so the cache holds for docs of any pipeline.
        orth, lemma = form
        lexeme = vocab[orth]
        if lexeme.is_punct or lexeme.is_space:
            key = None
        elif lexeme.like_num:
            key = NUMBER_KEY
        else:
            key = (vocab.strings[lemma] if lemma else lexeme.lower_).lower()
        self._word_keys[form] = key
        return key

    def normalise(self, texts: Iterable[str]) -> list[str]:
        return [self.normalise_doc(doc) for doc in self.docs(texts)]

    # The spaCy pipeline is rebuilt on load rather than pickled.
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state.pop("nlp", None)
        state.pop("resolution_matcher", None)
        state.pop("sentence_breaks", None)
        state.pop("_sentence_break_orths", None)
        state.pop("_word_keys", None)
        return state
