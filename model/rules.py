"""Safety rules: a transparent, data-driven net that can only RAISE police flags.

The classifier can miss a rare phrasing of a threat to life; these rules catch
the unmistakable ones ("has taken 40 paracetamol", "knife to his throat") and
say exactly why. Rules live in ``resources/rules.yaml`` (see its header for
the phrase syntax); this module validates, compiles and applies them.

Semantics, decided once here:

* A rule *matches* where one of its phrases/patterns matches, minus matches
  overlapping one of its ``unless`` phrases (harmless uses: "flu shot").
* ``phrases``/``patterns`` match on their own. ``near.anchors`` only match
  where one of ``near.cues`` lies within ``near.window`` tokens, outside the
  anchor itself (a place plus its cue: "on the bridge" + "jump").
* A match is *suppressed* when any of its tokens lies in a negated, historical
  or hypothetical scope (``model.context``) opened by a trigger outside the
  match. A trigger inside the match only counts when the rule does not name
  that word itself: "not breathing" names "not", so it still fires, whereas
  "drunk at home not driving" swallowed "not" into a gap, so it is negated.
  For anchors the cue must also be free: "on the bridge, denies any wish to
  jump" is suppressed.
* A rule *fires* when at least one match is not suppressed. :func:`escalate`
  is the only place that turns fired rules into flags.
"""
from __future__ import annotations

import importlib.resources
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from model.context import COMPONENT as CONTEXT_COMPONENT
from model.context import ContextScope, get_scopes, span_chars
from model.labels import CRIME, POLICE, POLICE_FLAGS, THREAT_TO_LIFE, WELFARE_ONLY
from model.phrases import (COMMON, WORD_RE, CPhrase, Lemmatiser, SpotIndex, compile_phrase, longest,
                           match_at, merged_variants, parse_phrase)

DEFAULT_RULES = "rules.yaml"
SEVERITIES = ("critical", "elevated")
MIN_EXAMPLES = 2
RULE_FIELDS = frozenset({"id", "description", "flags", "severity", "phrases", "patterns",
                         "near", "unless", "examples"})
_ID_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_ROLE_FIELDS = {"match": "phrases", "anchor": "near.anchors", "cue": "near.cues", "unless": "unless"}


class RulesError(ValueError):
    """The rules file is invalid; the message names the file, the rule and the field."""


@dataclass(frozen=True)
class Resolution:
    """A phrase after which earlier rule hits no longer fire ("found safe and well").

    ``rules`` None: it resolves a hit of any rule. Otherwise only hits of the
    rules named: "nothing's missing" settles a confused person's theft report,
    never a break-in, and "paramedics are treating him" settles an overdose,
    never a stabbing.
    """

    phrase: str
    rules: frozenset[str] | None = None

    def covers(self, rule_id: str) -> bool:
        return self.rules is None or rule_id in self.rules


