"""Where a clause turns from its event to one it answers or follows (ردا على، إثر): `cause_at`, `reply_at`,
and a clause opening with the attack it answers (وردا على قصف ...، شنت الطائرات غارات).
"""

from __future__ import annotations

import re
from functools import lru_cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract.actors import time_counted_from, word_start
from timeline.extract.clauses import Clause
from timeline.extract.cues import cues, is_reply, one_of
from timeline.extract.segment import NEXT_WORD
from timeline.extract.spans import first_words
from timeline.extract.toll import find_toll
from timeline.extract.triggers import AMBIGUOUS, Trigger, find_triggers
from timeline.models import DateMention
from timeline.vocabulary import VIOLENT_TYPES

#: A trigger at most this many words after a cause word opening its clause, or after the من or على of a time
#: counted from it (وبعد أسبوع من الهجوم), names what the clause's attack came after (وبعد هجوم، وإثر سقوط قذيفة).
CAUSE_NAMED_WORDS = 1
#: The kinds of a strike from afar, whose dead fall where it struck: deaths told after a cause word are another's.
FROM_AFAR = ("airstrike", "shelling", AMBIGUOUS)
#: A reply word after at most this many words of its clause opens it with the attack answered (وفيما بدا ردا على).
REPLY_OPENING_WORDS = 2


def first_reply_at(folded: str, clause: Clause) -> int | None:
    """Where the clause's first reply word (ردا على، انتقاما) starts, if any."""
    return _first_reply_between(folded, clause.start, clause.end)


@lru_cache(maxsize=64)
def _first_reply_between(folded: str, start: int, end: int) -> int | None:
    """Where the first reply word of ``folded[start:end]`` starts, if any; remembered for the last clauses read, since
    choosing a clause's trigger and reading its reply both ask."""
    for m in cues().causes.finditer(folded, start, end):
        if is_reply(m):
            return m.start()
    return None


def answered_alone(folded: str, clause: Clause, inside: list[Trigger], dates: list[int]) -> int | None:
    """Where the attack answered starts when it is all the clause tells of attacks and it has no day of its
    own: every trigger follows a reply word that does not open the clause, and no date mention (`dates`:
    their folded offsets) does (دمرت الدول الثلاث مواقع في 14 نيسان، ردا على هجوم دوما الذي قتل 40: the
    reply is told without a trigger). The day, side and place before the reply word are the reply's; None
    when a trigger comes before it, there is none, or the attack answered is dated (ردا على هجوم وقع الاثنين)."""
    reply = first_reply_at(folded, clause)
    if (reply is None or not inside or any(tr.start < reply for tr in inside) or any(p > reply for p in dates)
            or opening_reply(folded, clause, reply)):
        return None
    return reply


def opening_reply(folded: str, clause: Clause, reply: int) -> bool:
    """The reply word opens the clause: at most `REPLY_OPENING_WORDS` words before it, none a demonstrative
    (وفيما بدا ردا على الهجوم، شنت ...; not وذلك ردا على هجوم وقع الاثنين: what was just told answers the
    attack named after it, which is all the clause tells)."""
    before = folded[clause.start : reply].split()
    return len(before) <= REPLY_OPENING_WORDS and not any(one_of(w, cues().demonstratives) for w in before)


def answered_end(folded: str, clause: Clause, reply: int, inside: list[Trigger], verbs: list[int]) -> int | None:
    """Where the attack answered by a clause opening with a reply word ends (وفي رد على قصف النظام
    بالبراميل أعلنت الفصائل استهداف ...، وردا على صواريخ حماس، شنت إسرائيل غارات): at the first comma after
    it, or at the first verb after its first trigger (a trigger verb, a strike verb, a statement); None
    when neither follows."""
    after = next((tr for tr in inside if tr.start > reply), None)
    comma = next((i for i in range(reply, clause.end) if folded[i] in ",\u060c"), None)
    verb = None if after is None else min(
        [tr.start for tr in inside if tr.start > after.start and (tr.verb or tr.event_type == "statement")]
        + [v for v in verbs if after.end <= v < clause.end], default=None)
    ends = [p for p in (comma, verb) if p is not None]
    return min(ends) if ends else None


