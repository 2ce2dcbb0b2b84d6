"""Generate the labelled synthetic training corpus of control-room call notes.

Real notes are confidential, so the classifier learns from notes composed
here. Each note is built from its *meaning* first and its *wording* second:

1. pick a scenario family (phase, who calls) and a variant whose labels are
   fixed by the labelling guide ("Borderline cases, decided");
2. render an opening (who is calling, sometimes under a log heading), core
   clauses (what is happening; some scenarios state a danger and its control
   and may come in either order), optional context that must never raise a
   flag (history, negated cues, hypotheticals, harmless alarm words), optional
   timed updates that move the labels either way (the newest fact wins), and
   a closing;
3. pass the result through a style layer (terse log, timestamped log, calm
   prose, rambling caller speech; abbreviations, misspellings, typos, no
   punctuation, capitals, one name for the caller: c/r, RP, inft ...).

Labels come from the composed semantics (variant + update effects), never
from looking at the final string. Fragments live in ``corpus_fragments``.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Union

import pandas as pd

from training import corpus_fragments as F
from training.contract import text_key

COLUMNS = ("id", "text", "threat_to_life", "crime", "welfare_only", "phase", "source", "split")
PHASES = ("welfare_check", "walk_out", "conveyance", "s136_handover", "other")
STYLES = ("log", "stamped", "prose", "speech")
_STYLE_WEIGHTS = (0.37, 0.2, 0.28, 0.15)
#: how many consecutive duplicate texts we tolerate before calling the space exhausted
MAX_ATTEMPTS = 200

# ---------------------------------------------------------------------------
# Template mini-language: "[a|b]" choices, "{slot}" fills, "@x" caller filters
# ---------------------------------------------------------------------------
Node = Union[str, tuple]  # str literal | ("s", name) | ("c", (alternatives...))
_TOKEN = re.compile(r"(\[|\]|\||\{\w+\})")
_MARKERS = re.compile(r"^((?:@\S+\s+)+)")


@dataclass(frozen=True, eq=False)
class Template:
    """A parsed fragment plus the caller filter it carries."""

    nodes: tuple[Node, ...]
    only_self: bool = False
    not_self: bool = False
    only_pro: bool = False
    not_pro: bool = False
    kinds: frozenset[str] = frozenset()

    def allows(self, caller: str) -> bool:
        """Whether this wording makes sense for that caller kind."""
        is_self, is_pro = caller == "self", caller in F.PROFESSIONAL_CALLERS
        return not ((self.only_self and not is_self) or (self.not_self and is_self)
                    or (self.only_pro and not is_pro) or (self.not_pro and is_pro)
                    or (self.kinds and caller not in self.kinds))


def _parse_nodes(text: str) -> tuple[Node, ...]:
    """Parse "[a|b]"/"{slot}" text into a node tree (nested choices allowed)."""
    stack: list[tuple[list, list]] = [([], [])]  # (alternatives, current sequence)
    for token in _TOKEN.split(text):
        if not token:
            continue
        alternatives, seq = stack[-1]
        if token == "[":
            stack.append(([], []))
        elif token == "|" and len(stack) > 1:
            alternatives.append(tuple(seq))
            seq.clear()
        elif token == "]" and len(stack) > 1:
            alternatives.append(tuple(seq))
            stack.pop()
            stack[-1][1].append(("c", tuple(alternatives)))
        elif token.startswith("{"):
            seq.append(("s", token[1:-1]))
        else:
            seq.append(token)
    if len(stack) != 1:
        raise ValueError(f"unbalanced brackets in fragment: {text!r}")
    return tuple(stack[0][1])


@lru_cache(maxsize=None)
def parse(text: str) -> Template:
    """Parse a fragment once; fragments are module constants so caching is safe."""
    flags: dict[str, object] = {}
    match = _MARKERS.match(text)
    if match:
        for marker in match.group(1).split():
            if marker.startswith("@k:"):
                flags["kinds"] = frozenset(marker[3:].split(","))
            else:
                flags[{"@s": "only_self", "@o": "not_self", "@p": "only_pro",
                       "@n": "not_pro"}[marker]] = True
        text = text[match.end():]
    return Template(_parse_nodes(text), **flags)


Slots = dict[str, Union[str, tuple[Template, ...]]]


def _render_nodes(nodes: Sequence[Node], rng: random.Random, slots: Slots) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif node[0] == "s":
            value = slots[node[1]]
            out.append(value if isinstance(value, str)
                       else _render_nodes(rng.choice(value).nodes, rng, slots))
        else:
            out.append(_render_nodes(rng.choice(node[1]), rng, slots))
    return "".join(out)


_SPACES = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:])")
_DOUBLE_COMMA = re.compile(r",\s*,")
_DOUBLED_PT = re.compile(r"\b(pt|patient) (?:the |their |our )?(?:pt|patient)\b", re.IGNORECASE)


def tidy(text: str) -> str:
    """Collapse the spacing, comma and "pt pt" debris that optional fragments leave."""
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    if "pt " in text or "atient " in text or "PT " in text:
        text = _DOUBLED_PT.sub(r"\1", text)
    if "," in text:
        text = _DOUBLE_COMMA.sub(",", text)
    if " ," in text or " ." in text or " ;" in text or " :" in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text.strip(" ,")


def render(template: Template | str, rng: random.Random, slots: Slots) -> str:
    """Render one fragment with the note's slots."""
    if isinstance(template, str):
        template = parse(template)
    return tidy(_render_nodes(template.nodes, rng, slots))


