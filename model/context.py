"""ConText-style context marking: which tokens are negated, historical or hypothetical.

"no weapons seen", "hx of OD" and "if he comes back" contain alarm words that
must not count as current facts. Following the ConText algorithm (Chapman et
al.), trigger phrases open a *scope* of nearby tokens in one direction; the
scope ends at a terminator ("but", "now", a full stop), at another trigger, or
after a maximum number of tokens. Pseudo-triggers ("not only", "not breathing")
look like triggers but cancel them.

Everything that decides behaviour lives in ``resources/context.yaml``; this
module only applies it. The component is registered as ``"triage_context"`` and
sets, for every token:

* ``token._.context``: None, "negated", "historical" or "hypothetical";
* ``token._.context_trigger``: the text of the trigger whose scope it is in;

and ``doc._.context_scopes``: a tuple of :class:`ContextScope` (token ranges,
with the trigger position) used by the safety rules and their explanations.

It runs on every note, so it is built for speed: one PhraseMatcher call per
attribute (lemma, lower-case) finds triggers, pseudo-triggers, terminators and
sentence breaks together; scopes are arithmetic on those positions; the values
are written straight into ``doc.user_data`` (checked once against spaCy's
layout). The same pass also spots the safety rules' key words for
``model.rules`` (:meth:`TriageContext.add_spots`).
"""
from __future__ import annotations

import importlib.resources
import itertools
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

DEFAULT_CONTEXT = "context.yaml"
CATEGORIES = ("negated", "historical", "hypothetical")
DIRECTIONS = ("forward", "backward", "bidirectional")
ATTRS = ("LEMMA", "LOWER", "ORTH")
COMPONENT = "triage_context"

# Overlap resolution: the longest match wins; on equal length pseudo beats trigger beats terminator.
_PRIORITY = {"pseudo": 0, "trigger": 1, "terminator": 2}


def register_extensions() -> None:
    """Register the token/doc attributes once; safe to call on every import."""
    if not Token.has_extension("context"):
        Token.set_extension("context", default=None)
    if not Token.has_extension("context_trigger"):
        Token.set_extension("context_trigger", default=None)
    if not Doc.has_extension("context_scopes"):
        Doc.set_extension("context_scopes", default=None)


register_extensions()


class ContextConfigError(ValueError):
    """The context YAML is malformed."""


@dataclass(frozen=True)
class TriggerSpec:
    category: str
    direction: str
    max_scope: int
    sentence_only: bool = False  # stop_at: sentence -> ignore terminator words and commas


class ContextScope(NamedTuple):
    """Tokens ``[start, end)`` put in ``category`` by the trigger at ``[trigger_start, trigger_end)``.

    A NamedTuple rather than a dataclass: a few are created for every note.
    """

    category: str
    trigger: str
    trigger_start: int
    trigger_end: int
    start: int
    end: int
    direction: str

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass(frozen=True)
class PhraseGroup:
    """Phrases sharing one role (trigger / pseudo / terminator) and one match attribute."""

    kind: str
    attr: str
    phrases: tuple[str, ...]
    spec: TriggerSpec | None = None


@dataclass(frozen=True)
class ContextConfig:
    groups: tuple[PhraseGroup, ...]
    sentence: frozenset[str]
    clause: frozenset[str]
    spaced: frozenset[str]
    newline: bool


# -- phrase syntax --------------------------------------------------------------
def expand_phrase(text: str) -> list[str]:
    """Expand "a|b" alternatives and "(a|b)" optional words into concrete phrases."""
    slots: list[list[str]] = []
    for word in str(text).split():
        optional = word.startswith("(") and word.endswith(")") and len(word) > 2
        if optional:
            word = word[1:-1]
        options = [w for w in word.split("|") if w]
        if not options or "(" in word or ")" in word:
            raise ContextConfigError(f"bad word {word!r} in phrase {text!r}")
        slots.append(options + [""] if optional else options)
    if not slots:
        raise ContextConfigError(f"empty phrase {text!r}")
    phrases = (" ".join(w for w in combo if w) for combo in itertools.product(*slots))
    return sorted({p for p in phrases if p})


