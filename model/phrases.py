"""Phrase syntax of the safety rules, and the compiled matcher that runs them.

Why not spaCy's Matcher? It evaluates every ``IN`` set as a Python callback on
every token for every pattern; with a few hundred phrases that cost ~50x the
whole pipeline. Here each phrase is indexed by its rarest required word. The
key words (and the words of each phrase's other uncommon slots) are spotted on
every note by the ``triage_context`` component's PhraseMatcher, in C, in the
pass it makes anyway (``TriageContext.add_spots``). A phrase is only tried when
all its uncommon words occur in the note, and then outward from its key word,
token by token. Most notes stop after a few dictionary lookups.

Phrase syntax (documented for authors in rules.yaml):
    word  a|b  (optional)  $lexicon  ~lower  #num  ...  ...N
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from model.context import COMPONENT as CONTEXT_COMPONENT
from model.context import SPOTS_KEY, analyse_phrase, spot_label

DEFAULT_GAP = 3
_GAP_RE = re.compile(r"^\.\.\.(\d*)$")
WORD_RE = re.compile(r"^[^\s()|]+$")

# Frequent words make poor index keys ...
COMMON = frozenset("""
be have do get go come take make say tell see know want try leave put keep turn use
he she they him her them his their my me i you we it its our us this that there here
the a an to of in on at for with from by and or but not no up out off over into round
will would can may might could should now then all one two three some any as so
man woman male female person people someone caller mum dad son daughter child home house
""".split())
# ... and function words are not worth spotting at all (a slot holding one is left to match_at).
FUNCTION_WORDS = frozenset("""
be have do get go say he she they him her them his their my me i you we it its our us this that
there here the a an to of in on at for with from by and or but not no up out off over into round
will would can may might could should as so all one two some any
""".split())

LEMMA, LOWER, NUM, GAP = range(4)
ATTR = {LEMMA: "LEMMA", LOWER: "LOWER"}


# -- syntax ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    """One position of a phrase: words (lemma or lower-case), a number, or a gap."""

    kind: str                    # "lemma" | "lower" | "num" | "gap"
    words: tuple[str, ...] = ()
    optional: bool = False
    gap: int = 0


def parse_phrase(text: str, lexicon: Mapping[str, list[str]]) -> list[Slot]:
    """Parse one phrase (syntax only: no spaCy needed, so files validate at load time)."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("phrase must be a non-empty string")
    slots = [_parse_word(word, lexicon) for word in text.split()]
    if not any(s.kind in ("lemma", "lower") and not s.optional for s in slots):
        raise ValueError(f"phrase {text!r} needs at least one required word")
    if slots[0].kind == "gap" or slots[-1].kind == "gap":
        raise ValueError(f"phrase {text!r} cannot start or end with a gap")
    return slots


def _parse_word(word: str, lexicon: Mapping[str, list[str]]) -> Slot:
    gap = _GAP_RE.match(word)
    if gap:
        return Slot("gap", gap=int(gap.group(1) or DEFAULT_GAP))
    optional = word.startswith("(") and word.endswith(")") and len(word) > 2
    body = word[1:-1] if optional else word
    if body == "#num":
        return Slot("num", optional=optional)
    if "#num" in body.split("|"):
        raise ValueError(f"#num must stand alone, not in {word!r}")
    kind = "lower" if body.startswith("~") else "lemma"
    words: list[str] = []
    for option in body.split("|"):
        option = option[1:] if option.startswith("~") else option
        if option.startswith("$"):
            if option[1:] not in lexicon:
                raise ValueError(f"unknown lexicon ${option[1:]} in {word!r}")
            words.extend(lexicon[option[1:]])
        elif option and WORD_RE.match(option):
            words.append(option.lower() if kind == "lower" else option)
        else:
            raise ValueError(f"bad word {word!r}")
    return Slot(kind, tuple(dict.fromkeys(words)), optional)