@lru_cache(maxsize=None)
def _usable(pool: tuple[str, ...], caller: str) -> tuple[Template, ...]:
    return tuple(t for t in map(parse, pool) if t.allows(caller))


def _pick(pool: tuple[str, ...], caller: str, rng: random.Random) -> Template | None:
    options = _usable(pool, caller)
    return rng.choice(options) if options else None


def _weighted(rng: random.Random, items: Sequence[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


# ---------------------------------------------------------------------------
# Scenario model
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Variant:
    """One labelled meaning inside a family; labels = (threat, crime, concern)."""

    key: str
    weight: float
    labels: tuple[int, int, int]
    parts: tuple[tuple[str, float], ...]
    updates: tuple[str, ...]
    facets: frozenset[str]
    subject: str | None
    shuffle: bool = False  # core clauses may come in any order (control first, danger first)


@dataclass(frozen=True)
class Family:
    key: str
    weight: float
    phase: str
    domain: str          # picks closings
    tags: frozenset[str]  # picks context clauses that suit the scenario
    subject: str
    other: str
    callers: tuple[tuple[str, float], ...]
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class UpdatePool:
    name: str
    kind: str  # escalate | clear | control | retract | neutral
    effect: tuple[tuple[str, int], ...]
    templates: tuple[str, ...]


def _load_families() -> dict[str, Family]:
    families = {}
    for key, spec in F.FAMILIES.items():
        variants = tuple(
            Variant(v["key"], v["w"], tuple(v["labels"]), tuple(v["parts"]), tuple(v["updates"]),
                    frozenset(v.get("facets", ())), v.get("subject"), bool(v.get("shuffle")))
            for v in spec["variants"])
        tags = frozenset(spec.get("tags", spec["domain"]).split())
        families[key] = Family(key, spec["weight"], spec["phase"], spec["domain"], tags,
                               spec["subject"], spec.get("other", "stranger"),
                               tuple(spec["callers"].items()), variants)
    return families


FAMILIES: dict[str, Family] = _load_families()
UPDATES: dict[str, UpdatePool] = {
    name: UpdatePool(name, kind, tuple(effect.items()), templates)
    for name, (kind, effect, templates) in F.UPDATE_POOLS.items()
}
_FAMILY_WEIGHTS = tuple((f.key, f.weight) for f in FAMILIES.values())


def _in_domain(domains: str, tags: str | frozenset[str]) -> bool:
    """Whether a fragment labelled with `domains` suits a scenario with `tags`."""
    if domains == "all":
        return True
    wanted = domains.split()
    return tags in wanted if isinstance(tags, str) else any(t in tags for t in wanted)


@dataclass(frozen=True)
class Note:
    """A composed note with the structure that decided its labels."""

    text: str
    threat_to_life: int
    crime: int
    welfare_only: int
    phase: str
    caller_kind: str
    family: str
    variant: str
    style: str
    cues: tuple[str, ...]      # context kinds added: history, negation, hypothetical, distractor
    updates: tuple[str, ...]   # update kinds applied, in order

    @property
    def labels(self) -> tuple[int, int, int]:
        return self.threat_to_life, self.crime, self.welfare_only


# ---------------------------------------------------------------------------
# People and places for one note
# ---------------------------------------------------------------------------
AGE_RANGES = {"child": (2, 9), "teen": (12, 17), "young": (16, 32), "adult": (18, 66),
              "older": (70, 96), "any": (18, 92)}
_PRONOUNS = {"m": ("he", "him", "his", "himself"), "f": ("she", "her", "her", "herself")}


def _age_class(age: int) -> str:
    if age < 11:
        return "child"
    if age < 18:
        return "teen"
    return "older" if age >= 70 else "adult"


def _who_group(caller: str) -> str:
    if caller in F.WHO_FORMS:
        return caller
    return "health" if caller in F.PROFESSIONAL_CALLERS else "public"


def _vocab_slots() -> Slots:
    return {name: tuple(map(parse, pool)) for name, pool in F.VOCAB.items()}


_VOCAB_SLOTS = _vocab_slots()
_SAYS = {"self": tuple(map(parse, F.SAYS_SELF)), "pro": tuple(map(parse, F.SAYS_PRO)),
         "other": tuple(map(parse, F.SAYS_OTHER))}


def _street(rng: random.Random) -> str:
    return f"{rng.choice(F.STREET_NAMES)} {rng.choice(F.STREET_SUFFIXES)}"


def _person(rng: random.Random, prefix: str, gender: str, age: int) -> Slots:
    he, him, his, himself = _PRONOUNS[gender]
    names = F.MALE_NAMES if gender == "m" else F.FEMALE_NAMES
    return {f"{prefix}he": he, f"{prefix}him": him, f"{prefix}his": his,
            f"{prefix}himself": himself, f"{prefix}name": rng.choice(names),
            f"{prefix}surname": rng.choice(F.SURNAMES), f"{prefix}age": str(age),
            f"{prefix}dec": f"{age // 10 * 10}" if age >= 20 else "teen",
            f"{prefix}man": rng.choice(F.PERSON_NOUNS[_age_class(age)][gender == "f"])}


def _subject_age(rng: random.Random, fam: Family, var: Variant, caller: str) -> int:
    subject = var.subject or fam.subject
    if caller == "school" and subject not in ("child", "teen"):
        subject = "teen"
    if caller == "care_home_staff" and subject in ("adult", "any"):
        subject = "older"
    return rng.randint(*AGE_RANGES[subject])


def make_slots(rng: random.Random, caller: str, fam: Family, var: Variant) -> Slots:
    """Draw the person concerned, the caller, the other party and the places."""
    gender = rng.choice("mf")
    age = _subject_age(rng, fam, var, caller)
    age_class = _age_class(age)
    slots: Slots = dict(_VOCAB_SLOTS)
    slots.update(_person(rng, "", gender, age))
    slots["mf"] = ("boy" if gender == "m" else "girl") if age_class == "child" else \
        ("male" if gender == "m" else "female")
    slots["title"] = "Mr" if gender == "m" else rng.choice(("Mrs", "Ms", "Miss"))
    slots["yr"] = str(min(13, max(1, age - 4)))
    # caller
    cgender = gender if caller == "self" else rng.choice("mf")
    caller_slots = _person(rng, "c", cgender, rng.randint(20, 70))
    if caller == "self":
        caller_slots["cname"] = slots["name"]
    slots.update(caller_slots)
    relation = rng.choice(F.RELATIONS_BY_AGE[age_class])
    to_caller, of_caller = F.FAMILY_RELATIONS[relation]
    slots["prel"] = to_caller[gender == "f"]
    slots["crel"] = of_caller[cgender == "f"]
    slots["cmf"] = "male" if cgender == "m" else "female"
    slots["mfi"] = "M" if gender == "m" else "F"
    slots["cnum"] = str(rng.randint(1, 140))
    # places
    slots["street"] = _street(rng)
    slots["num"] = str(rng.randint(1, 140))
    hosp, unit = rng.choice(F.HOSPITALS), rng.choice(F.MH_UNITS)
    slots.update(hosp=hosp, site=rng.choice((hosp, unit, unit)), ward=rng.choice(F.WARDS),
                 town=rng.choice(F.TOWNS), carehome=rng.choice(F.CARE_HOMES),
                 surgery=rng.choice(F.SURGERIES), school=rng.choice(F.SCHOOLS))
    for key, pool in (("landmark", F.LANDMARKS), ("height", F.HEIGHTS), ("water", F.WATERS),
                      ("rail", F.RAILS)):
        slots[key] = render(rng.choice(pool), rng, slots)
    # the other party (suspect, partner); always drawn so any fragment can name them
    _other_party(rng, fam.other, gender, slots)
    slots["says"] = _SAYS["self" if caller == "self" else
                          "pro" if _who_group(caller) == "health" else "other"]
    slots["who"] = render(rng.choice(F.WHO_FORMS[_who_group(caller)]), rng, slots)
    return slots


def _other_party(rng: random.Random, kind: str, subject_gender: str, slots: Slots) -> None:
    if kind == "partner":
        qgender = ("f" if subject_gender == "m" else "m") if rng.random() < 0.85 else subject_gender
    else:
        qgender = "m" if rng.random() < 0.75 else "f"
    slots.update(_person(rng, "q", qgender, rng.randint(17, 60)))
    slots["qmf"] = "male" if qgender == "m" else "female"
    relations = F.OTHER_RELATIONS.get(kind)
    slots["qrel"] = rng.choice(relations[qgender == "f"]) if relations else slots["qmf"]
    slots["q"] = render(rng.choice(F.OTHER_FORMS[kind]), rng, slots)


# ---------------------------------------------------------------------------
# Composition: meaning -> clauses -> labels
# ---------------------------------------------------------------------------
_CUE_RATES = {"history": 0.3, "negation": 0.38, "hypothetical": 0.2, "distractor": 0.15}
_UPDATE_COUNTS = (("0", 0.52), ("1", 0.34), ("2", 0.14))
_HEADING_RATE = 0.16  # a log heading ("CFW", "S136", "999 call"), by phase, never by label


_CONTEXT_SOURCES = {"history": F.HISTORY, "hypothetical": F.HYPOTHETICALS,
                    "distractor": F.DISTRACTORS}


@lru_cache(maxsize=None)
def _context_pool(kind: str, tags: frozenset[str], facets: frozenset[str]) -> tuple[str, ...]:
    """Label-neutral clauses of one kind that fit the scenario; negations never
    deny what the scenario affirms (no "no weapons seen" next to a knife)."""
    if kind == "negation":
        return tuple(t for t, facet, domains in F.NEGATIONS
                     if facet not in facets and _in_domain(domains, tags))
    return tuple(t for t, domains in _CONTEXT_SOURCES[kind] if _in_domain(domains, tags))


def _choose_cues(rng: random.Random, forced: Sequence[str]) -> list[str]:
    cues = [kind for kind, rate in _CUE_RATES.items() if kind in forced or rng.random() < rate]
    rng.shuffle(cues)
    return cues


def _update_allowed(pool: UpdatePool, history: list[str], state: dict[str, int]) -> bool:
    """Keep update sequences coherent: a resolution (found safe, clinicians in
    control, facts corrected) ends the note; nothing but clinicians taking
    control resolves a risk that was just raised; corrections come first; an
    escalation must actually change something."""
    if any(k in history for k in ("clear", "control", "retract")):
        return False
    if pool.kind in ("clear", "retract") and "escalate" in history:
        return False
    if pool.kind == "retract" and history:
        return False
    if pool.kind == "escalate" and all(state[k] == v for k, v in pool.effect):
        return False
    return pool.kind == "neutral" or pool.kind not in history


def _choose_updates(rng: random.Random, var: Variant, caller: str, state: dict[str, int],
                    n: int, last_kind: str | None) -> list[tuple[UpdatePool, Template]]:
    chosen: list[tuple[UpdatePool, Template]] = []
    kinds: list[str] = []
    for step in range(n):
        pools = [UPDATES[name] for name in var.updates]
        pools = [p for p in pools if _update_allowed(p, kinds, state) and _usable(p.templates, caller)]
        if last_kind and step == n - 1:
            pools = [p for p in pools if p.kind == last_kind]
        if not pools:
            break
        pool = rng.choice(pools)
        used = [id(t) for _, t in chosen]
        fresh = [t for t in _usable(pool.templates, caller) if id(t) not in used]
        if not fresh:
            break
        chosen.append((pool, rng.choice(fresh)))
        kinds.append(pool.kind)
        state.update(pool.effect)
    return chosen


def _state_tag(state: dict[str, int]) -> str:
    if state["threat"]:
        return "T"
    if state["crime"]:
        return "C"
    return "W" if state["concern"] else "Z"


@lru_cache(maxsize=None)
def _closings(domain: str, tag: str) -> tuple[str, ...]:
    return tuple(t for t, domains, states in F.CLOSINGS
                 if _in_domain(domains, domain) and tag in states)


@lru_cache(maxsize=None)
def variant_fits(family: str, variant: str, caller: str) -> bool:
    """Whether the wording a variant needs exists for that caller kind."""
    var = next(v for v in FAMILIES[family].variants if v.key == variant)
    return all(p < 1 or _usable(getattr(F, pool), caller) for pool, p in var.parts)


def _choose_scenario(rng: random.Random, family: str | None, variant: str | None,
                     caller: str | None) -> tuple[Family, str, Variant]:
    """Family, then caller, then a variant that caller can describe."""
    fam = FAMILIES[family] if family else FAMILIES[_weighted(rng, _FAMILY_WEIGHTS)]
    if caller is not None and caller not in dict(fam.callers):
        raise ValueError(f"{caller!r} is not a caller kind of {fam.key!r}")
    if caller is None:
        callers = [(c, w) for c, w in fam.callers
                   if variant is None or variant_fits(fam.key, variant, c)]
        if not callers:
            raise ValueError(f"no caller of {fam.key!r} can describe variant {variant!r}")
        caller = _weighted(rng, callers)
    options = [v for v in fam.variants
               if (variant is None or v.key == variant) and variant_fits(fam.key, v.key, caller)]
    if not options:
        raise ValueError(f"no variant {variant!r} of {fam.key!r} fits caller {caller!r}")
    return fam, caller, rng.choices(options, weights=[v.weight for v in options])[0]


def _core_clauses(rng: random.Random, var: Variant, caller: str, slots: Slots) -> list[str]:
    clauses = []
    for pool_name, probability in var.parts:
        if probability >= 1 or rng.random() < probability:
            template = _pick(getattr(F, pool_name), caller, rng)
            if template is not None:
                clauses.append(render(template, rng, slots))
    if var.shuffle and len(clauses) > 1:
        rng.shuffle(clauses)
    return clauses


def _context_clauses(rng: random.Random, fam: Family, var: Variant, caller: str, slots: Slots,
                     forced: Sequence[str]) -> tuple[list[str], list[str]]:
    """Label-neutral clauses and the cue kinds they came from."""
    clauses, kinds = [], []
    for kind in _choose_cues(rng, forced):
        template = _pick(_context_pool(kind, fam.tags, var.facets), caller, rng)
        if template is not None:
            clauses.append(render(template, rng, slots))
            kinds.append(kind)
    return clauses, kinds


def _closing(rng: random.Random, fam: Family, caller: str, state: dict[str, int],
             slots: Slots) -> list[str]:
    if rng.random() >= 0.6:
        return []
    template = _pick(_closings(fam.domain, _state_tag(state)), caller, rng)
    return [render(template, rng, slots)] if template is not None else []


def compose(rng: random.Random, family: str | None = None, variant: str | None = None,
            caller: str | None = None, style: str | None = None, n_updates: int | None = None,
            update_kind: str | None = None, cues: Sequence[str] = ()) -> Note:
    """Compose one labelled note. Keyword arguments pin parts of the scenario
    (tests use them to check that structure, not wording, decides the labels)."""
    fam, caller, var = _choose_scenario(rng, family, variant, caller)
    slots = make_slots(rng, caller, fam, var)
    state = dict(zip(("threat", "crime", "concern"), var.labels))
    opening = [render(rng.choice(F.CALLER_OPENINGS[caller]), rng, slots)]
    if rng.random() < _HEADING_RATE:
        headings = F.HEADINGS[fam.phase] + F.HEADINGS["any"]
        opening.insert(0, render(rng.choice(headings), rng, slots))
    core = _core_clauses(rng, var, caller, slots)
    context, cue_kinds = _context_clauses(rng, fam, var, caller, slots, cues)
    if n_updates is None:
        n_updates = int(_weighted(rng, _UPDATE_COUNTS))
        if update_kind:
            n_updates = max(1, n_updates)
    updates = _choose_updates(rng, var, caller, state, n_updates, update_kind)
    sections = {"open": opening, "core": core, "context": context,
                "updates": [render(t, rng, slots) for _, t in updates],
                "close": _closing(rng, fam, caller, state, slots)}
    style = style or rng.choices(STYLES, weights=_STYLE_WEIGHTS)[0]
    text = apply_style(rng, sections, style, slots)
    threat, crime = state["threat"], state["crime"]
    welfare = int(state["concern"] == 1 and not threat and not crime)
    return Note(text, threat, crime, welfare, fam.phase, caller, fam.key, var.key, style,
                tuple(cue_kinds), tuple(pool.kind for pool, _ in updates))


# ---------------------------------------------------------------------------
# Style layer: the same meaning written the ways notes really get written
# ---------------------------------------------------------------------------
def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _stamp(minutes: int, fmt: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return (f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"[{h:02d}:{m:02d}]", f"{h:02d}:{m:02d}hrs",
            f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d} -")[fmt]


def _log(rng: random.Random, s: dict[str, list[str]], slots: Slots) -> str:
    sep = rng.choice(F.SEPARATORS)
    cap = rng.random() < 0.5
    opening = s["open"] if rng.random() > 0.08 else []
    clauses = opening + s["core"] + s["context"]
    clauses += [f"{rng.choice(F.UPDATE_MARKERS)} {u}" for u in s["updates"]] + s["close"]
    if cap:
        clauses = [_capitalise(c) for c in clauses]
    return sep.join(clauses)


def _stamped(rng: random.Random, s: dict[str, list[str]], slots: Slots) -> str:
    fmt, minutes = rng.randrange(6), rng.randrange(1440)
    joiner = rng.choice(("\n", "\n", " | ", " // ", "  "))
    inner = rng.choice((". ", " - ", ", ", ". "))
    operator = f" (op {rng.randint(1000, 9999)})" if rng.random() < 0.2 else ""
    entries = [inner.join(s["open"] + s["core"] + s["context"])]
    for update in s["updates"]:
        marker = f"{rng.choice(F.UPDATE_MARKERS)} " if rng.random() < 0.5 else ""
        entries.append(marker + update)
    if s["close"]:
        if rng.random() < 0.5:
            entries[-1] += inner + s["close"][0]
        else:
            entries.append(s["close"][0])
    lines = []
    for entry in entries:
        lines.append(f"{_stamp(minutes, fmt)}{operator} {entry}")
        minutes += rng.randint(1, 45)
    return joiner.join(lines)


_PROSE_LEADS = ("The caller reports that ", "The caller states that ", "Caller explains that ",
                "They report that ", "Caller advises that ", "", "The informant states that ",
                "The caller is reporting that ", "It is reported that ", "Caller is stating that ")


def _prose(rng: random.Random, s: dict[str, list[str]], slots: Slots) -> str:
    core = list(s["core"])
    if core and not core[0].lower().startswith(("c/r", "caller")) and rng.random() < 0.35:
        core[0] = rng.choice(_PROSE_LEADS) + core[0]
    sentences = s["open"] + core + s["context"]
    for update in s["updates"]:
        marker = rng.choice(F.PROSE_UPDATE_MARKERS)
        sentences.append(f"{marker} {update if marker.endswith('say') else _capitalise(update)}")
    sentences += s["close"]
    return " ".join(_capitalise(c).rstrip(".") + "." for c in sentences)


def _speech(rng: random.Random, s: dict[str, list[str]], slots: Slots) -> str:
    spoken = s["core"] + s["context"]
    words = spoken[0] if spoken else ""
    for clause in spoken[1:]:
        words += rng.choice(F.FILLERS) + clause
    if rng.random() < 0.6:
        aside = render(rng.choice(F.SPEECH_INTERJECTIONS), rng, slots)
        words = f"{words}{rng.choice(F.FILLERS)}{aside}" if rng.random() < 0.6 else f"{aside}, {words}"
    if rng.random() < 0.5:
        words = words.lower()
    lead = render(rng.choice(F.SPEECH_LEADS), rng, slots)
    quote = rng.choice(('"', "'", ""))
    parts = s["open"] + [f"{lead} {quote}{words}{quote}"]
    parts += [f"{rng.choice(F.UPDATE_MARKERS)} {u}" for u in s["updates"]] + s["close"]
    return ". ".join(parts)


_LAYOUTS: dict[str, Callable[[random.Random, dict[str, list[str]], Slots], str]] = {
    "log": _log, "stamped": _stamped, "prose": _prose, "speech": _speech}


Substitution = tuple[re.Pattern, dict[str, tuple[str, ...]]]


def _substitution(table: Sequence[tuple[str, tuple[str, ...]]]) -> Substitution:
    """One regex for a whole phrase table, longest phrases first."""
    mapping: dict[str, tuple[str, ...]] = {}
    for pattern, replacements in table:
        for phrase in pattern.split("|"):
            mapping.setdefault(phrase.lower(), replacements)
    phrases = sorted(mapping, key=len, reverse=True)
    regex = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, phrases)) + r")(?![\w/])",
                       re.IGNORECASE)
    return regex, mapping