def after_an_opening_cause(
    folded: str, clause: Clause, inside: list[Trigger], verbs: set[int], c_dates: list[tuple[int, DateMention]]
) -> int | None:
    """Where the clause's own event begins when the clause opens with what it came after or answers (وبعد إقدام
    مسلحين على قتل شرطيين في مدينة س، شنت الحكومة غارات؛ وإثر هجوم على حاجز، قصفت الطائرات): its first word is
    a cause word (`opening_cause`), the attack or the toll it names is told before a comma, and a verb (`verbs`:
    folded offsets of verb starts) opens the clause's own attack right after that comma; the place, day and toll
    told before it are the cause's."""
    m = opening_cause(folded, clause, c_dates)
    if m is None:
        return None
    cause = time_counted_from(folded, m.end(), clause.end) or m.end()
    comma = _comma_after_its_description(folded, cause, clause.end)
    if comma is None:
        return None
    after = NEXT_WORD.match(folded, comma + 1)
    if after is None or not any(after.start(1) <= v < after.end(1) for v in verbs) or not any(
            tr.start >= after.start(1) and tr.event_type in (*VIOLENT_TYPES, AMBIGUOUS) for tr in inside):
        return None
    named = any(tr.event_type != "statement" and cause <= tr.start < comma
                and _words_naming(folded, cause, tr) <= CAUSE_NAMED_WORDS for tr in inside)
    if named or find_toll(folded[m.end() : comma]).told:
        return after.start(1)
    return None


def _comma_after_its_description(folded: str, at: int, end: int) -> int | None:
    """The first comma after `at`, or, when a relative pronoun opens what follows it (وبعد أسبوع من الهجوم، الذي وقع
    يوم 7 نيسان، شنت), the comma closing that description of what was named before it; None without one."""
    comma = next((i for i in range(at, end) if folded[i] in ",\u060c"), None)
    after = None if comma is None else NEXT_WORD.match(folded, comma + 1)
    if after is None or after.group(1) not in cues().relative_pronouns:
        return comma
    return next((i for i in range(after.end(), end) if folded[i] in ",\u060c"), None)


def _words_naming(folded: str, at: int, trigger: Trigger) -> int:
    """How many words stand between `at` and the trigger's word, a demonstrative not counted (وبعيد هذا
    التفجير: the bombing named again)."""
    between = folded[at : word_start(folded, trigger.start, at)].split()
    return sum(1 for w in between if not one_of(w, cues().demonstratives))


def _cause_first(folded: str, clause: Clause) -> re.Match | None:
    """The cause word at the clause's first word, or at its second after a conjunction written apart (و بعد): tried
    at those two places only, not sought through the whole clause."""
    first = _next_word(folded, clause.start, clause.end)
    if first is None:
        return None
    m = cues().causes.match(folded, first, clause.end)
    if m is None and folded[first] in CLITICS.conjunctions and first + 1 < clause.end and folded[first + 1].isspace():
        second = _next_word(folded, first + 1, clause.end)
        m = None if second is None else cues().causes.match(folded, second, clause.end)
    return m


def _next_word(folded: str, start: int, end: int) -> int | None:
    """Where the first character that is no space stands from `start` on, before `end`."""
    while start < end and folded[start].isspace():
        start += 1
    return start if start < end else None


def opening_cause(folded: str, clause: Clause, c_dates: list[tuple[int, DateMention]]) -> re.Match | None:
    """The cause word that is the clause's first word, but for a conjunction (وبعد، وإثر، وفي أعقاب), outside a
    date and not right before one (بعد ظهر الأحد: a time of the clause's own event) unless that date is a time
    counted from the happening named after it (وبعد يومين من الهجوم: the attack is what the clause's came after)."""
    m = _cause_first(folded, clause)
    if m is None:
        return None
    if any(p <= m.start() < p + len(normalize(d.text)) or 0 <= p - m.end() <= 1 for p, d in c_dates) and (
            time_counted_from(folded, m.end(), clause.end) is None):
        return None
    return m