# -- configuration --------------------------------------------------------------
def _read_yaml(path: str | Path | None) -> tuple[Any, str]:
    if path is None:
        source = importlib.resources.files("model") / "resources" / DEFAULT_CONTEXT
        name = DEFAULT_CONTEXT
        text = source.read_text(encoding="utf-8")
    else:
        name = str(path)
        text = Path(path).read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text), name
    except yaml.YAMLError as err:
        raise ContextConfigError(f"{name}: YAML syntax error: {err}") from err


def _phrase_list(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(p, str) and p.strip() for p in raw):
        raise ContextConfigError(f"{where}: 'phrases' must be a non-empty list of strings")
    for phrase in raw:
        expand_phrase(phrase)  # syntax check
    return tuple(raw)


def _attr(raw: dict[str, Any], where: str) -> str:
    attr = str(raw.get("attr", "LEMMA")).upper()
    if attr not in ATTRS:
        raise ContextConfigError(f"{where}: attr must be one of {ATTRS}, got {attr!r}")
    return attr


def _trigger_group(raw: Any, where: str) -> PhraseGroup:
    if not isinstance(raw, dict):
        raise ContextConfigError(f"{where}: each trigger group must be a mapping")
    category, direction = raw.get("category"), raw.get("direction")
    scope = raw.get("max_scope")
    if category not in CATEGORIES:
        raise ContextConfigError(f"{where}: category must be one of {CATEGORIES}, got {category!r}")
    if direction not in DIRECTIONS:
        raise ContextConfigError(f"{where}: direction must be one of {DIRECTIONS}, got {direction!r}")
    if not isinstance(scope, int) or isinstance(scope, bool) or not 1 <= scope <= 50:
        raise ContextConfigError(f"{where}: max_scope must be an integer 1..50, got {scope!r}")
    stop_at = raw.get("stop_at", "clause")
    if stop_at not in ("clause", "sentence"):
        raise ContextConfigError(f"{where}: stop_at must be 'clause' or 'sentence', got {stop_at!r}")
    return PhraseGroup("trigger", _attr(raw, where), _phrase_list(raw.get("phrases"), where),
                       TriggerSpec(category, direction, scope, stop_at == "sentence"))


def parse_config(raw: Any, name: str = DEFAULT_CONTEXT) -> ContextConfig:
    """Validate the YAML structure and turn it into a :class:`ContextConfig`."""
    if not isinstance(raw, dict):
        raise ContextConfigError(f"{name}: top level must be a mapping")
    groups = [_trigger_group(g, f"{name}: triggers[{i}]") for i, g in enumerate(raw.get("triggers") or [])]
    if not groups:
        raise ContextConfigError(f"{name}: no triggers")
    for i, g in enumerate(raw.get("pseudo") or []):
        where = f"{name}: pseudo[{i}]"
        if not isinstance(g, dict):
            raise ContextConfigError(f"{where}: must be a mapping")
        groups.append(PhraseGroup("pseudo", _attr(g, where), _phrase_list(g.get("phrases"), where)))
    terms = raw.get("terminators") or {}
    if not isinstance(terms, dict):
        raise ContextConfigError(f"{name}: terminators must be a mapping")
    if terms.get("phrases"):
        groups.append(PhraseGroup("terminator", "LEMMA",
                                  _phrase_list(terms["phrases"], f"{name}: terminators")))
    return ContextConfig(tuple(groups), frozenset(map(str, terms.get("sentence") or [])),
                         frozenset(map(str, terms.get("clause") or [])),
                         frozenset(map(str, terms.get("spaced") or [])), bool(terms.get("newline", True)))


def load_config(path: str | Path | None = None) -> ContextConfig:
    raw, name = _read_yaml(path)
    return parse_config(raw, name)