def _resolutions(raw: Any, rule_ids: set[str], where: "_Where") -> tuple[Resolution, ...]:
    """Plain phrases (any rule) and ``{rules: [...], phrases: [...]}`` groups."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise where.error("resolutions", "must be a list of phrases or {rules, phrases} groups")
    out: list[Resolution] = []
    for i, item in enumerate(raw):
        if isinstance(item, str) and item.strip():
            out.append(Resolution(item.strip().lower()))
            continue
        fld = f"resolutions[{i}]"
        if not isinstance(item, dict) or set(item) != {"rules", "phrases"}:
            raise where.error(fld, "must be a non-empty phrase or a mapping with exactly 'rules' and 'phrases'")
        scope = item["rules"]
        if not isinstance(scope, list) or not scope or not all(isinstance(r, str) for r in scope):
            raise where.error(f"{fld}.rules", "must be a non-empty list of rule ids")
        unknown = sorted(set(scope) - rule_ids)
        if unknown:
            raise where.error(f"{fld}.rules", f"unknown rule id {unknown[0]!r}")
        phrases = _strings(item["phrases"], where, f"{fld}.phrases")
        if not phrases:
            raise where.error(f"{fld}.phrases", "must be a non-empty list of phrases")
        out.extend(Resolution(p.strip().lower(), frozenset(scope)) for p in phrases)
    return tuple(out)


# -- results --------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleHit:
    """One match of one rule: fired (``context`` None) or suppressed by context."""

    rule_id: str
    flags: tuple[str, ...]
    severity: str
    description: str
    text: str
    start: int
    end: int
    context: str | None = None
    trigger: str | None = None

    @property
    def fired(self) -> bool:
        return self.context is None

    def to_reason(self) -> dict[str, Any]:
        """JSON-ready explanation for the API response and the audit log."""
        reason: dict[str, Any] = {
            "kind": "rule" if self.fired else "suppressed",
            "rule_id": self.rule_id, "flags": list(self.flags), "severity": self.severity,
            "description": self.description, "text": self.text, "start": self.start, "end": self.end,
        }
        if not self.fired:
            reason["context"] = self.context
            reason["trigger"] = self.trigger
        return reason


@dataclass(frozen=True)
class RuleResult:
    fired: tuple[RuleHit, ...] = ()
    suppressed: tuple[RuleHit, ...] = ()

    @property
    def raised_flags(self) -> frozenset[str]:
        return frozenset(flag for hit in self.fired for flag in hit.flags)

    @property
    def fired_rule_ids(self) -> frozenset[str]:
        return frozenset(hit.rule_id for hit in self.fired)

    def reasons(self) -> list[dict[str, Any]]:
        return [hit.to_reason() for hit in (*self.fired, *self.suppressed)]


@dataclass(frozen=True)
class Excluded:
    """A match dropped by an ``unless`` phrase (shown by :func:`explain`)."""

    rule_id: str
    text: str
    by: str


@dataclass(frozen=True)
class ExampleFailure:
    rule_id: str
    text: str
    expected: str
    got: str


# -- rule definitions -------------------------------------------------------------------
@dataclass(frozen=True)
class MatchSpec:
    """Phrases and raw token patterns of one role (match, anchor, cue or unless)."""

    phrases: tuple[str, ...] = ()
    patterns: tuple[Any, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.phrases or self.patterns)


@dataclass(frozen=True)
class Rule:
    """One validated rule from the YAML (see the field list in rules.yaml's header)."""

    id: str
    description: str
    flags: tuple[str, ...]
    severity: str
    match: MatchSpec
    anchors: MatchSpec = field(default_factory=MatchSpec)
    cues: MatchSpec = field(default_factory=MatchSpec)
    window: int = 0
    unless: MatchSpec = field(default_factory=MatchSpec)
    fire_examples: tuple[str, ...] = ()
    no_fire_examples: tuple[str, ...] = ()


class _Where:
    """Builds RulesError messages naming file, rule and field."""

    def __init__(self, source: str, rule_id: str | None = None):
        self.source, self.rule_id = source, rule_id

    def error(self, fld: str, problem: str) -> RulesError:
        rule = f" rule {self.rule_id!r}:" if self.rule_id else ""
        return RulesError(f"{self.source}:{rule} field {fld!r}: {problem}")


def _strings(raw: Any, where: _Where, fld: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
        raise where.error(fld, "must be a list of non-empty strings")
    return tuple(raw)


def _expand_raw(value: Any, key: str | None, lexicon: Mapping[str, list[str]], where: _Where,
                fld: str) -> Any:
    """Replace "$name" in raw token patterns by the lexicon's words."""
    if isinstance(value, dict):
        return {k: _expand_raw(v, k if k not in ("IN", "NOT_IN") else key, lexicon, where, fld)
                for k, v in value.items()}
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith("$"):
                if item[1:] not in lexicon:
                    raise where.error(fld, f"unknown lexicon {item}")
                out.extend(lexicon[item[1:]])
            else:
                out.append(_expand_raw(item, key, lexicon, where, fld))
        return out
    if isinstance(value, str) and value.startswith("$") and key not in (None, "OP"):
        if value[1:] not in lexicon:
            raise where.error(fld, f"unknown lexicon {value}")
        return {"IN": list(lexicon[value[1:]])}
    return value


def _match_spec(raw: Any, lexicon: Mapping[str, list[str]], where: _Where, fld: str) -> MatchSpec:
    if raw is None:
        return MatchSpec()
    if isinstance(raw, list):  # a bare list means phrases
        raw = {"phrases": raw}
    if not isinstance(raw, dict):
        raise where.error(fld, "must be a mapping with 'phrases' and/or 'patterns'")
    phrases_field = f"{fld}.phrases" if fld else "phrases"
    patterns_field = f"{fld}.patterns" if fld else "patterns"
    phrases = _strings(raw.get("phrases"), where, phrases_field)
    for phrase in phrases:
        try:
            parse_phrase(phrase, lexicon)
        except ValueError as err:
            raise where.error(phrases_field, str(err)) from None
    patterns = raw.get("patterns") or []
    if not isinstance(patterns, list):
        raise where.error(patterns_field, "must be a list of token patterns")
    expanded = tuple(_expand_raw(p, None, lexicon, where, patterns_field) for p in patterns)
    _validate_patterns(expanded, where, patterns_field)
    return MatchSpec(phrases, expanded)


def _validate_patterns(patterns: tuple[Any, ...], where: _Where, fld: str) -> None:
    """Let spaCy's own schema check raw patterns, so errors surface at load time."""
    for i, pattern in enumerate(patterns):
        if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
            raise where.error(fld, f"pattern {i} must be a non-empty list of token dicts")
        try:
            Matcher(Vocab(), validate=True).add("check", [pattern])
        except Exception as err:  # spaCy raises MatchPatternError / ValueError
            raise where.error(fld, f"pattern {i} is invalid: {err}") from None


def _parse_rule(raw: Any, lexicon: Mapping[str, list[str]], source: str, index: int) -> Rule:
    if not isinstance(raw, dict):
        raise _Where(source, f"#{index}").error("rules", "each rule must be a mapping")
    rule_id = raw.get("id")
    where = _Where(source, rule_id if isinstance(rule_id, str) else f"#{index}")
    if not isinstance(rule_id, str) or not _ID_RE.match(rule_id):
        raise where.error("id", "missing or not snake_case")
    unknown = set(raw) - RULE_FIELDS
    if unknown:
        raise where.error(sorted(unknown)[0], f"unknown field; allowed: {', '.join(sorted(RULE_FIELDS))}")
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip() or "\n" in description.strip():
        raise where.error("description", "missing or not a single line")
    flags = raw.get("flags")
    if (not isinstance(flags, list) or not flags or len(set(flags)) != len(flags)
            or not set(flags) <= set(POLICE_FLAGS)):
        raise where.error("flags", f"must be a non-empty list from {list(POLICE_FLAGS)}")
    if raw.get("severity") not in SEVERITIES:
        raise where.error("severity", f"must be one of {list(SEVERITIES)}")
    match = _match_spec({"phrases": raw.get("phrases"), "patterns": raw.get("patterns")},
                        lexicon, where, "")
    anchors, cues, window = _near(raw.get("near"), lexicon, where)
    if not match and not anchors:
        raise where.error("phrases", "a rule needs at least one phrase, pattern or near.anchors")
    unless = _match_spec(raw.get("unless"), lexicon, where, "unless")
    fire, no_fire = _examples(raw.get("examples"), where)
    return Rule(rule_id, description.strip(), tuple(flags), raw["severity"], match, anchors, cues,
                window, unless, fire, no_fire)


def _near(raw: Any, lexicon: Mapping[str, list[str]],
          where: _Where) -> tuple[MatchSpec, MatchSpec, int]:
    if raw is None:
        return MatchSpec(), MatchSpec(), 0
    if not isinstance(raw, dict) or set(raw) - {"window", "anchors", "cues"}:
        raise where.error("near", "must be a mapping with window, anchors and cues")
    window = raw.get("window")
    if not isinstance(window, int) or isinstance(window, bool) or not 0 <= window <= 100:
        raise where.error("near.window", "must be an integer 0..100 (tokens)")
    anchors = _match_spec(raw.get("anchors"), lexicon, where, "near.anchors")
    cues = _match_spec(raw.get("cues"), lexicon, where, "near.cues")
    if not anchors or not cues:
        raise where.error("near", "needs both anchors and cues")
    return anchors, cues, window


def _examples(raw: Any, where: _Where) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise where.error("examples", "missing; needs 'fire' and 'no_fire' lists")
    fire = _strings(raw.get("fire"), where, "examples.fire")
    no_fire = _strings(raw.get("no_fire"), where, "examples.no_fire")
    for fld, items in (("examples.fire", fire), ("examples.no_fire", no_fire)):
        if len(items) < MIN_EXAMPLES:
            raise where.error(fld, f"needs at least {MIN_EXAMPLES} examples, has {len(items)}")
    return fire, no_fire


def _lexicon(raw: Any, source: str) -> dict[str, list[str]]:
    where = _Where(source)
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise where.error("lexicon", "must be a mapping of name -> list of words")
    lexicon = {}
    for name, words in raw.items():
        items = _strings(words, where, f"lexicon.{name}")
        if not items or not all(WORD_RE.match(w) for w in items):
            raise where.error(f"lexicon.{name}", "must be a non-empty list of single words")
        lexicon[str(name)] = list(items)
    return lexicon


def _read(path: str | Path | None) -> tuple[Any, str]:
    if path is None:
        source = DEFAULT_RULES
        text = (importlib.resources.files("model") / "resources" / DEFAULT_RULES).read_text(encoding="utf-8")
    else:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise RulesError(f"{source}: cannot read: {err}") from None
    try:
        return yaml.safe_load(text), source
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise RulesError(f"{source}:{where}: YAML syntax error: {problem}") from None


# -- the rule set -----------------------------------------------------------------------
class RuleSet:
    """A validated, versioned list of rules; compile with :meth:`attach`, run with :meth:`apply`."""

    def __init__(self, version: str, rules: list[Rule], lexicon: dict[str, list[str]], source: str,
                 resolutions: tuple[Resolution, ...] = ()):
        self.version = version
        self.rules = rules
        self.resolutions = resolutions
        self._resolution_matcher: PhraseMatcher | None = None
        self.lexicon = lexicon
        self.source = source
        self._by_id = {rule.id: rule for rule in rules}
        self._order = {rule.id: i for i, rule in enumerate(rules)}
        self._vocab: Vocab | None = None
        self._index: SpotIndex | None = None
        self._raw: Matcher | None = None
        self._raw_keys: dict[int, tuple[str, str]] = {}
        self._literals: dict[str, frozenset[str]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None, check: bool = False,
             nlp: Language | None = None) -> "RuleSet":
        """Read and validate a rules file (None: the packaged one).

        With ``check=True`` every rule's examples are run too and a rule that
        breaks its own examples is refused (``nlp`` defaults to the project pipeline).
        """
        raw, source = _read(path)
        ruleset = cls.from_dict(raw, source)
        if check:
            if nlp is None:
                from model.text import build_pipeline
                nlp = build_pipeline(context=True)
            failures = ruleset.check_examples(nlp)
            if failures:
                ids = sorted({f.rule_id for f in failures})
                detail = "; ".join(f"{f.rule_id}: expected {f.expected} got {f.got}: {f.text!r}"
                                   for f in failures[:10])
                raise RulesError(f"{source}: rules break their own examples: {', '.join(ids)} ({detail})")
        return ruleset

    @classmethod
    def from_dict(cls, raw: Any, source: str = "<rules>") -> "RuleSet":
        where = _Where(source)
        if not isinstance(raw, dict):
            raise where.error("rules", "top level must be a mapping with 'version' and 'rules'")
        version = raw.get("version")
        if not isinstance(version, str) or not version.strip():
            raise where.error("version", "missing; must be a string such as \"2026.11.1\"")
        lexicon = _lexicon(raw.get("lexicon"), source)
        items = raw.get("rules")
        if not isinstance(items, list) or not items:
            raise where.error("rules", "must be a non-empty list")
        rules = [_parse_rule(item, lexicon, source, i) for i, item in enumerate(items)]
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise _Where(source, rule.id).error("id", "duplicate rule id")
            seen.add(rule.id)
        return cls(version.strip(), rules, lexicon, source, _resolutions(raw.get("resolutions"), seen, where))

    @property
    def rule_ids(self) -> list[str]:
        return [rule.id for rule in self.rules]

    # -- compile ----------------------------------------------------------------------
    def attach(self, nlp: Language) -> None:
        """Compile every rule against this pipeline's vocab and lemmatizer (call once per nlp).

        Also registers the rules' key words with the pipeline's ``triage_context``
        component, which then spots them on every note in its own C pass.
        """
        lemma = Lemmatiser(nlp)
        multiword = _multiword_lemmas(nlp)
        self._resolution_matcher = None
        if self.resolutions:
            self._resolution_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            for i, resolution in enumerate(self.resolutions):
                self._resolution_matcher.add(f"resolution#{i}", [nlp.make_doc(resolution.phrase)])
        phrases: list[CPhrase] = []
        slot_ids: dict[tuple[int, frozenset[str]], int] = {}
        raw = Matcher(nlp.vocab)
        raw_keys: dict[int, tuple[str, str]] = {}
        raw_words: set[tuple[str, str]] = set()
        always_raw = False
        for rule in self.rules:
            literals: set[str] = set()
            for role, spec in (("match", rule.match), ("anchor", rule.anchors), ("cue", rule.cues),
                               ("unless", rule.unless)):
                try:
                    phrases += self._compile_phrases(rule.id, role, spec, lemma, multiword, slot_ids, literals)
                    for pattern in spec.patterns:
                        pattern = _lemmatise_raw(pattern, lemma)
                        literals.update(_raw_words(pattern))
                        key = f"{rule.id}#{role}#{len(raw_keys)}"
                        raw.add(key, [pattern], greedy="LONGEST")
                        raw_keys[nlp.vocab.strings[key]] = (rule.id, role)
                        words = _raw_prefilter(pattern)
                        always_raw |= words is None
                        raw_words.update(words or ())
                except ValueError as err:
                    raise _Where(self.source, rule.id).error(_ROLE_FIELDS[role], str(err)) from None
            self._literals[rule.id] = frozenset(literals)
        slot_words = {sid: key for key, sid in slot_ids.items()}
        self._index = SpotIndex(nlp, phrases, raw_words, slot_words, always_raw and bool(raw_keys))
        self._raw = raw if raw_keys else None
        self._raw_keys = raw_keys
        self._vocab = nlp.vocab

    def _compile_phrases(self, rule_id: str, role: str, spec: MatchSpec, lemma: Lemmatiser,
                         multiword: list[str], slot_ids: dict[tuple[int, frozenset[str]], int],
                         literals: set[str]) -> list[CPhrase]:
        compiled = []
        for phrase in spec.phrases:
            slots = parse_phrase(phrase, self.lexicon)
            for variant in [slots, *merged_variants(slots, lemma, multiword)]:
                compiled.append(compile_phrase(variant, rule_id, role, lemma, slot_ids))
            for slot in slots:
                literals.update(lemma.words(slot))
        return compiled

    # -- apply ------------------------------------------------------------------------
    def apply(self, doc: Doc) -> RuleResult:
        """Evaluate every rule on a doc processed by a pipeline with ``triage_context``."""
        fired, suppressed, _ = self.evaluate(doc)
        return RuleResult(tuple(fired), tuple(suppressed))

    def evaluate(self, doc: Doc) -> tuple[list[RuleHit], list[RuleHit], list[Excluded]]:
        """Like :meth:`apply`, also returning the matches dropped by ``unless``."""
        if self._vocab is None or doc.vocab is not self._vocab:
            raise RuntimeError("RuleSet.attach(nlp) must be called with the pipeline that made this doc")
        scopes = get_scopes(doc)
        if scopes is None:
            raise ValueError(f"doc was not processed by {CONTEXT_COMPONENT!r}; "
                             "build the pipeline with build_pipeline(context=True)")
        fired: list[RuleHit] = []
        suppressed: list[RuleHit] = []
        excluded: list[Excluded] = []
        found = self._find(doc)
        for rule_id in sorted(found, key=self._order.__getitem__):
            roles = found[rule_id]
            if roles.get("match") or roles.get("anchor"):
                self._evaluate_rule(doc, self._by_id[rule_id], roles, scopes, fired, suppressed, excluded)
        if fired and self._resolution_matcher is not None:
            fired = self._resolve(doc, fired, suppressed)
        return fired, suppressed, excluded

    def _resolve(self, doc: Doc, fired: list[RuleHit], suppressed: list[RuleHit]) -> list[RuleHit]:
        """The newest fact wins: a hit followed by a resolution cue ("found safe and
        well", "police not needed", "has come round") no longer fires; a hit after
        the cue still does. Only the rules' escalation is withdrawn: the model's
        own flags and its review band still apply."""
        strings = doc.vocab.strings
        cues = sorted(((doc[start:end].start_char, doc[start:end].end_char, doc[start:end].text,
                        self.resolutions[int(strings[key].rsplit("#", 1)[1])])
                       for key, start, end in self._resolution_matcher(doc)), key=lambda cue: cue[:3])
        if not cues:
            return fired
        still: list[RuleHit] = []
        for hit in fired:
            # A hit inside the cue itself ("now off the bridge") is part of the resolution.
            later = next((text for start_char, end_char, text, resolution in cues
                          if resolution.covers(hit.rule_id)
                          and (start_char >= hit.end or (start_char <= hit.start and hit.end <= end_char))),
                         None)
            if later is None:
                still.append(hit)
            else:
                suppressed.append(replace(hit, context="resolved", trigger=later))
        return still

    def _find(self, doc: Doc) -> dict[str, dict[str, list[tuple[int, int]]]]:
        """All matches by rule and role, longest-first without overlaps.

        Anchors are only tried when one of their rule's cues could match too, and
        cues and ``unless`` phrases only in rules that matched: most notes stop
        after the spotting step.
        """
        assert self._index is not None
        candidates, run_raw = self._index.candidates(doc)
        if not candidates and not (run_raw and self._raw is not None):
            return {}
        with_cues = {p.rule_id for p, _ in candidates if p.role == "cue"}
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        later = []
        for phrase, i in candidates:
            role = phrase.role
            if role == "match" or (role == "anchor" and phrase.rule_id in with_cues):
                span = match_at(phrase, i, doc)
                if span is not None:
                    spans.setdefault((phrase.rule_id, role), []).append(span)
            elif role in ("cue", "unless"):
                later.append((phrase, i))
        if run_raw and self._raw is not None:
            for key, start, end in self._raw(doc):
                spans.setdefault(self._raw_keys[key], []).append((start, end))
        if not spans:
            return {}
        matched = {rule_id for rule_id, _ in spans}
        for phrase, i in later:
            if phrase.rule_id in matched:
                span = match_at(phrase, i, doc)
                if span is not None:
                    spans.setdefault((phrase.rule_id, phrase.role), []).append(span)
        found: dict[str, dict[str, list[tuple[int, int]]]] = {}
        for (rule_id, role), items in spans.items():
            found.setdefault(rule_id, {})[role] = longest(items)
        return found

    def _evaluate_rule(self, doc: Doc, rule: Rule, roles: dict[str, list[tuple[int, int]]],
                       scopes: tuple[ContextScope, ...], fired: list[RuleHit],
                       suppressed: list[RuleHit], excluded: list[Excluded]) -> None:
        unless = roles.get("unless", [])
        literals = self._literals[rule.id]

        def keep(span: tuple[int, int]) -> bool:
            blocker = next((u for u in unless if u[0] < span[1] and span[0] < u[1]), None)
            if blocker is not None:
                excluded.append(Excluded(rule.id, span_chars(doc, *span)[0], span_chars(doc, *blocker)[0]))
            return blocker is None

        spans = [(s, False) for s in roles.get("match", ()) if keep(s)]
        spans += [(s, True) for s in roles.get("anchor", ()) if keep(s)]
        cues = [s for s in roles.get("cue", ()) if keep(s)]
        for (start, end), needs_cue in sorted(spans):
            context = _context_of(doc, start, end, scopes, literals)
            if needs_cue:
                close = [c for c in cues if (c[1] <= start or c[0] >= end)  # outside the anchor
                         and _distance((start, end), c) <= rule.window]
                if not close:
                    continue
                if context is None and all(_context_of(doc, *c, scopes, literals) for c in close):
                    context = _context_of(doc, *close[0], scopes, literals)
            text, start_char, end_char = span_chars(doc, start, end)
            hit = RuleHit(rule.id, rule.flags, rule.severity, rule.description, text, start_char, end_char,
                          context[0] if context else None, context[1] if context else None)
            (suppressed if context else fired).append(hit)

    # -- examples ---------------------------------------------------------------------
    def check_examples(self, nlp: Language) -> list[ExampleFailure]:
        """Run every rule's own examples; each rule must fire on ``fire`` and not on ``no_fire``."""
        if self._vocab is not nlp.vocab:
            self.attach(nlp)
        cases = [(rule.id, text, expected) for rule in self.rules
                 for expected, texts in (("fire", rule.fire_examples), ("no_fire", rule.no_fire_examples))
                 for text in texts]
        failures = []
        for (rule_id, text, expected), doc in zip(cases, nlp.pipe(t for _, t, _ in cases)):
            got = "fire" if rule_id in self.apply(doc).fired_rule_ids else "no_fire"
            if got != expected:
                failures.append(ExampleFailure(rule_id, text, expected, got))
        return failures

    def example_count(self) -> int:
        return sum(len(r.fire_examples) + len(r.no_fire_examples) for r in self.rules)


# -- helpers ----------------------------------------------------------------------------
def _raw_prefilter(pattern: list[dict[str, Any]]) -> list[tuple[str, str]] | None:
    """Words of one required LEMMA/LOWER token of a raw pattern: the Matcher only runs when
    one of them is spotted. None when the pattern has no such token (it then always runs)."""
    best: list[tuple[str, str]] | None = None
    best_score = len(COMMON) + 1
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in ("?", "*", "!") or op.startswith("{0") or op.startswith("{,"):
            continue
        for attr in ("LEMMA", "LOWER"):
            value = token.get(attr)
            words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
            if not words:
                continue
            score = len(set(words) & COMMON)
            if score < best_score:
                best, best_score = [(attr, str(w)) for w in words], score
    return best


def _multiword_lemmas(nlp: Language) -> list[str]:
    """Shorthand values that expand to several words inside one token ("threat to kill")."""
    table: dict[str, str] = {}
    if "triage_normalizer" in nlp.pipe_names:
        table = getattr(nlp.get_pipe("triage_normalizer"), "table", {}) or {}
    return sorted({v for v in table.values() if " " in v})


def _lemmatise_raw(pattern: list[dict[str, Any]], lemma: Any) -> list[dict[str, Any]]:
    """Normalise LEMMA values in raw patterns the same way as phrase words."""
    def fix(token: dict[str, Any]) -> dict[str, Any]:
        value = token.get("LEMMA")
        if isinstance(value, str):
            return {**token, "LEMMA": lemma(value)}
        if isinstance(value, dict):
            return {**token, "LEMMA": {k: sorted({lemma(w) for w in v}) if k in ("IN", "NOT_IN") else v
                                       for k, v in value.items()}}
        return token
    return [fix(token) for token in pattern]


def _raw_words(pattern: list[dict[str, Any]]) -> set[str]:
    words: set[str] = set()
    for token in pattern:
        for key in ("LEMMA", "LOWER", "NORM", "ORTH", "TEXT"):
            value = token.get(key)
            if isinstance(value, str):
                words.add(value.lower())
            elif isinstance(value, dict):
                words.update(w.lower() for w in value.get("IN", []) if isinstance(w, str))
    return words


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Tokens between two spans (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _context_of(doc: Doc, start: int, end: int, scopes: tuple[ContextScope, ...],
                literals: frozenset[str]) -> tuple[str, str] | None:
    """The (category, trigger) suppressing tokens [start, end), or None when the match is free."""
    for scope in scopes:
        if scope.end <= start or scope.start >= end:
            continue
        if scope.trigger_start < end and start < scope.trigger_end:
            trigger_tokens = (doc[i] for i in range(scope.trigger_start, scope.trigger_end))
            if all(t.lemma_ in literals or t.lower_ in literals for t in trigger_tokens):
                continue  # the rule names this word itself ("not breathing")
        return scope.category, scope.trigger
    return None


# -- the one place where rule hits become flags ------------------------------------------
def escalate(flags: dict[str, bool], recommendation: str,
             result: RuleResult) -> tuple[dict[str, bool], str]:
    """Raise the flags fired rules ask for; never lower threat_to_life or crime.

    With a police flag set, welfare_only is cleared (the guide: welfare_only is 0
    whenever threat_to_life or crime is 1) and the call goes to police.
    Without fired rules the inputs come back unchanged.
    """
    if not result.fired:
        return dict(flags), recommendation
    out = dict(flags)
    for flag in result.raised_flags:
        out[flag] = True
    if any(out.get(flag) for flag in (THREAT_TO_LIFE, CRIME)):
        out[WELFARE_ONLY] = False
        recommendation = POLICE
    return out, recommendation


# -- CLI helpers (wired by the lead as `triage rules explain/test`) -----------------------
def run_examples(ruleset: RuleSet, nlp: Language) -> tuple[int, list[ExampleFailure]]:
    """(number of examples run, failures) for ``triage rules test``."""
    return ruleset.example_count(), ruleset.check_examples(nlp)


def explain(ruleset: RuleSet, nlp: Language, text: str) -> str:
    """Human-readable account of what matched, what fired and what was suppressed, and why."""
    if ruleset._vocab is not nlp.vocab:
        ruleset.attach(nlp)
    doc = nlp(text)
    fired, suppressed, excluded = ruleset.evaluate(doc)
    lines = [f"note: {text}", f"rules: version {ruleset.version}, {len(ruleset.rules)} rules"]
    lines.append("context:")
    scopes = doc._.context_scopes or ()
    lines += [f"  {s.category:<12} {doc[s.start:s.end].text!r}  (trigger {s.trigger!r}, {s.direction})"
              for s in scopes] or ["  (none)"]
    lines.append("fired:")
    lines += [f"  {h.rule_id} [{', '.join(h.flags)}] {h.severity}: {h.text!r} at {h.start}-{h.end}"
              f"  -- {h.description}" for h in fired] or ["  (none)"]
    lines.append("suppressed:")
    lines += [f"  {h.rule_id}: {h.text!r} at {h.start}-{h.end} is {h.context} (trigger {h.trigger!r})"
              for h in suppressed] or ["  (none)"]
    if excluded:
        lines.append("excluded (harmless use):")
        lines += [f"  {e.rule_id}: {e.text!r} overlaps {e.by!r}" for e in excluded]
    raised = sorted(RuleResult(tuple(fired), tuple(suppressed)).raised_flags)
    lines.append(f"raised flags: {', '.join(raised) if raised else '(none)'}")
    return "\n".join(lines)