def cause_at(
    folded: str, clause: Clause, trigger: Trigger, inside: list[Trigger], c_dates: list[tuple[int, DateMention]],
    verbs: list[int] = (),
) -> int | None:
    """Where the clause turns from its event to one it answers (شنت ضربات إثر قصف ... في 7 نيسان؛
    ردا على استهداف ... قبل أيام): a cause word after the trigger, outside a date mention (بعد ظهر
    الأحد), followed by a trigger and a date, or by a trigger alone after a reply (ردا على), or by a death noun
    after a reply or after a strike from afar told by a verb (`verbs`: folded offsets of strike verbs) before it (شنت
    الطائرات غارات على الموصل بعد مقتل جنود في تكريت: the deaths are not the strikes')."""
    for m in cues().causes.finditer(folded, trigger.end, clause.end):
        if any(p <= m.start() < p + len(normalize(d.text)) or 0 <= p - m.end() <= 1 for p, d in c_dates):
            continue
        reply = is_reply(m) or _an_accusation_next(folded, m.end(), clause.end)
        told_by_verb = trigger.event_type in FROM_AFAR and (any(
            tr.verb and tr.start < m.start() for tr in inside) or any(clause.start <= v < m.start() for v in verbs))
        if (reply or told_by_verb) and _a_death_next(folded, m.end(), clause.end):
            return m.start()  # ردا على مقتل شرطيين، قصفت ... بعد مقتل جنود: the deaths answered are not the strike's
        if any(tr.start >= m.end() and tr.event_type != "statement" and not _coordinated_verb(folded, tr)
               for tr in inside) and (
            reply or any(p >= m.end() for p, _ in c_dates)
        ):
            return m.start()
    return None


def _an_accusation_next(folded: str, at: int, end: int) -> bool:
    """The word right after `at` is a noun of accusing (بعد اتهامه بشن هجوم): the cause is an accused attack."""
    return any(w in cues().accusations for w in first_words(folded, at, end, 1))


def _a_death_next(folded: str, at: int, end: int) -> bool:
    """The word right after `at` is a death noun (ردا على مقتل جنديين): the reply answers those deaths."""
    return any(one_of(w, cues().deaths) for w in first_words(folded, at, end, 1))


def _coordinated_verb(folded: str, trigger: Trigger) -> bool:
    """The trigger is a verb joined by a conjunction (ردا على الاستفتاء وتمكنت من السيطرة على المدينة): another
    predicate of the clause's side after the cause it names, not the attack that cause names."""
    if not trigger.verb:
        return False
    text = folded[word_start(folded, trigger.start) : trigger.end]
    bare = CLITICS.strip_conjunction(text)
    return bare != text and any(t.start == 0 and t.verb for t in find_triggers(bare))


def cause_before(folded: str, clause: Clause, trigger: Trigger, inside: list[Trigger]) -> int | None:
    """Where the trigger's side begins when it stands at most `CAUSE_NAMED_WORDS` words after a cause word that
    an attack trigger of the clause comes before (استهدفت تركيا مواقع الحزب إثر الهجوم الانتحاري): the end of
    that word; the sides named before it are those of the attack the cause brought about."""
    for m in cues().causes.finditer(folded, clause.start, trigger.start):
        if trigger.start >= m.end() and len(folded[m.end() : trigger.start].split()) <= CAUSE_NAMED_WORDS and any(
                tr.start < m.start() and tr.event_type != "statement" for tr in inside):
            return m.end()
    return None


def caused_from(folded: str, clause: Clause, trigger: Trigger, inside: list[Trigger],
                c_dates: list[tuple[int, DateMention]]) -> int | None:
    """Where the trigger's side begins when it stands after a cause word that no trigger of the clause
    comes before (تراجع النفط الاثنين إثر الضربات على سوريا مطلع الأسبوع): the end of that word; what is
    written before it tells what the cause brought about, not the trigger's event. Not a word of a date mention
    (بعد يومين من وصول الوزير: a time counted from another happening, read by the dating rules)."""
    first = min((tr.start for tr in inside), default=trigger.start)
    found = [m for m in cues().causes.finditer(folded, clause.start, min(first, trigger.start))
             if not any(p < m.end() <= p + len(normalize(d.text)) for p, d in c_dates)]
    return found[-1].end() if found else None


def named_after_cause(folded: str, start: int, end: int, inside: list[Trigger]) -> bool:
    """An attack trigger stands right after a cause word between folded offsets `start` and `end` (بعد قصف
    المطار، إثر الغارة): the attack is named as what came before, not told on the clause's day."""
    return any(tr.event_type != "statement" and 0 <= tr.start - m.end() <= 1
               for m in cues().causes.finditer(folded, start, end) for tr in inside)


def reply_at(folded: str, clause: Clause, trigger: Trigger, c_dates: list[tuple[int, DateMention]]) -> int | None:
    """Where a reply word after the trigger (ردا على، انتقاما) turns the clause to what the event answers,
    outside a date mention; what it names after it (ردا على إطلاق صواريخ على الجولان) is the answered
    attack's, never the event's."""
    for m in cues().causes.finditer(folded, trigger.end, clause.end):
        if not is_reply(m):
            continue
        if not any(p <= m.start() < p + len(normalize(d.text)) for p, d in c_dates):
            return m.start()
    return None