_ABBREV = _substitution(F.ABBREVIATIONS)
_EXPAND = _substitution(F.EXPANSIONS)
_MISSPELL = _substitution(tuple((w, r) for w, r in F.MISSPELLINGS.items()))
_TERSE = re.compile(r"\b(?:the|a|that) (?=\w)|\bhas (?=(?:been|gone|left|taken|got|\w+ed)\b)|"
                    r"\bis (?=\w+ing\b)")
_WORD = re.compile(r"[A-Za-z]{4,}")
_KEYS = "qwertyuiop asdfghjkl zxcvbnm"
_PUNCT = re.compile(r"[.,;:!?\"'()*]")


def _substitute(rng: random.Random, text: str, table: Substitution, rate: float) -> str:
    regex, mapping = table

    def swap(match: re.Match) -> str:
        found = match.group(0)
        if rng.random() >= rate:
            return found
        new = rng.choice(mapping[found.lower()])
        if found[:1].isupper() and not new[:1].isupper() and len(new) > 2:
            return _capitalise(new)
        return new

    return regex.sub(swap, text)


_ARTICLE = re.compile(r"\b([Aa]) ((?:elderly|old|older|unknown|empty|orange|upset|agitated|"
                      r"intoxicated|unresponsive|ambulance|hour)\b)")
