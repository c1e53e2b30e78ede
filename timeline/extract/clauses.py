"""Clauses of a sentence: the stretch of text one event is read from.

A clause starts at a connective of ``[clauses]`` in ``data/triggers.toml``
(كما، بينما، بعدما ...), at ``؛``, or at a comma followed by a word with the
conjunction و or by "at a time when" (في وقت، not في وقت سابق). A clause opened
by one of ``another_attack`` (بينما، عقبه; first after a comma too: ، كذلك قصف) or of ``beside`` (تزامنا مع)
joins another attack to the one told before it. Text is folded (`gazetteer.normalize`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice
from typing import NamedTuple

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from gazetteer.wordtrie import alternation, whole_words, word_starts
from timeline.extract.spans import first_words
from timeline.extract.toll import injured_verbs
from timeline.extract.triggers import find_triggers, triggers_data

_LETTER = r"[^\W\d_]"
#: A Latin and an Arabic comma (a tuple, for `str.endswith`).
COMMAS = (",", "\u060c")
#: The most words of a phrase opening a clause with an attack beside its own (بالتزامن مع).
BESIDE_WORDS = 3
_WORD = re.compile(r"\S+")


class Clause(NamedTuple):
    """A stretch of a sentence telling one happening (a named tuple: drafting makes tens of them for every article,
    a frozen dataclass's construction costs five times as much)."""

    start: int
    end: int
    continues: bool  #: opened by a connective that keeps the previous clause's subject (كما)
    #: opened by a connective that joins another attack to the one told before it (بينما، عقبه)
    joins_another: bool = False
    #: cut from the clause before it where a second attack is joined by و (وقصف على بلدة ب): told at its time
    shares_time: bool = False
    #: cut where a second attack on a day of its own is joined by و (وأعدمه يوم 15 تموز في المدينة): the place it
    #: names is the first one's too when the first names none
    shares_place: bool = False
    #: cut where an attack of another side is joined by و (بقصف سوري وغارات روسية على بلدة س): the target it names
    #: after it is the first one's too when the first names none after its own trigger
    shares_target: bool = False
    #: cut where an attack is told as concurrent with one told before it (تزامن الاشتباكات مع غارات): at that one's
    #: day when it has none of its own
    concurrent: bool = False
    #: cut where a second toll opens with a count of people glued to و (، وثلاثة آخرون في قصف على بلدة ص) after a
    #: clause that told its dead: the dead of its attack when it tells none of its own
    dead: int | None = None
    #: cut where an attack is told amid one of another kind (اشتباكات في بلدة س، وسط قصف على مناطق الاشتباك): another
    #: attack, completing none told before it, at that one's place when it names none of its own
    amid: bool = False
    #: cut before an attack told amid or concurrent with its own (معارك في بلدة س تترافق مع غارات): its fighting,
    #: told with strikes beside it, is war's, no match or rivalry
    accompanied: bool = False


@cache
def _rules() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    data = triggers_data()["clauses"]
    after_comma = r"\s*(?=" + alternation({normalize(w) for w in data["after_comma"]}) + r"(?![^\W\d_]))" + (
        r"(?!" + alternation({normalize(w) for w in data["not_after_comma"]}) + r"(?![^\W\d_]))")
    words = word_starts({normalize(w) for w in data["split_before"]} | beside_phrases(), _LETTER)
    # every branch starts with its character, so that the engine skips to where a cut may be
    pattern = re.compile("|".join([*(comma + after_comma for comma in COMMAS),
                                   *(word + rf"(?!{_LETTER})" for word in words)]))
    return pattern, frozenset(normalize(w) for w in data["continues"]), frozenset(
        normalize(w) for w in data["another_attack"]) | beside_phrases()


@cache
def beside_phrases() -> frozenset[str]:
    """The words of "at the same time as" (``[clauses] beside``), folded."""
    return frozenset(normalize(w) for w in triggers_data()["clauses"]["beside"])


def opened_beside(folded: str, clause: Clause) -> int | None:
    """Where the phrase that opens the clause with an attack beside its own ends (وبالتزامن مع هجوم البلدة فجر
    انتحاري نفسه: the clause tells the bombing, beside the attack it names first), if it opens with one."""
    words = list(islice(_WORD.finditer(folded, clause.start, clause.end), BESIDE_WORDS))
    for n in range(1, min(len(words), BESIDE_WORDS) + 1):
        phrase = " ".join([CLITICS.strip_conjunction(words[0].group()), *(w.group() for w in words[1:n])])
        if phrase in beside_phrases():
            return words[n - 1].end()
    return None


#: Whether a stretch of a sentence names a day or a place that the stretch before it does not (`Findings.elsewhere`).
Elsewhere = Callable[[tuple[int, int], tuple[int, int]], bool]


def clauses(folded: str, start: int, end: int, elsewhere: Elsewhere | None = None) -> list[Clause]:
    """The clauses of the sentence ``folded[start:end]``; `elsewhere` tells the wounded of another day or place
    from those of the attack told before them (`_others_after_dead`)."""
    pattern, continuing, joining = _rules()
    out: list[Clause] = []
    begin, continues, joins = start, False, False
    for cut, word in _cuts(pattern, folded, start, end, elsewhere):
        if cut > begin:
            out.append(Clause(begin, cut, continues, joins))
        begin = cut
        continues, joins = word in continuing, word in joining or (word is None and bool(
            set(first_words(folded, cut, end, 1)) & joining))  # ، كذلك قصف الطيران: a comma's opener
    if end > begin:
        out.append(Clause(begin, end, continues, joins))
    return out


def _cuts(pattern: re.Pattern[str], folded: str, start: int, end: int,
          elsewhere: Elsewhere | None) -> list[tuple[int, str | None]]:
    """Where clauses of ``folded[start:end]`` begin, in order, each with the connective that opens it (None after
    a comma); a "while" put first (``fronted``: وفيما قتل 27 في بلدة أ، كشف مصدر عن قصف بلدة ب) opens a clause
    joining another attack that ends at the first comma after it."""
    cuts: list[tuple[int, str | None]] = []
    for m in pattern.finditer(folded, start, end):
        word = None if m.group()[0] in COMMAS else m.group()
        opener, after = _opener(folded, m, word, end)
        if opener in _hurt_while() and _others_after_dead(
                folded, cuts[-1][0] if cuts else start, m.start(), after, _next_cut(pattern, folded, m, end),
                elsewhere):
            continue  # قتل ثلاثة فيما أصيب خمسة بغارة، قتلوا في حين اعتقل آخرون في المعارك: the same attack's
        cuts.append((m.end() if word is None else m.start(), word))
    for m in _fronted().finditer(folded, start, end):
        comma = next((i for i in range(m.end(), end) if folded[i] in COMMAS), None)
        if comma is not None and _LETTERS.search(folded, comma, end):
            cuts += [(m.start(), m.group()[1:]), (comma + 1, None)]
    return sorted(set(cuts), key=lambda c: (c[0], c[1] is not None))


_LETTERS = re.compile(_LETTER)


@cache
def _hurt_while() -> frozenset[str]:
    """The words of "while" and "also" that join the wounded to the dead or the attack told before them (``[clauses]
    hurt_while``: فيما، كما)."""
    return frozenset(normalize(w) for w in triggers_data()["clauses"]["hurt_while"])


@cache
def _others() -> frozenset[str]:
    """The words of the others (``[coreference] others``: آخرون), folded."""
    return frozenset(normalize(w) for w in triggers_data()["coreference"]["others"])


def _opener(folded: str, m: re.Match[str], word: str | None, end: int) -> tuple[str | None, int]:
    """The word opening the clause cut at `m` (its connective, or the first word after a comma: ، كذلك) and where
    it ends."""
    if word is not None:
        return word, m.end()
    first = next(_WORD.finditer(folded, m.end(), end), None)
    return (first.group(), first.end()) if first else (None, m.end())


def _next_cut(pattern: re.Pattern[str], folded: str, m: re.Match[str], end: int) -> int:
    """Where the next clause could begin after the cut at `m` (the sentence's end when none)."""
    after = pattern.search(folded, m.end(), end)
    return after.start() if after else end


def _tells_an_attack(text: str) -> bool:
    """`text` names an attack (a trigger other than a statement's)."""
    return any(t.event_type != "statement" for t in find_triggers(text))


def _others_after_dead(folded: str, begin: int, cut: int, after: int, end: int, elsewhere: Elsewhere | None) -> bool:
    """The "while" from `cut` to `after` stands right before a verb of the wounded, or before a verb and the others
    it tells of (`[coreference] others`: في حين اعتقل آخرون), after a stretch from `begin` that tells no attack
    (ثلاثة مدنيين قتلوا فيما أصيب عدد آخر بغارة، عشرات قتلوا في حين اعتقل آخرون في المعارك): the wounded or the
    others join the dead of the attack told after them; after an attack of its own (قتل ثلاثة في غارة على بلدة أ،
    بينما أصيب خمسة في قصف) the cut stays. Wounded told by a clause up to `end` that names no attack of its own
    (غارة على بلدة أ، كما أصيب خمسة آخرون) are that attack's, told before them: no cut either, unless they are
    told on a day or at a place of their own (`elsewhere`: غارة على بلدة أ الخميس، كما أصيب خمسة آخرون الجمعة في
    بلدة ب), another attack's."""
    words = [w.group() for w in islice(_WORD.finditer(folded, after, end), 2)]
    if not words:
        return False
    if words[0] in injured_verbs() and not _tells_an_attack(folded[after:end]):
        return elsewhere is None or not elsewhere((begin, cut), (after, end))
    return (words[0] in injured_verbs() or (len(words) == 2 and words[1] in _others())) and not _tells_an_attack(
        folded[begin:cut])


@cache
def _fronted() -> re.Pattern[str]:
    """A "while" put first with the conjunction و (``[clauses] fronted``), as a whole word."""
    words = {normalize(w) for w in triggers_data()["clauses"]["fronted"]}
    return re.compile(whole_words(words, _LETTER))


@cache
def _cause_openers() -> frozenset[str]:
    """The words opening the attack that caused the toll told before it (``[clauses] after_its_toll``), folded."""
    return frozenset(normalize(w) for w in triggers_data()["clauses"]["after_its_toll"])


def opened_by_its_cause(folded: str, clause: Clause) -> bool:
    """The clause opens with a word telling the attack that caused the toll told before it (بعد أن فجر مسلحون
    قنبلة)."""
    words = first_words(folded, clause.start, clause.end, 2)
    words[:1] = [CLITICS.strip_conjunction(w) for w in words[:1]]
    return any(" ".join(words[:n]) in _cause_openers() for n in (1, 2))