def span_chars(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    """(text, start_char, end_char) of tokens [start, end) without building a Span.

    Creating a spaCy Span costs microseconds; this runs on every note.
    """
    tokens = [doc[i] for i in range(start, end)]
    text = "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text
    first = tokens[0].idx
    return text, first, first + len(text)


def _text(doc: Doc, start: int, end: int) -> str:
    return doc[start].text if end - start == 1 else span_chars(doc, start, end)[0]


# -- the component ----------------------------------------------------------------
def analyse_phrase(nlp: Language, text: str, stop_at: str | None = COMPONENT) -> Doc:
    """Run a phrase through the pipeline up to (not including) ``stop_at``.

    Patterns are normalised exactly like notes, so YAML authors write plain
    English ("denies", "hx of") and still match every inflection and shorthand.
    """
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == stop_at:
            break
        doc = proc(doc)
    return doc


class _Match(NamedTuple):
    start: int
    end: int
    kind: str
    spec: TriggerSpec | None


# spaCy keeps extension values in doc.user_data under ("._.", name, token.idx, None)
# (spacy/tokens/underscore.py). Writing there directly is ~10x cheaper than going
# through token._ for every scoped token; _fast_path_works() checks the layout
# once per component and falls back to token._ if spaCy ever changes it.
_EXT = "._."


_SCOPES_KEY = (_EXT, "context_scopes", None, None)


def get_scopes(doc: Doc) -> tuple[ContextScope, ...] | None:
    """``doc._.context_scopes`` without the Underscore overhead (read on every note)."""
    scopes = doc.user_data.get(_SCOPES_KEY)
    return scopes if scopes is not None else doc._.context_scopes


def _fast_path_works(nlp: Language) -> bool:
    doc = nlp.make_doc("probe text")
    doc.user_data[(_EXT, "context", doc[1].idx, None)] = "negated"
    doc.user_data[(_EXT, "context_scopes", None, None)] = ()
    return doc[1]._.context == "negated" and doc[0]._.context is None and doc._.context_scopes == ()


# Kinds of PhraseMatcher labels besides trigger groups: sentence and clause breaks,
# and words other components asked to have spotted (see TriageContext.add_spots).
_SENTENCE, _CLAUSE, _DASH, _SPOT = "sentence-break", "clause-break", "dash", "spot"
SPOTS_KEY = ("triage_context", "spots")  # doc.user_data key: (generation, [(label, start), ...])
# Whitespace tokens that carry a line break (spaCy keeps runs of whitespace as one token).
_NEWLINES = ("\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", " \n", "\n ", "\n  ", "  \n")


class TriageContext:
    """spaCy component marking tokens in negated / historical / hypothetical scope.

    Per note: two PhraseMatcher calls (lemma and lower-case) find triggers,
    pseudo-triggers, terminators and sentence/clause breaks at once; scopes are
    then plain arithmetic on those positions (no per-token work).
    """

    def __init__(self, nlp: Language, name: str = COMPONENT, path: str | None = None):
        self.nlp = nlp
        self.name = name
        self.config = load_config(path)
        self._matchers: list[PhraseMatcher] | None = None
        self._by_attr: dict[str, PhraseMatcher] = {}
        self._keys: dict[int, tuple[str, TriggerSpec | None, frozenset[str] | None]] = {}
        self._fast = _fast_path_works(nlp)
        self._spot_generation = 0

    # Matchers need the lemmatizer's tables, which spaCy loads in nlp.initialize();
    # initialize() runs in pipeline order, i.e. after the lemmatizer and normalizer.
    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        self._compile(nlp or self.nlp)

    def _compile(self, nlp: Language) -> None:
        """Two PhraseMatchers (LEMMA, LOWER); ORTH groups ride on LOWER plus an exact-text check."""
        lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        keys: dict[int, tuple[str, TriggerSpec | None, frozenset[str] | None]] = {}

        def add(key: str, kind: str, spec: TriggerSpec | None, exact: frozenset[str] | None,
                matcher: PhraseMatcher, docs: list[Doc]) -> None:
            keys[nlp.vocab.strings.add(key)] = (kind, spec, exact)
            matcher.add(key, docs)

        for index, group in enumerate(self.config.groups):
            texts = sorted({p for phrase in group.phrases for p in expand_phrase(phrase)})
            key = f"{self.name}:{group.kind}:{index}"
            if group.attr == "LEMMA":
                add(key, group.kind, group.spec, None, lemma, [analyse_phrase(nlp, t, self.name) for t in texts])
            else:
                exact = frozenset(texts) if group.attr == "ORTH" else None
                add(key, group.kind, group.spec, exact, lower, [nlp.make_doc(t) for t in texts])
        newlines = _NEWLINES if self.config.newline else ()
        for kind, texts in ((_SENTENCE, [*self.config.sentence, *newlines]), (_CLAUSE, self.config.clause),
                            (_DASH, self.config.spaced)):
            if texts:
                docs = [Doc(nlp.vocab, words=[t], spaces=[False]) for t in sorted(set(texts))]
                add(f"{self.name}:{kind}", kind, None, None, lower, docs)
        self._keys = keys
        self._by_attr = {"LEMMA": lemma, "LOWER": lower}
        self._matchers = [m for m in (lemma, lower) if len(m)]

    def add_spots(self, words: Iterable[tuple[str, str]]) -> int:
        """Also report these one-token words on every note, in ``doc.user_data[SPOTS_KEY]``.

        The safety rules use this to find their key words in the same C pass as
        the context triggers, instead of running their own matchers. ``words``
        are (attr, text) pairs, attr LEMMA or LOWER; each is reported with the
        label hash of ``spot_label(attr, text)``. Returns the spotting generation:
        docs stamped with an older generation may lack these words.
        """
        if self._matchers is None:
            self._compile(self.nlp)
        strings = self.nlp.vocab.strings
        added = False
        for attr, word in words:
            label = spot_label(attr, word)
            key = strings.add(label)
            if key in self._keys:
                continue
            self._keys[key] = (_SPOT, None, None)
            doc = (Doc(self.nlp.vocab, words=[word], lemmas=[word]) if attr == "LEMMA"
                   else Doc(self.nlp.vocab, words=[word]))
            self._by_attr[attr].add(label, [doc])
            added = True
        if added:
            self._spot_generation += 1
            self._matchers = [m for m in self._by_attr.values() if len(m)]
        return self._spot_generation

    def __call__(self, doc: Doc) -> Doc:
        if self._matchers is None:
            self._compile(self.nlp)
        found, sentence, breaks, triggered = self._find(doc)
        scopes = self._scopes(doc, _select(found), sentence, breaks) if triggered else ()
        self._mark(doc, scopes)
        return doc

    def _mark(self, doc: Doc, scopes: tuple[ContextScope, ...]) -> None:
        """Set token._.context / context_trigger for scoped tokens and doc._.context_scopes."""
        if not self._fast:
            for scope in scopes:
                for i in range(scope.start, scope.end):
                    doc[i]._.context = scope.category
                    doc[i]._.context_trigger = scope.trigger
            doc._.context_scopes = scopes
            return
        data = doc.user_data
        for scope in scopes:
            category, trigger = scope.category, scope.trigger
            for i in range(scope.start, scope.end):
                idx = doc[i].idx
                data[(_EXT, "context", idx, None)] = category
                data[(_EXT, "context_trigger", idx, None)] = trigger
        data[_SCOPES_KEY] = scopes

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # -- steps ------------------------------------------------------------------
    def _find(self, doc: Doc) -> tuple[list[_Match], list[int], list[int], bool]:
        """Trigger/pseudo/terminator matches; sentence breaks; all breaks; any trigger at all?

        Break lists come out sorted: they all come from the lower-case matcher,
        which reports matches in token order.
        """
        found: list[_Match] = []
        sentence: list[int] = []
        breaks: list[int] = []
        spots: list[tuple[int, int]] = []
        triggered = False
        keys = self._keys
        for matcher in self._matchers or ():
            for key, start, end in matcher(doc):
                kind, spec, exact = keys[key]
                if kind is _SPOT:
                    spots.append((key, start))
                elif kind is _CLAUSE:
                    breaks.append(start)
                elif kind is _SENTENCE:
                    sentence.append(start)
                    breaks.append(start)
                elif kind is _DASH:  # "TTK made - hx of OD" breaks, "10-15" does not
                    if doc[start].whitespace_ or (start > 0 and doc[start - 1].whitespace_):
                        sentence.append(start)
                        breaks.append(start)
                elif exact is None or span_chars(doc, start, end)[0] in exact:
                    found.append(_Match(start, end, kind, spec))  # ORTH: "may" but not "May"
                    triggered = triggered or spec is not None
        if self._spot_generation:
            doc.user_data[SPOTS_KEY] = (self._spot_generation, spots)
        return found, sentence, breaks, triggered

    def _scopes(self, doc: Doc, matches: list[_Match], sentence: list[int],
                breaks: list[int]) -> tuple[ContextScope, ...]:
        """Each trigger's scope runs to max_scope, the nearest break or the next match.

        Triggers and pseudo-triggers always end a scope; terminator words and
        clause breaks do not end ``stop_at: sentence`` scopes.
        """
        n = len(doc)
        ranges: list[list[Any]] = []  # [start, end, trigger, direction]
        last = len(matches) - 1
        for k, m in enumerate(matches):
            spec = m.spec
            if spec is None:
                continue
            only = spec.sentence_only
            stops = sentence if only else breaks
            if spec.direction != "backward":
                end = min(n, m.end + spec.max_scope)
                j = k + 1
                while j <= last and only and matches[j].kind == "terminator":
                    j += 1
                if j <= last and matches[j].start < end:
                    end = matches[j].start
                i = bisect_left(stops, m.end)
                if i < len(stops) and stops[i] < end:
                    end = stops[i]
                if end > m.end:
                    ranges.append([m.end, end, m, "forward"])
            if spec.direction != "forward":
                start = max(0, m.start - spec.max_scope)
                j = k - 1
                while j >= 0 and only and matches[j].kind == "terminator":
                    j -= 1
                if j >= 0 and matches[j].end > start:
                    start = matches[j].end
                i = bisect_left(stops, m.start)
                if i > 0 and stops[i - 1] + 1 > start:
                    start = stops[i - 1] + 1
                if start < m.start:
                    ranges.append([start, m.start, m, "backward"])
        if len(ranges) > 1:
            ranges.sort(key=_first_two)
            for left, right in zip(ranges, ranges[1:]):
                if right[0] < left[1]:  # a forward scope meets the next trigger's backward scope
                    # nearest trigger wins; on a tie the earlier trigger keeps the token
                    cut = (right[2].start + left[2].end - 1) // 2 + 1
                    left[1], right[0] = min(left[1], cut), max(right[0], cut)
        return tuple([ContextScope(m.spec.category, _text(doc, m.start, m.end), m.start, m.end,
                                   start, end, direction)
                      for start, end, m, direction in ranges if start < end])


def spot_label(attr: str, word: str) -> str:
    """The PhraseMatcher label under which ``add_spots`` reports a word."""
    return f"spot:{attr}:{word}"


_BY_POSITION = attrgetter("start", "end")


def _select(found: list[_Match]) -> list[_Match]:
    """Keep non-overlapping matches: longest first, pseudo-triggers before triggers."""
    if len(found) < 2:
        return found
    found.sort(key=_BY_POSITION)
    end = -1
    for m in found:
        if m.start < end:
            break
        end = m.end
    else:
        return found  # the usual case: nothing overlaps
    taken: set[int] = set()
    kept = []
    for m in sorted(found, key=lambda m: (m.start - m.end, _PRIORITY[m.kind], m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            taken.update(range(m.start, m.end))
            kept.append(m)
    kept.sort(key=_BY_POSITION)
    return kept


def _first_two(r: list[Any]) -> tuple[int, int]:
    return r[0], r[1]


@Language.factory(COMPONENT, default_config={"path": None})
def make_triage_context(nlp: Language, name: str, path: str | None) -> TriageContext:
    return TriageContext(nlp, name, path)