_CALLER = re.compile(r"(?<![\w/])c/r(?![\w/])", re.IGNORECASE)


def _caller_alias(rng: random.Random, text: str) -> str:
    """One note, one name for the caller: "c/r" becomes "RP", "inft", "informant" ..."""
    alias = rng.choice(F.CALLER_ALIASES)

    def swap(match: re.Match) -> str:
        found = match.group(0)
        if found.isupper():
            return alias.upper()
        return _capitalise(alias) if found[:1].isupper() else alias

    return _CALLER.sub(swap, text)


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    row = next((r for r in _KEYS.split() if word[i].lower() in r), None)
    if not row:
        return word
    j = row.index(word[i].lower())
    near = row[max(0, j - 1)] if rng.random() < 0.5 else row[min(len(row) - 1, j + 1)]
    return word[:i] + near + word[i + 1:]


def _add_typos(rng: random.Random, text: str, rate: float) -> str:
    def maybe(match: re.Match) -> str:
        word = match.group(0)
        if word.lower() in F.PROTECTED_WORDS or rng.random() >= rate:
            return word
        return _typo(rng, word)

    return _WORD.sub(maybe, text)


def apply_style(rng: random.Random, sections: dict[str, list[str]], style: str, slots: Slots) -> str:
    """Lay the clauses out in a style, then add the noise of typing under pressure."""
    text = _LAYOUTS[style](rng, sections, slots)
    if style == "prose":
        if rng.random() < 0.75:
            text = _substitute(rng, text, _EXPAND, 0.8)
            if "he the " in text:  # "the ambo" -> "the the ambulance"
                text = text.replace("the the ", "the ").replace("The the ", "The ")
    elif rng.random() < 0.8:
        text = _substitute(rng, text, _ABBREV, rng.uniform(0.3, 0.9))
        if style in ("log", "stamped") and rng.random() < 0.4:
            text = _TERSE.sub(lambda m: "" if rng.random() < 0.5 else m.group(0), text)
    if rng.random() < 0.35:
        text = _substitute(rng, text, _MISSPELL, rng.uniform(0.3, 1.0))
    if rng.random() < 0.25:
        text = _caller_alias(rng, text)
    if rng.random() < 0.4:
        text = _add_typos(rng, text, rng.uniform(0.01, 0.05))
    if "a " in text or "A " in text:
        text = _ARTICLE.sub(r"\1n \2", text)
    text = _case_and_punctuation(rng, text, style)
    return "\n".join(tidy(line) for line in text.split("\n") if line.strip())