# -- compilation ------------------------------------------------------------------------
class Lemmatiser:
    """Maps a word written in the YAML to its lemma in this pipeline (cached).

    Authors write plain words; "stabbed", "stabed" and "TTK" become the same
    lemmas as in notes because they go through the same pipeline.
    """

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        if " " in word:  # already a one-token expansion, e.g. "year old"
            return word.lower()
        if word not in self.cache:
            doc = analyse_phrase(self.nlp, word, CONTEXT_COMPONENT)
            if len(doc) != 1:
                raise ValueError(f"word {word!r} is not one token in this pipeline; "
                                 "split it into separate words")
            self.cache[word] = doc[0].lemma_
        return self.cache[word]

    def words(self, slot: Slot) -> frozenset[str]:
        """The slot's words as the matcher compares them (lemmas, or lower-case text)."""
        return frozenset(self(w) for w in slot.words) if slot.kind == "lemma" else frozenset(slot.words)


@dataclass(frozen=True, eq=False)
class CSlot:
    kind: int
    words: frozenset[str] = frozenset()
    hashes: frozenset[int] = frozenset()
    optional: bool = False
    gap: int = 0


@dataclass(frozen=True, eq=False)
class CPhrase:
    """A compiled phrase: its key slot, the slots right of it and (reversed) left of it."""

    rule_id: str
    role: str                        # "match" | "anchor" | "cue" | "unless"
    key: CSlot
    right: tuple[CSlot, ...]
    left: tuple[CSlot, ...]
    checks: frozenset[int]           # ids of uncommon required slots that must be spotted


def merged_variants(slots: list[Slot], lemma: Lemmatiser, multiword: Iterable[str]) -> list[list[Slot]]:
    """Extra slot lists for shorthand expanded into ONE token ("TTK" -> lemma "threat to kill")."""
    variants = []
    for value in multiword:
        parts = value.split()
        for i in range(len(slots) - len(parts) + 1):
            run = slots[i:i + len(parts)]
            if all(s.kind == "lemma" and not s.optional and p in lemma.words(s) for s, p in zip(run, parts)):
                variants.append(slots[:i] + [Slot("lemma", (value,))] + slots[i + len(parts):])
    return variants


def compile_phrase(slots: list[Slot], rule_id: str, role: str, lemma: Lemmatiser,
                   slot_ids: dict[tuple[int, frozenset[str]], int]) -> CPhrase:
    """Hash the words, key the phrase on its rarest required slot, list the slots to spot."""
    strings = lemma.nlp.vocab.strings
    compiled: list[CSlot] = []
    for slot in slots:
        if slot.kind == "gap":
            compiled.append(CSlot(GAP, gap=slot.gap))
        elif slot.kind == "num":
            compiled.append(CSlot(NUM, optional=slot.optional))
        else:
            words = lemma.words(slot)
            compiled.append(CSlot(LEMMA if slot.kind == "lemma" else LOWER, words,
                                  frozenset(strings.add(w) for w in words), slot.optional))
    required = [i for i, c in enumerate(compiled) if c.kind in (LEMMA, LOWER) and not c.optional]
    k = min(required, key=lambda i: _key_cost(compiled[i].words))
    checks = frozenset(slot_ids.setdefault((compiled[i].kind, compiled[i].words), len(slot_ids))
                       for i in required if i != k and not compiled[i].words & FUNCTION_WORDS)
    return CPhrase(rule_id, role, compiled[k], tuple(compiled[k + 1:]), tuple(reversed(compiled[:k])), checks)


def _key_cost(words: frozenset[str]) -> tuple[int, int]:
    """All-common slots make the worst keys, then mixed ones; then the smaller set wins."""
    common = len(words & COMMON)
    return (2 if common == len(words) else 1 if common else 0, len(words))


# -- matching ----------------------------------------------------------------------------
def match_at(phrase: CPhrase, i: int, doc: Doc) -> tuple[int, int] | None:
    """The longest span of ``phrase`` whose key word is token ``i`` (already spotted)."""
    n = len(doc)
    ends = _reach(phrase.right, i + 1, 1, doc, n)
    if not ends:
        return None
    starts = _reach(phrase.left, i - 1, -1, doc, n)
    if not starts:
        return None
    return min(starts) + 1, max(ends)


def _reach(slots: tuple[CSlot, ...], pos: int, step: int, doc: Doc, n: int) -> set[int]:
    """Positions reachable after matching ``slots`` from ``pos`` in direction ``step``."""
    positions = {pos}
    for slot in slots:
        nxt: set[int] = set()
        if slot.kind == GAP:  # up to slot.gap tokens, never across punctuation
            for p in positions:
                nxt.add(p)
                q = p
                for _ in range(slot.gap):
                    if not 0 <= q < n:
                        break
                    token = doc[q]
                    if token.is_punct or token.is_space:
                        break
                    q += step
                    nxt.add(q)
        else:
            for p in positions:
                if slot.optional:
                    nxt.add(p)
                if 0 <= p < n and _test(slot, doc, p):
                    nxt.add(p + step)
        if not nxt:
            return nxt
        positions = nxt
    return positions


