"""Event types from trigger words (``data/triggers.toml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline import DATA_DIR, read_data
from timeline.extract.morphology import dual_forms, noun_forms, verb_forms
from timeline.extract.phrases import Hit, PhraseMatcher
from timeline.extract.spans import Needing
from timeline.vocabulary import EVENT_TYPES

DATA = DATA_DIR / "triggers.toml"
AMBIGUOUS = "ambiguous"
#: Marks that may open a quotation right before a split verb (قال المرصد "فجر انتحاري نفسه").
_OPENING_QUOTES = "«\"“("


class Trigger(NamedTuple):
    """A trigger word found (a named tuple: an article has tens of them, a frozen dataclass's construction costs five
    times as much)."""

    start: int  #: offsets in the folded text
    end: int
    event_type: str  #: one of `EVENT_TYPES`, or AMBIGUOUS
    weak: bool
    lean: str | None = None  #: an ambiguous trigger's type when nothing in its clause tells its mode
    dual: bool = False  #: a dual noun (غارتين): two attacks
    verb: bool = False  #: a verb form (قصفت، اقتحم), not a noun
    missiles: bool = False  #: names missiles (صواريخ، هجوم صاروخي): a strike from afar when a state fires them
    plural: bool = False  #: a lemma's plural noun (غارات، الهجمات): it may sum up attacks told one by one
    #: a verb in the present tense (تستهدف، يقصفون): what a side does or means to do, not one happening told
    present: bool = False
    #: a verb split from its object: where its subject stands, between them (فتح مسلحون النار)
    subject: tuple[int, int] | None = None


@dataclass(frozen=True)
class _SplitVerb:
    """A verb split from its object (`_split_verb`): its pattern runs only where a verb and an object of it are
    both written."""

    pattern: Needing
    event_type: str
    weak: bool  #: it needs support, as a weak word does
    #: the words before an attack named after the object in its sentence (في ضربات، خلال تلك الاشتباكات) that make
    #: the object that attack's dead: the verb tells no attack of its own
    killed_in: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Rules:
    matcher: PhraseMatcher
    strike_verbs: PhraseMatcher
    ambiguous_default: str
    split_verbs: tuple[_SplitVerb, ...]  #: a verb, its subject, its object; the type; weak
    answers: Needing  #: a reply verb, its subject and the verbal noun of its attack (ورد الجيش بمهاجمة)


@cache
def triggers_data() -> dict:
    """The table of ``triggers.toml``, read and parsed once for every module that reads its words (read only)."""
    return read_data(DATA)


@cache
def rules() -> _Rules:
    data = triggers_data()
    matcher = PhraseMatcher()
    missiles = set(data["missiles"]["words"])
    for event_type in (*EVENT_TYPES, AMBIGUOUS):
        section = data[event_type]
        for word in section.get("nouns", []):
            matcher.add(word, (event_type, False, None, False))
        for word in section.get("verbs", []):
            matcher.add(word, (event_type, False, None, False, True), verb=True)
        for word in [*section.get("weak", []), *section.get("bullets", [])]:  # bullets are weak triggers too
            matcher.add(word, (event_type, True, None, False, False, word in missiles))
    for lemma in data["forms"]:
        duals = set(dual_forms(lemma["noun"])) if "noun" in lemma else set()
        presents = _present_forms(lemma)
        for form, verb in lemma_forms(lemma):
            matcher.add(form, (lemma["type"], lemma.get("weak", False), lemma.get("lean"), form in duals, verb,
                               lemma.get("missiles", False), form == lemma.get("plural"), form in presents), verb=verb)
    for phrase in [*data["exclude"]["phrases"], *data["exclude"]["services"]]:
        matcher.add(phrase, None)
    verbs = PhraseMatcher()
    for word in data["strike_verbs"]["words"]:
        verbs.add(word, True, verb=True)
    return _Rules(matcher, verbs, data["ambiguous_default"], tuple(_split_verb(entry) for entry in data["split_verbs"]),
                  Needing(_answer(data["anaphora"]), (_answer_nouns(data["anaphora"]),)))


#: The most words between a reply verb and the verbal noun of its attack (وردت القوات التركية بمهاجمة).
ANSWER_GAP = 3


def _answer(anaphora: dict) -> re.Pattern[str]:
    """The pattern of a reply verb or opener opening a clause (`reply_verbs`, `reply_openers`: after punctuation or
    at a line's start), up to `ANSWER_GAP` words and a verbal noun of `reply_nouns` with a preposition of means
    (group ``noun``)."""
    def alternatives(*keys: str) -> str:
        phrases = [" ".join(normalize(w).split()) for key in keys for w in anaphora[key]]
        return "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))
    conjunctions = "|".join(re.escape(c) for c in CLITICS.conjunctions)
    openers = alternatives("reply_verbs", "reply_openers")
    return re.compile(rf"(?:^|(?<=[.,،؛:\n])\s*)(?:{conjunctions})?(?:{openers})\s+"
                      rf"(?:[^\s.,،؛:!?؟]+\s+){{0,{ANSWER_GAP}}}(?:{alternatives('reply_means')})"
                      rf"(?P<noun>{alternatives('reply_nouns')})(?![^\W\d_])", re.MULTILINE)


def _answer_nouns(anaphora: dict) -> frozenset[str]:
    """Each verbal noun of `reply_nouns` after each preposition of `reply_means`, folded: `_answer` matches
    only where one is written."""
    return frozenset(normalize(means) + normalize(noun) for means in anaphora["reply_means"]
                     for noun in anaphora["reply_nouns"])


def _split_verb(entry: dict) -> _SplitVerb:
    """The pattern of a verb (group ``verb``: the trigger, maybe opening a quotation), up to ``gap`` words (group
    ``subject``) and its object, or one of a list of them (فتح مسلحون النار), not right after a ``not_before`` word
    (انتزعوا قلب الجندي في مدينة س: where, not what; انتزعت الفرق الألغام من قرى: whence, not what), unless a
    ``counted`` word stands before it (عددا من المدن: a share of what), nor followed by a ``not_after`` phrase, its
    type and whether it is weak (``weak``: it needs support, as a weak word does). The object may be the victim words
    of a kind (``victims``: قتلت القوات 10 مسلحين). A verb written as a part of the day (فجر) is no verb before a day
    or a number (فجر اليوم، فجر الأحد، فجر 12 تموز: at dawn)."""
    folded_verbs = tuple(normalize(v) for v in entry["verbs"])
    verbs = "|".join(map(re.escape, folded_verbs))
    conjunctions = "|".join(re.escape(c) for c in CLITICS.conjunctions)
    word = r"[^\s.,،؛:!?؟]+\s+"
    not_before = "|".join(re.escape(normalize(w)) for w in entry.get("not_before", []))
    last = rf"(?!(?:{not_before})\s){word}" if not_before else word
    counted = "|".join(re.escape(normalize(w)) for w in entry.get("counted", []))
    if counted:  # انتزعت الجبهة عددا من المدن: a count before من takes a share of the places themselves
        last = rf"(?:(?:{counted})\s+{word}|{last})"
    gap = rf"(?:{word}){{0,{int(entry['gap']) - 1}}}{last}"
    dawn = rf"(?!(?:{_days_named()})(?!\S)|\d)" if _day_parts() & set(folded_verbs) else ""
    not_after = "|".join(re.escape(normalize(w)) for w in entry.get("not_after", []))
    beyond = rf"(?!\s+(?:{not_after})(?![^\W\d_]))" if not_after else ""
    objects = _victims(entry["victims"]) if "victims" in entry else (
        [entry["object"]] if isinstance(entry["object"], str) else entry["object"])
    folded_objects = tuple(normalize(o) for o in objects)
    target = "(?:" + "|".join(map(re.escape, folded_objects)) + ")"
    pattern = (rf"(?<![^\s{re.escape(_OPENING_QUOTES)}])(?P<verb>(?:{conjunctions})?(?:{verbs}))\s+{dawn}"
               rf"(?P<subject>{gap}){target}(?!\S){beyond}")
    return _SplitVerb(Needing(re.compile(pattern), (frozenset(folded_verbs), frozenset(folded_objects))), entry["type"],
                      bool(entry.get("weak", False)), frozenset(normalize(w) for w in entry.get("killed_in", [])))


def _victims(kind: str) -> list[str]:
    """The victim words of one kind (``numbers.toml`` ``[victims]``: fighters), the object of a killing verb."""
    return read_data(DATA_DIR / "numbers.toml")["victims"][kind]


@cache
def _day_parts() -> frozenset[str]:
    """The parts of a day (``dates.toml`` ``day_parts``: فجر، صباح), folded."""
    return frozenset(normalize(w) for w in read_data(DATA_DIR / "dates.toml")["words"]["day_parts"])


@cache
def _days_named() -> str:
    """The words naming a day after a part of it (فجر اليوم، فجر الأحد، فجر يوم السبت: ``dates.toml`` weekdays,
    relative days and the day), folded, as regex alternatives."""
    dates = read_data(DATA_DIR / "dates.toml")
    words = [w for forms in (*dates["weekdays"].values(), *dates["relative_days"].values()) for w in forms]
    folded = {" ".join(normalize(w).split()) for w in [*words, *dates["units"]["day"]["one"]]}
    return "|".join(re.escape(w) for w in sorted(folded, key=len, reverse=True))


def lemma_forms(lemma: dict) -> list[tuple[str, bool]]:
    """The forms of one ``[[forms]]`` lemma, each with whether it is a verb."""
    forms = [(f, False) for f in noun_forms(lemma["noun"], lemma.get("plural"))] if "noun" in lemma else []
    if "verb" in lemma:
        forms += [(f, True) for f in verb_forms(lemma["verb"], lemma.get("present"))]
    return forms


def _present_forms(lemma: dict) -> set[str]:
    """The forms of a ``[[forms]]`` lemma's verb in the present tense only (تستهدف، يقصفون)."""
    if "verb" not in lemma or "present" not in lemma:
        return set()
    return set(verb_forms(lemma["verb"], lemma["present"])) - set(verb_forms(lemma["verb"]))


def find_triggers(folded: str) -> list[Trigger]:
    """The trigger words of a folded text, excluded phrases left out, and the verbs whose subject stands
    between them and their object (فتح مسلحون النار), in text order: such a verb, not a weak word it has for
    object (أطلق مسلحون الرصاص) nor the statement verb it is (أعلن الجيش سيطرته على القرية: a capture)."""
    found = [Trigger(h.start, h.end, *h.value) for h in rules().matcher.find(folded) if h.value is not None]
    found = sorted(found + [a for a in answers(folded) if not any(
        t.start < a.end and a.start < t.end for t in found)], key=lambda t: t.start)
    matches = [(m, split.event_type, split.weak) for split in rules().split_verbs
               for m in split.pattern.finditer(folded)
               if not any(t.start < m.end() and m.start() < t.end and not t.weak and t.event_type != "statement"
                          for t in found) and not _killed_in_an_attack(folded, m.end(), found, split.killed_in)]
    if not matches:
        return found
    # the verb's object may itself be a weak word (أطلق مسلحون الرصاص): the verb tells the attack
    found = [t for t in found if not any(t.start < m.end() and m.start() < t.end for m, _, _ in matches)]
    split = [Trigger(m.start("verb"), m.end("verb"), event_type, weak, verb=True, subject=m.span("subject"))
             for m, event_type, weak in matches]
    return sorted(found + split, key=lambda t: t.start)


#: The words before an attack word (خلال تلك الاشتباكات) among which one of a killing's `killed_in` words is looked for.
_KILLED_IN_WORDS = 2


def _killed_in_an_attack(folded: str, end: int, found: list[Trigger], killed_in: frozenset[str]) -> bool:
    """A trigger after the object ending at `end`, before the sentence's full stop, with one of `killed_in` among the
    `_KILLED_IN_WORDS` words before it (قتلت الشرطة مسلحين اثنين، خلال تلك الاشتباكات): the dead were killed in
    that attack."""
    if not killed_in:
        return False
    stop = folded.find(".", end)
    last = len(folded) if stop < 0 else stop
    return any(end <= t.start < last and t.event_type != "statement" and killed_in & _words_before(folded, t.start)
               for t in found)


def _words_before(folded: str, at: int) -> set[str]:
    """The `_KILLED_IN_WORDS` words before the word holding folded offset `at` (its article or proclitic too)."""
    begin = folded.rfind(" ", 0, at) + 1
    return set(folded[max(0, begin - 40):begin].split()[-_KILLED_IN_WORDS:])


def answers(folded: str) -> list[Trigger]:
    """The verbal nouns that tell an attack after a reply verb opening a clause and a preposition of means (وردت
    إسرائيل بمهاجمة مواقع): ambiguous triggers there, not elsewhere (تهديده بمهاجمة المدينة: a threat)."""
    return [Trigger(m.start("noun"), m.end("noun"), AMBIGUOUS, False) for m in rules().answers.finditer(folded)]


def strike_verbs(folded: str) -> list[Hit]:
    """The verbs that turn a weak trigger (طائرات) into an event."""
    return rules().strike_verbs.find(folded)


def strike_verbs_in(folded: str, start: int, end: int) -> list[Hit]:
    """`strike_verbs` of ``folded[start:end]`` (offsets in the slice), read from the scan of the whole folded text:
    a stretch of a clause is searched without an automaton scan of its own."""
    return rules().strike_verbs.find_in(folded, start, end)


def ambiguous_default() -> str:
    return rules().ambiguous_default