def _case_and_punctuation(rng: random.Random, text: str, style: str) -> str:
    roll = rng.random()
    if style != "prose" and roll < 0.14:
        text = _PUNCT.sub(" ", text)
    roll = rng.random()
    if roll < 0.09:
        return text.upper()
    if roll < 0.2 and style != "prose":
        return text.lower()
    return text


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------
def generate_notes(n: int, seed: int = 0) -> pd.DataFrame:
    """n labelled notes, deterministic for (n, seed); a prefix of any longer run.

    Uses only a local ``random.Random(seed)``; texts are unique after
    lower-casing and whitespace folding (the data contract's text key).
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    rng = random.Random(seed)
    seen: set[str] = set()
    rows = []
    for i in range(n):
        note = _unique_note(rng, seen)
        rows.append((f"gen-{seed}-{i:06d}", note.text, note.threat_to_life, note.crime,
                     note.welfare_only, note.phase, f"generated:{note.caller_kind}", "train"))
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("threat_to_life", "crime", "welfare_only"):
        frame[column] = frame[column].astype("int64")
    return frame


def _unique_note(rng: random.Random, seen: set[str]) -> Note:
    for _ in range(MAX_ATTEMPTS):
        note = compose(rng)
        key = text_key(note.text)
        if key not in seen:
            seen.add(key)
            return note
    raise ValueError(f"could not compose a new distinct note after {MAX_ATTEMPTS} attempts; "
                     f"the fragment space is exhausted at {len(seen)} notes")
