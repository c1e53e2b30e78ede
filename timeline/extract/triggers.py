"""Event types from trigger words (``data/triggers.toml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from timeline import DATA_DIR, read_data
from timeline.extract.morphology import dual_forms, noun_forms, verb_forms
from timeline.extract.phrases import Hit, PhraseMatcher
from timeline.vocabulary import EVENT_TYPES

DATA = DATA_DIR / "triggers.toml"
AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class Trigger:
    start: int  #: offsets in the folded text
    end: int
    event_type: str  #: one of `EVENT_TYPES`, or AMBIGUOUS
    weak: bool
    lean: str | None = None  #: an ambiguous trigger's type when nothing in its clause tells its mode
    dual: bool = False  #: a dual noun (غارتين): two attacks
    verb: bool = False  #: a verb form (قصفت، اقتحم), not a noun
    missiles: bool = False  #: names missiles (صواريخ، هجوم صاروخي): a strike from afar when a state fires them
    plural: bool = False  #: a lemma's plural noun (غارات، الهجمات): it may sum up attacks told one by one


@dataclass(frozen=True)
class _Rules:
    matcher: PhraseMatcher
    strike_verbs: PhraseMatcher
    ambiguous_default: str


@cache
def rules() -> _Rules:
    data = read_data(DATA)
    matcher = PhraseMatcher()
    missiles = set(data["missiles"]["words"])
    for event_type in (*EVENT_TYPES, AMBIGUOUS):
        section = data[event_type]
        for word in section.get("nouns", []):
            matcher.add(word, (event_type, False, None, False))
        for word in section.get("verbs", []):
            matcher.add(word, (event_type, False, None, False, True), verb=True)
        for word in section.get("weak", []):
            matcher.add(word, (event_type, True, None, False, False, word in missiles))
    for lemma in data["forms"]:
        duals = set(dual_forms(lemma["noun"])) if "noun" in lemma else set()
        for form, verb in lemma_forms(lemma):
            matcher.add(form, (lemma["type"], lemma.get("weak", False), lemma.get("lean"), form in duals, verb,
                               lemma.get("missiles", False), form == lemma.get("plural")), verb=verb)
    for phrase in data["exclude"]["phrases"]:
        matcher.add(phrase, None)
    verbs = PhraseMatcher()
    for word in data["strike_verbs"]["words"]:
        verbs.add(word, True, verb=True)
    return _Rules(matcher, verbs, data["ambiguous_default"])


def lemma_forms(lemma: dict) -> list[tuple[str, bool]]:
    """The forms of one ``[[forms]]`` lemma, each with whether it is a verb."""
    forms = [(f, False) for f in noun_forms(lemma["noun"], lemma.get("plural"))] if "noun" in lemma else []
    if "verb" in lemma:
        forms += [(f, True) for f in verb_forms(lemma["verb"], lemma.get("present"))]
    return forms


def find_triggers(folded: str) -> list[Trigger]:
    """The trigger words of a folded text, excluded phrases left out."""
    return [
        Trigger(h.start, h.end, *h.value)
        for h in rules().matcher.find(folded)
        if h.value is not None
    ]


def strike_verbs(folded: str) -> list[Hit]:
    """The verbs that turn a weak trigger (طائرات) into an event."""
    return rules().strike_verbs.find(folded)


def ambiguous_default() -> str:
    return rules().ambiguous_default