def _test(slot: CSlot, doc: Doc, i: int) -> bool:
    token = doc[i]
    if slot.kind == LEMMA:
        return token.lemma in slot.hashes
    if slot.kind == LOWER:
        return token.lower in slot.hashes
    return bool(token.like_num)


def longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longest first (spaCy's greedy="LONGEST")."""
    if len(spans) == 1:
        return spans
    kept: list[tuple[int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


# -- spotting ----------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class _Entry:
    phrases: tuple[CPhrase, ...]     # phrases keyed on this word
    slots: frozenset[int]            # checked slots containing this word
    raw: bool                        # a raw spaCy pattern needs this word


class SpotIndex:
    """Which words the rules need spotted on a note, and what each one unlocks."""

    def __init__(self, nlp: Language, phrases: list[CPhrase], raw_words: Iterable[tuple[str, str]],
                 slot_words: Mapping[int, tuple[int, frozenset[str]]], always_raw: bool):
        keyed: dict[tuple[str, str], list[CPhrase]] = {}
        slots: dict[tuple[str, str], set[int]] = {}
        for phrase in phrases:
            for word in phrase.key.words:
                keyed.setdefault((ATTR[phrase.key.kind], word), []).append(phrase)
        for sid, (kind, words) in slot_words.items():
            for word in words:
                slots.setdefault((ATTR[kind], word), set()).add(sid)
        raw = set(raw_words)
        self.words = sorted(set(keyed) | set(slots) | raw)
        strings = nlp.vocab.strings
        self.entries = {strings.add(spot_label(attr, word)): _Entry(tuple(keyed.get((attr, word), ())),
                                                                   frozenset(slots.get((attr, word), ())),
                                                                   (attr, word) in raw)
                        for attr, word in self.words}
        self.always_raw = always_raw
        self.generation = 0
        self.vocab = nlp.vocab
        self._fallback: list[PhraseMatcher] | None = None
        if CONTEXT_COMPONENT in nlp.pipe_names:
            self.generation = nlp.get_pipe(CONTEXT_COMPONENT).add_spots(self.words)

    def spots(self, doc: Doc) -> list[tuple[int, int]]:
        """(label, start) of every spotted word: from the context pass, else our own matchers."""
        stamped = doc.user_data.get(SPOTS_KEY)
        if stamped is not None and self.generation and stamped[0] >= self.generation:
            return stamped[1]
        return [(label, start) for matcher in self._own_matchers() for label, start, _ in matcher(doc)]

    def _own_matchers(self) -> list[PhraseMatcher]:
        """Fallback for docs made before the words were registered (or without the component)."""
        if self._fallback is None:
            matchers = {"LEMMA": PhraseMatcher(self.vocab, attr="LEMMA"),
                        "LOWER": PhraseMatcher(self.vocab, attr="LOWER")}
            for attr, word in self.words:
                doc = (Doc(self.vocab, words=[word], lemmas=[word]) if attr == "LEMMA"
                       else Doc(self.vocab, words=[word]))
                matchers[attr].add(spot_label(attr, word), [doc])
            self._fallback = [m for m in matchers.values() if len(m)]
        return self._fallback

    def candidates(self, doc: Doc) -> tuple[list[tuple[CPhrase, int]], bool]:
        """(phrase, key position) pairs worth trying, and whether raw patterns may match."""
        keyed: list[tuple[tuple[CPhrase, ...], int]] = []
        present: set[int] = set()
        run_raw = self.always_raw
        entries = self.entries
        for label, start in self.spots(doc):
            entry = entries.get(label)
            if entry is None:
                continue  # a word another rule set asked for
            if entry.phrases:
                keyed.append((entry.phrases, start))
            if entry.slots:
                present.update(entry.slots)
            if entry.raw:
                run_raw = True
        return [(p, i) for phrases, i in keyed for p in phrases if p.checks <= present], run_raw
