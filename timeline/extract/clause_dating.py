"""Clause dating: which date mention of a clause is its event's, and what that date is.

The nearest date mention of the clause governs its trigger, except one written
right after a reporting verb on the same side of the trigger (أقرت ... مطلع العام
الجاري بمقتل ...: the date of the admission), one after a cause word followed by
another trigger (`replies.cause_at`), a baseline (منذ بدء الحرب), and a meeting's day (يجتمع مجلس
الأمن الأربعاء لبحث القصف: the attack it discusses stays undated). Else an
event-relative mention (في اليوم التالي) is counted from the previous dated event,
or from the event it is anchored to (غداة Y). Relative dates are resolved
against the publication date (basis ``publication``) or the inferred one
(``inferred``), never against a distrusted page stamp.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache, lru_cache
from itertools import pairwise

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract.clauses import COMMAS, Clause, opened_beside
from timeline.extract.cues import (
    any_of,
    cues,
    month_names,
    one_of,
    without_articles,
)
from timeline.extract.event_when import When, when_of
from timeline.extract.morphology import possessed_forms
from timeline.extract.replies import named_after_cause
from timeline.extract.saying import Dated, of_report
from timeline.extract.segment import FoldedText
from timeline.extract.spans import first_words, word_matches
from timeline.extract.triggers import AMBIGUOUS, Trigger, triggers_data
from timeline.models import DateMention
from timeline.vocabulary import VIOLENT_TYPES

#: A relative pronoun at most this many words after a trigger noun describes it (الضربات الجوية التي).
DESCRIBING_WORDS = 1

#: A date at most this many words after that pronoun is the described attack's (التي شنتها ... فجر السبت).
RELATIVE_DATE_WORDS = 6

#: A date at most this many words before a phrase of a purpose (للتحقيق في) is that purpose's day.
PURPOSE_WORDS = 2

#: How many words (the attack's noun before a trigger adjective: الهجوم الكيميائي) may stand between it and the trigger.
PURPOSE_NOUN_WORDS = 1

#: How many words (the attack's noun before its trigger: بعد أيام من قصف الحرس الثوري) may stand between a phrase of
#: what followed the attack (بعد أيام من) and the trigger.
TOLD_BEFORE_WORDS = 1

#: An anniversary word at most this many words before a trigger remembers its attack (الذكرى الثلاثين للهجوم).
REMEMBERED_WORDS = 3

#: A date at most this many words after a word before another happening (بعد أحداث 11 سبتمبر) is that happening's.
ANOTHER_HAPPENING_WORDS = 6
#: The characters after a date read for a relative pronoun and a verb of coming before or after (التي سبقت).
AFTER_DATE_CHARS = 24


def _shifted(previous: When, m: DateMention) -> When:
    """The day `m` counts from `previous` (في اليوم التالي). A span named from an event (في الليلة التالية، في اليومين
    التاليين: a mention of precision ``range``) has only the days the date reader counted from the date before it on
    its line, never from an event told in another paragraph: without them the clause is told as undated as when the
    span was not read, so its attack stays an event."""
    if m.precision == "range":
        return _span_counted(m)
    if previous.value is None or previous.precision != "day" or m.relative_days is None:
        return When(text=m.text)
    value = previous.value + dt.timedelta(days=m.relative_days)
    return When(value.isoformat(), "day", m.text, "event_relative", value.isoformat(), value)


def _span_counted(m: DateMention) -> When:
    """The days of a span named from an event (الليلة التالية), as counted on its line, or none."""
    if m.value is None or m.end_value is None:
        return When()
    return When(m.value.isoformat(), "range", m.text, "event_relative", m.end_value.isoformat(), m.value)


def nearest(candidates: list[Dated], anchor: int) -> DateMention | None:
    """The mention nearest `anchor`, if any."""
    if not candidates:
        return None
    return min(candidates, key=lambda pm: abs(pm[0] - anchor))[1]


def anchored(t: FoldedText, m: DateMention) -> bool:
    """An event-relative mention followed by its anchor event (غداة Y، بعد يومين على Y)."""
    if m.kind != "event_relative":
        return False
    c = cues()
    after = first_words(t.folded, t.fold(m.end), len(t.folded), 1)
    return normalize(m.text).split()[0] in c.anchor_words or bool(after and after[0] in c.anchor_prepositions)


def clause_date(
    t: FoldedText, clause: Clause, c_dates: list[Dated], inside: list[Trigger], trigger: Trigger,
    ref_basis: str | None, previous: When | None, reports: list[int],
) -> When:
    """The date governing the trigger: the nearest of its side of an anchored event-relative
    mention (X غداة Y), not a baseline (منذ بدء الحرب) nor a statement verb's own date (`_of_report`);
    a reporting verb's (أفاد) own date only when there is no other.
    Else X is dated from Y's date, and an unanchored mention (في اليوم التالي) from the
    `previous` dated event; Y itself, without its own date, gets none, unless a comma closes it
    and X's day follows (`_the_anchor_counted_back`: وغداة الهجوم، أقيمت صلاة الميت أمس).
    A meeting's day (`_meeting_words`) or a legal case's (`_of_a_legal_case`) is no date of the clause's attack.
    A clause dated only by a baseline keeps its text without a date
    (a period, not an undated event)."""
    folded = t.folded
    violent = trigger.event_type in VIOLENT_TYPES or trigger.event_type == AMBIGUOUS  # قصف، ضربة: an attack
    others = {p for p, _ in c_dates if violent and _of_another_happening(folded, clause, p, c_dates, trigger, inside)}
    c_dates = [(p, m) for p, m in c_dates if not (_until_now(folded, clause, p, m) or _nowadays(folded, clause, p, m))]
    c_dates = [(p, m) for p, m in c_dates if not _names_an_attack(folded, clause, p, m)]
    c_dates = [(p, m) for p, m in c_dates if not _of_a_legal_case(folded, clause, p, trigger)]
    c_dates = [(p, m) for p, m in c_dates if not before_a_charge(folded, p, m, trigger)]
    c_dates = [(p, m) for p, m in c_dates if not _said_next(folded, p, trigger)]
    c_dates = [(p, m) for p, m in c_dates if not _of_what_followed(folded, p, m, trigger)]
    c_dates = [(p, m) for p, m in c_dates if not _of_an_accord(folded, clause, p, trigger, inside)]
    c_dates = [(p, m) for p, m in c_dates if not _describing_another(folded, trigger, p, inside)]
    c_dates = [(p, m) for p, m in c_dates if not _of_someone_described(folded, clause, trigger, p, m, inside)]
    c_dates = [(p, m) for p, m in c_dates if not _of_a_deed_described(folded, trigger, p, inside)]
    c_dates = _not_read_out_of_a_cause_word(folded, c_dates)
    remembered = _remembered_at(folded, clause, trigger)
    if remembered is not None:  # أحيا السكان الجمعة الذكرى الثلاثين للهجوم: the day of the remembering
        c_dates = [(p, m) for p, m in c_dates if p > remembered and not m.needs_reference]
    relative = [(p, m) for p, m in c_dates if m.kind == "event_relative"]
    anchor = next(((p, m) for p, m in relative if anchored(t, m)), None)
    meetings = _meeting_words(folded, clause, trigger) if c_dates and violent else []
    beside = opened_beside(folded, clause)
    if beside is not None:  # وتزامنا مع جلسة التفاوض الأخيرة الجمعة، استكملت القوات سيطرتها: the session's day
        meetings = [w for w in meetings if folded[beside:w].strip()]
    c_dates = [(p, m) for p, m in c_dates
               if not (_of_a_purpose(folded, p, m, trigger) or _told_before(folded, p, m, trigger))]
    if anchor:  # وغداة التفجير، شيع الأهالي الضحايا الأربعاء: the day of what came after, counted back
        counted_back = _the_anchor_counted_back(
            folded, clause, _plain(folded, clause, c_dates, trigger, violent, others), anchor, trigger, ref_basis)
        if counted_back is not None:
            return counted_back
    c_dates = [(p, m) for p, m in c_dates if not of_report(folded, meetings, p, trigger.start)]
    topical = [(p, m) for p, m in c_dates if _of_its_topic(folded, p, m, trigger)]
    if topical and len(topical) < len(c_dates):  # a day of its own after it: the one before is the topic verb's
        c_dates = [d for d in c_dates if d not in topical]
    plain = _plain(folded, clause, c_dates, trigger, violent, others)
    anchors_days = _the_anchors_days_before(folded, plain, anchor[0], trigger) if anchor is not None else []
    plain = [d for d in plain if d not in anchors_days]
    mention, reported = _own_mention(folded, clause, plain, anchor, inside, trigger, reports)
    if anchors_days and (mention is None or reported):  # وغداة مقتل القائد الخميس، شنت الطائرات غارات: the Friday
        return _shifted(when_of(nearest(anchors_days, anchor[0]), ref_basis), anchor[1])
    if mention is not None:
        when = dataclasses.replace(when_of(mention, ref_basis), reported=reported)
        at = next(p for p, m in plain if m is mention)
        if any(_after_phrase(folded, trigger, at, phrases) for phrases in (cues().told_before, cues().came_after)):
            return When(text=mention.text)
        return _and_the_next_day(when) if _after_phrase(folded, trigger, at, cues().hours_after) else when
    if anchor is not None:
        at, m = anchor
        base = nearest([(p, n) for p, n in plain if p > at and not _anniversary(folded, at, p)], at) if (
            trigger.start < at) else None
        return _shifted(when_of(base, None), m) if base else When(text=m.text)
    if relative:
        return _shifted(previous, relative[0][1]) if previous else When(text=relative[0][1].text)
    baselines = [(p, m) for p, m in c_dates if m.kind != "event_relative" and (p, m) not in plain]
    if not baselines:
        return When()
    return When(text=baselines[0][1].text, of_another=all(p in others for p, _ in baselines))


def _not_read_out_of_a_cause_word(folded: str, c_dates: list[Dated]) -> list[Dated]:
    """`c_dates` without a mention read out of a cause word (بعيد الفطر: ب and the Eid, or بعيد, "shortly after", the
    breaking of the fast) when another mention remains (قتل خمسة في تفجير بعيد الفطر في سوق ببغداد أمس: yesterday):
    the word may tell no time of the attack at all, so a date written plainly beside it wins."""
    glued = [(p, m) for p, m in c_dates if _a_cause_word_glued(folded, p, m)]
    return [d for d in c_dates if d not in glued] if glued and len(glued) < len(c_dates) else c_dates


def _a_cause_word_glued(folded: str, p: int, m: DateMention) -> bool:
    """The mention at folded offset `p` begins inside a word that, whole, is a cause word (`[cause] words`: بعيد), its
    own first word none (not وبعد يومين: the cause word itself after a conjunction)."""
    if p == 0 or not folded[p - 1].isalpha():
        return False
    first = normalize(m.text).split()
    if not first:
        return False
    causes = _single_cause_words()
    start = folded.rfind(" ", 0, p) + 1
    return CLITICS.strip_conjunction(folded[start:p] + first[0]) in causes and (
        CLITICS.strip_conjunction(first[0]) not in causes)


@cache
def _single_cause_words() -> frozenset[str]:
    """The cause words of one word (`[cause] words`: بعد، بعيد), folded."""
    return frozenset(w for w in map(normalize, triggers_data()["cause"]["words"]) if " " not in w)


def _the_anchors_days_before(folded: str, plain: list[Dated], at: int, trigger: Trigger) -> list[Dated]:
    """The days of Y in "غداة Y" (the anchored event-relative word at folded offset `at`) opening the clause before
    a comma and the trigger, written after Y before the comma (وغداة مقتل القائد الخميس، شنت الطائرات غارات): Y's,
    which X counts from, never X's own."""
    comma = max((i for i in range(at, trigger.start) if folded[i] in COMMAS), default=None) if (
        at < trigger.start) else None
    return [] if comma is None else [(p, d) for p, d in plain if at < p < comma and not _anniversary(folded, at, p)]


def _plain(folded: str, clause: Clause, c_dates: list[Dated], trigger: Trigger, violent: bool,
           others: set[int]) -> list[Dated]:
    """The mentions that may date the trigger themselves: not counted from an event, not a baseline
    (`baseline`), nor, for a `violent` trigger, in a since-clause after it or another happening's day (`others`:
    their folded offsets, `_of_another_happening`)."""
    return [(p, m) for p, m in c_dates if m.kind != "event_relative" and not baseline(folded, clause, p, m, violent)
            and not (violent and (_in_a_since_clause(folded, clause, p, trigger.start) or p in others))
            and not _counted_from_another(folded, p, m)]


def _counted_from_another(folded: str, at: int, m: DateMention) -> bool:
    """The date at folded offset `at` is followed by a relative pronoun and a verb of coming before or after
    (`sequence_verbs`: ليلة الجمعة التي سبقت التفجير): a day counted from that happening, not read from the report."""
    end = at + len(normalize(m.text))
    after = folded[end : end + AFTER_DATE_CHARS].split()[:2]
    c = cues()
    return len(after) == 2 and after[0] in c.relative_pronouns and one_of(after[1], c.sequence_verbs)


def _of_another_happening(folded: str, clause: Clause, at: int, c_dates: list[Dated], trigger: Trigger,
                          inside: list[Trigger]) -> bool:
    """The date at folded offset `at` stands at most `ANOTHER_HAPPENING_WORDS` words after a word before another
    happening (a cause word, since, `before_another`: قبل, `besides_another`: عدا عن), with a noun of that happening
    between them (`_names_another`), after the trigger or in a phrase closed by a comma before it whose trigger no
    cause word names (قصفت الطائرات تورا بورا بعد أحداث 11 سبتمبر 2001، وبعد أحداث 11 سبتمبر 2001، شنت الطائرات):
    the happening's day, which the attack came after or before, never its own. Not a date told with its time of day
    (صباح يوم الأحد).
    """
    if trigger.start <= at < trigger.end:
        return False
    text = normalize(next(m.text for p, m in c_dates if p == at))
    if one_of(text.split()[0], cues().same_day_times):
        return False  # وبعد هدوء طوال صباح يوم الأحد، انفجرت الأوضاع: hours after a time of that day
    end, before = at + len(text), at < trigger.start
    if before and (not any(ch in COMMAS for ch in folded[end : trigger.start])
                   or named_after_cause(folded, end, trigger.end, inside)):
        return False  # عقب استشهاده أول من أمس، إثر سقوط مقذوف: the death the attack caused
    word = _last_word_before_another(folded, clause.start if before else trigger.end, at, c_dates)
    return word is not None and _names_another(folded, word, at, c_dates, inside)


def _names_another(folded: str, word: int, at: int, c_dates: list[Dated], inside: list[Trigger]) -> bool:
    """Between folded offsets `word` (the end of a word before another happening) and `at` (a date) stand one to
    `ANOTHER_HAPPENING_WORDS` words, no trigger and no other date, the first no part of the day, prayer,
    demonstrative, fight of its own (`own_fights`: بعد قتال عنيف), time counted (`counted_from`: بعد ساعات من), noun
    of places with or without the article (`indefinite_heads`: غارات على المدينة بالإضافة إلى مناطق في ريفها
    الخميس: more places struck) nor death (`deaths`: بعد مقتل الزرقاوي: the attack's toll) (بعد أحداث 11 سبتمبر،
    قبل الانتخابات التي جرت الخميس)."""
    between = [w for w in folded[word:at].split() if w.strip("".join(COMMAS))]
    c = cues()
    return (0 < len(between) <= ANOTHER_HAPPENING_WORDS
            and not one_of(between[0], c.same_day_times | c.demonstratives | c.own_fights | c.counted_from)
            and not one_of(without_articles(between[0]), c.indefinite_heads)
            and not _a_death(between[0])
            and not any(word <= tr.start < at for tr in inside)
            and not any(word <= p < at for p, _ in c_dates))


def _a_death(word: str) -> bool:
    """The word is a death noun, perhaps with a conjunction or a pronoun suffix (استشهاده، إصابته)."""
    return one_of(word, _death_forms())


@cache
def _death_forms() -> frozenset[str]:
    """The death nouns of ``[reporting] deaths``, bare or possessed (`possessed_forms`: إصابتها; a masculine one
    with its pronoun suffix: مقتله), folded: not a word they only begin (وفاة is no وفاق)."""
    return frozenset(normalize(form) for noun in triggers_data()["reporting"]["deaths"] for form in (
        noun, *(possessed_forms(noun) or [noun + suffix for suffix in CLITICS.pronoun_suffixes])))


def _last_word_before_another(folded: str, start: int, end: int, c_dates: list[Dated]) -> int | None:
    """Where the last word before another happening (بعد، منذ، قبل، عدا عن) between folded offsets `start` and `end`
    ends, outside a date mention (بعد منتصف ليل الأحد، قبل يومين); None without one."""
    c = cues()
    ends = [m.end() for pattern in (c.causes, c.besides_another) for m in pattern.finditer(folded, start, end)]
    ends += [start + m.end() for m in re.finditer(r"\S+", folded[start:end])
             if one_of(m.group(), c.since | c.before_another)]
    ends = [e for e in ends if not any(p <= e <= p + len(normalize(d.text)) for p, d in c_dates)
            and " ".join(folded[max(0, e - 20) : e].split()[-2:]) not in c.not_before_another]
    return max(ends, default=None)


def _the_anchor_counted_back(folded: str, clause: Clause, plain: list[Dated], anchor: Dated, trigger: Trigger,
                             ref_basis: str | None) -> When | None:
    """The trigger named right after an anchored event-relative word (Y of "غداة Y") that opens what its clause
    tells, a comma closing it, and X's day written after the comma (وغداة الهجوم، أقيمت صلاة الميت أمس الثلاثاء): Y
    is that day counted back (the Monday; basis ``event_relative``). None when Y names a day of its own before the
    comma (غداة الهجوم الذي وقع الأحد،) or no day follows, as before."""
    at, m = anchor
    if m.relative_days is None or len(folded[at + len(normalize(m.text)) : trigger.end].split()) != 1:
        return None
    comma = next((i for i in range(trigger.end, clause.end) if folded[i] in COMMAS), None)
    if comma is None or any(trigger.end <= p < comma for p, _ in plain):
        return None
    told = nearest([(p, d) for p, d in plain if p > comma], comma)
    when = when_of(told, ref_basis) if told is not None else None
    if when is None or when.value is None or when.precision != "day":
        return None
    value = when.value - dt.timedelta(days=m.relative_days)
    return When(value.isoformat(), "day", m.text, "event_relative", value.isoformat(), value)


def _after_phrase(folded: str, trigger: Trigger, at: int, phrases: frozenset[str]) -> bool:
    """One of `phrases` stands between the trigger and the date at folded offset `at`: a phrase of `hours_after`
    (نفذت الغارات بعد ساعات من زيارة الوزير الأربعاء) or of `told_before` (بعد أيام من تهديدات أطلقها في 2 أيار):
    the day of what the attack came after; or of `came_after` (قبل أن يعلن اليوم): the day of what came after it."""
    words = folded[trigger.end : at].split()
    return any(" ".join([CLITICS.strip_conjunction(words[i]), *words[i + 1 : i + n]]) in phrases
               for n in (2, 3, 4, 5) for i in range(len(words) - n + 1))


def _and_the_next_day(when: When) -> When:
    """A day and the next, hours after it ran past midnight or not; a longer date is left as it is."""
    if when.precision != "day" or when.value is None:
        return when
    end = (when.value + dt.timedelta(days=1)).isoformat()
    return dataclasses.replace(when, precision="range", end=end)


def _of_a_purpose(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date mention at folded offset `at` stands at most `PURPOSE_WORDS` words before a phrase of `purposes`,
    and that at most `PURPOSE_NOUN_WORDS` before the trigger (تبدأ البعثة عملها اليوم السبت للتحقيق في الهجوم
    الكيميائي): the day of what is done for the attack."""
    end = at + len(normalize(m.text))
    if end > trigger.start:
        return False
    between = [w for w in folded[end : trigger.start].split() if w.strip("".join(COMMAS))]  # a comma is no word
    return any(" ".join(between[i : i + n]) in cues().purposes and len(between) - i - n <= PURPOSE_NOUN_WORDS
               for i in range(min(len(between), PURPOSE_WORDS + 1)) for n in (1, 2, 3))


def _of_its_topic(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date mention at folded offset `at` stands before the trigger, which is right after a word of `topics`
    (دخل الخبراء مطلع الأسبوع ... لزيارة موقع هجوم وقع يوم 7 أبريل): the day of what is said or done about it."""
    end = at + len(normalize(m.text))
    return end <= trigger.start and _a_topic(
        [w for w in folded[end : trigger.start].split() if w.strip("".join(COMMAS))])


def spoken_of(folded: str, clause: Clause, trigger: Trigger) -> bool:
    """The trigger stands right after a word of `topics` in its clause (جمعوا عينات من موقع هجوم كيماوي): an attack
    spoken of, which takes no day carried from the sentences before."""
    start = max(clause.start, trigger.start - 40)
    words = folded[start : trigger.start].split()
    return _a_topic(words[1:] if start > clause.start else words)  # the first word of a window may be cut


def _a_topic(between: list[str]) -> bool:
    """One of the last words before the trigger, at most `PURPOSE_NOUN_WORDS` before it, is a word of `topics`
    (عمل محققيها حول الهجوم الكيميائي، المواقع المرتبطة بالهجوم): the attack is spoken of, not dated there."""
    words = between[:-1] if between and len(between[-1]) == 1 else between  # ب of بالهجوم cut off the trigger
    return any(w in cues().dating_topics for w in words[-(PURPOSE_NOUN_WORDS + 1) :])


def _told_before(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date mention at folded offset `at` stands before a phrase of `told_before` that stands before the trigger
    in its clause (وجه القائد، الثلاثاء، رسالة ... وذلك بعد أيام من قصف المواقع; توعد الرئيس الثلاثاء ... بعد أنباء
    عن هجوم; قدمت البعثة المشروع الأربعاء بعد أيام على إعلان المرصد أن طفلا قتل في قصف): the day of what followed
    the attack days later or on news of it."""
    end = at + len(normalize(m.text))
    return end <= trigger.start and followed_at(folded, end, trigger.start) is not None


#: A mark that sets a phrase off from what follows it in its clause (a comma, a colon).
_SET_OFF = frozenset((*COMMAS, ":"))


def _of_what_followed(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date at folded offset `at` stands before a trigger opening with a cause word (`cues().causes`: بعد
    سيطرتها على، عقب السيطرة على), set off from it by a comma or a colon (في الصحف اليوم: المشهد في المدينة بعد
    سيطرة القوات على المطار): the day of what followed the attack, not its own. Told in one phrase with it
    (تمكنت القوات السبت من عزل المدينة بعد السيطرة على البلدة), what followed came the same day."""
    end = at + len(normalize(m.text))
    return end <= trigger.start and cues().causes.match(folded, trigger.start) is not None and any(
        ch in _SET_OFF for ch in folded[end : trigger.start])


_SAID_NEXT = re.compile(r"[,\u060c]\s*(\S+)")


def _said_next(folded: str, at: int, trigger: Trigger) -> bool:
    """The date at folded offset `at` is written after a comma and a participle of saying (`said_next`) that
    follow the trigger (هاجموا المعسكرات في منطقة س، مبينا أن الجيش بدأ عمليات أمس): it dates what the speaker says
    next, not the attack."""
    return any(m.group(1) in cues().said_next for m in _SAID_NEXT.finditer(folded, trigger.end, at))


def followed_at(folded: str, start: int, trigger: int) -> int | None:
    """Where the last phrase of `told_before` between folded offsets `start` and `trigger` ends (قدمت البعثة المشروع
    الأربعاء بعيد أيام على إعلان المرصد أن طفلا توفي بعدما تعرضت لقصف): a day told before it is of what followed the
    attack; None without one."""
    told = folded[start:trigger]
    if _told_before_firsts().isdisjoint(CLITICS.strip_conjunction(w) for w in told.split()):
        return None  # no phrase can open here: the common case, read at once
    found = [m for m in word_matches(folded, start, trigger) if m.group().strip("".join(COMMAS))]
    words = [m.group() for m in found]
    ends = [found[i + n - 1].end() for n in (3, 4, 5) for i in range(len(words) - n + 1)
            if _a_phrase_told_before(words[i : i + n])]
    return max(ends, default=None)


@cache
def _told_before_firsts() -> frozenset[str]:
    """The first words of the phrases of `told_before` (بعد، عقب، إثر، بعيد)."""
    return frozenset(phrase.split()[0] for phrase in cues().told_before)


def _a_phrase_told_before(words: list[str]) -> bool:
    """The words are a phrase of `told_before`, its first perhaps with a conjunction (وبعد أيام من)."""
    return bool(words) and " ".join([CLITICS.strip_conjunction(words[0]), *words[1:]]) in cues().told_before


def _meeting_words(folded: str, clause: Clause, trigger: Trigger) -> list[int]:
    """The folded offsets of the words of a meeting in the clause (يجتمع مجلس الأمن الأربعاء لبحث ...), of a
    funeral told before the trigger (شيع الآلاف الجمعة ضحايا التفجير), or of a visit told after it (انفجرت سيارة ...،
    وقام الوزير بزيارة مفاجئة للمدينة أمس): a date written after one of them (`_of_report`) is the day of the
    meeting, the funeral or the visit, not that of the attack; not one after the trigger right after a word of its
    scene (تفجير خلال اجتماع للحزب في 5 حزيران), unless the attack is a topic seen after it (`_a_topic`: اطلع على
    آثار التفجير خلال زيارته أمس)."""
    c = cues()
    found = list(re.finditer(r"\S+", folded[clause.start : clause.end]))
    words = [m.group().strip("،,.«»\"()") for m in found]
    if not (any_of(words, c.meetings) or any_of(words, c.funerals) or any_of(words, c.visits)):
        return []  # no such word: the common case, read at once
    seen_after = _a_topic([w for w in folded[clause.start : trigger.start].split() if w.strip("".join(COMMAS))])
    return [clause.start + m.start() for n, m in enumerate(found) if (one_of(words[n], c.meetings) or (
        one_of(words[n], c.funerals) if clause.start + m.start() < trigger.start else one_of(words[n], c.visits)))
        and not (clause.start + m.start() > trigger.start and n and one_of(words[n - 1], c.meeting_scenes)
                 and not seen_after)]


def before_a_charge(folded: str, at: int, m: DateMention, trigger: Trigger) -> bool:
    """The date mention at folded offset `at` stands before a word of `charges` that stands before the trigger in
    its clause (تتوعد الدول منذ يومين برد قوي بعد اتهامات بتنفيذ هجوم كيميائي): the day of the accusation, the
    resolution or what answered them, never that of the attack they are about."""
    end = at + len(normalize(m.text))
    return end <= trigger.start and any(one_of(w, cues().charges) for w in folded[end : trigger.start].split())


def _until_now(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """Today after until ends a duration (وما زالوا حتى اليوم يعملون): it dates nothing."""
    before = folded[max(clause.start, p - 20) : p].split()[-1:]
    c = cues()
    return normalize(m.text).strip() in c.day_words and bool(before) and one_of(before[0], c.until)


def _nowadays(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """Today right after a verb in the present (`present_only_prefixes`, no ending of `past_endings`: وتتجلى اليوم
    ملامح توتر، يبدو اليوم): the time of writing, it dates nothing."""
    c = cues()
    if normalize(m.text).strip() not in c.day_words:
        return False
    before = folded[max(clause.start, p - 20) : p].split()[-1:]
    verb = before[0] if before else ""
    return verb.startswith(c.present_only_prefixes) and not verb.endswith(c.past_endings)


def _of_a_legal_case(folded: str, clause: Clause, p: int, trigger: Trigger) -> bool:
    """The date at folded offset `p` stands before the trigger and after a word of a legal case in its clause
    (وكانت النيابة قد وجهت في 14 يوليو الاتهام إلى 29 شخصا في حادث التفجير): the day of the trial or the
    indictment, not the attack's; a date after the trigger stays the attack's (وجهت الاتهام إلى 29 شخصا في
    التفجير الذي استهدف المسجد في 26 يونيو)."""
    return p < trigger.start and any(one_of(w, cues().legal_cases) for w in folded[clause.start : p].split())


def _anniversary(folded: str, anchor: int, p: int) -> bool:
    """Between an anchor word (غداة) and the date at `p` stands a word marking the passing of a time
    since that date (احتفال بمرور 3 أعوام على ...، الذكرى): the date is not the anchor event's."""
    return any(one_of(w, cues().anniversaries) for w in folded[anchor:p].split())


def _names_an_attack(folded: str, clause: Clause, p: int, m: DateMention) -> bool:
    """A day and month read against the publication date, ending on its month, right after a plural attack noun
    (هجمات 11 سبتمبر، تفجيرات السابع من يوليو): the name of an attack of a year the text does not give."""
    if not (m.needs_reference and m.precision == "day"):
        return False
    before = folded[clause.start : p].split()[-1:]
    last = [w for w in re.split(r"[\s/()]+", normalize(m.text)) if w][-1:]
    return bool(before and last) and one_of(before[0], cues().named_attacks) and last[0] in month_names()


def _remembered_at(folded: str, clause: Clause, trigger: Trigger) -> int | None:
    """The folded offset of an anniversary word at most `REMEMBERED_WORDS` words before the trigger in its
    clause (الذكرى العاشرة لهجمات، بمرور عام على التفجير): the trigger is an attack remembered, dated neither
    by a date written before that word (the day of the remembering) nor by one read against the publication
    date (هجمات السابع من يوليو: a day of a year gone by); None without one."""
    found = list(re.finditer(r"\S+", folded[clause.start : trigger.start]))
    for m in reversed(found[-(REMEMBERED_WORDS + 1) :]):
        if one_of(m.group(), cues().anniversaries):
            return clause.start + m.start()
    return None


@lru_cache(maxsize=256)
def vaguely_past(folded: str, clause: Clause, trigger: int) -> bool:
    """The clause says its event (trigger at folded offset `trigger`) happened some unsaid time before
    (مؤخرا، في وقت سابق): a time of its own, which no date carried from another clause may make precise;
    not when the word follows a relative pronoun after the trigger (فجروا المبنى الذي فخخوه في وقت سابق:
    the time of what the relative clause tells). Remembered for the last few clauses: several stages ask
    of the same trigger."""
    after = folded[trigger : clause.end].split()
    relative = next((i for i, w in enumerate(after) if w in cues().relative_pronouns), len(after))
    told = " " + " ".join(w.strip("،,.«»\"()") for w in folded[clause.start : trigger].split() + after[:relative]) + " "
    return any(phrase in told for phrase in cues().vague_past) or _after_it_in(folded, clause, trigger)


def _after_it_in(folded: str, clause: Clause, trigger: int) -> bool:
    """A phrase of what followed the attack (`told_before`: وذلك بعد أيام من قصف) stands at most `TOLD_BEFORE_WORDS`
    word before the trigger in its clause: the attack came some unsaid time before the day told around it."""
    return told_after_it_at(folded, clause, trigger) is not None


def told_after_it_at(folded: str, clause: Clause, trigger: int) -> int | None:
    """Where a phrase of what followed the attack (`told_before`: بعد أيام من، بعد أنباء عن) starts, standing at most
    `TOLD_BEFORE_WORDS` word before the trigger at folded offset `trigger` in its clause; None without one. What the
    clause tells before it (a day, a place: وجه القائد الثلاثاء رسالة إلى الحكومة في بغداد) is of what followed."""
    found = [m for m in re.finditer(r"\S+", folded[clause.start : trigger]) if m.group().strip("".join(COMMAS))]
    words = [m.group() for m in found]
    for n in (3, 4, 5):
        for i in range(max(0, len(words) - n - TOLD_BEFORE_WORDS), len(words) - n + 1):
            if _a_phrase_told_before(words[i : i + n]):
                return clause.start + found[i].start()
    return None


def _own_mention(
    folded: str, clause: Clause, plain: list[Dated], anchor: Dated | None, inside: list[Trigger],
    trigger: Trigger, reports: list[int],
) -> tuple[DateMention | None, bool]:
    """The nearest plain mention on the trigger's side of the anchor, a report's date last (and whether it
    is one), or the day written right after it inside its span (`_the_day_inside`), and none when the clause
    tells its attack vaguely before (`vaguely_past`: قبل أيام) and only a report dates it."""
    side = plain
    if anchor is not None:
        at = anchor[0]
        side = [(p, m) for p, m in plain if (p < at) == (trigger.start < at)]
    statements = [tr.start for tr in inside if tr.event_type == "statement"]
    told = [r for r in reports if clause.start <= r < clause.end]
    eligible = [(p, m) for p, m in side if not of_report(folded, statements, p, trigger.start)]
    own = [(p, m) for p, m in eligible if not of_report(folded, told, p, trigger.start)]
    described = [(p, m) for p, m in own if _in_relative_clause(folded, trigger, p)
                 and normalize(m.text).strip() not in cues().day_words]
    if not own and vaguely_past(folded, clause, trigger.start):
        return None, False  # أفاد المرصد الأحد بمقتل 35 في هجوم قبل أيام: the attack's time is not the report's day
    mention = nearest(described, trigger.start) or nearest(own or eligible, trigger.start)
    if mention is not None:
        mention = _the_day_inside(folded, mention, own or eligible)
    return mention, mention is not None and not own


#: A day at most this many words after a longer span it falls inside tells that span more finely (في شهر رمضان
#: المبارك في 26 يونيو).
DAY_INSIDE_WORDS = 2


def _the_day_inside(folded: str, mention: DateMention, dated: list[Dated]) -> DateMention:
    """The day written right after `mention` (at most `DAY_INSIDE_WORDS` words between) when `mention` is a span
    longer than a day holding it (خلال صلاة الجمعة في شهر رمضان المبارك في 26 يونيو): the same time told more
    finely; else `mention`. A day told further on (في مطلع يوليو ... في الثامن من يوليو) may be another's."""
    if mention.precision == "day" or mention.value is None or mention.end_value is None:
        return mention
    at = next(p for p, m in dated if m is mention)
    end = at + len(normalize(mention.text))
    for p, m in dated:
        if (m.precision == "day" and m.value is not None and mention.value <= m.value <= mention.end_value
                and end <= p and len(folded[end:p].split()) <= DAY_INSIDE_WORDS):
            return m
    return mention


def of_a_place_described(folded: str, trigger: Trigger, at: int, named: list, inside: list[Trigger]) -> bool:
    """The date at folded offset `at`, after the trigger, stands at most `RELATIVE_DATE_WORDS` words after a
    relative pronoun of a town (`place_relatives`) right after a place named after the trigger, not a feminine
    noun's, whose verb tells in the past what befell the place (وقع الانفجار في سوروتش قرب كوباني التي طرد
    التنظيم منها في يناير): the day of that, not the attack's. Not an occurrence verb (الكويت التي وقعت فيها),
    a verb in the present (التي تسيطر عليها المعارضة يوم السبت: a state), nor a clause telling an attack."""
    verb = place_relative_verb(folded, trigger, at, named, inside)
    return verb is not None and _past_not_occurring(verb)


def place_relative_verb(folded: str, trigger: Trigger, at: int, named: list, inside: list[Trigger]) -> str | None:
    """The verb of the relative clause of a town holding the date at `at` (`of_a_place_described`): after a relative
    pronoun right after a place named after a trigger whose noun is not feminine, no trigger between the place and the
    date; None when the date stands in no such clause."""
    c = cues()
    noun = folded[trigger.start : trigger.end].strip()
    if at <= trigger.end or (not trigger.verb and noun.endswith(c.feminine_endings)):
        return None
    for p, pm in named:
        end = p + len(normalize(pm.text))
        if trigger.end <= p and end < at:
            words = folded[end:at].split()
            if len(words) > 1 and words[0] in c.place_relatives and len(words) - 1 <= RELATIVE_DATE_WORDS:
                return None if any(end < tr.start < at for tr in inside) else words[1]
    return None


def _past_not_occurring(verb: str) -> bool:
    """The word is no occurrence verb (وقعت) nor, as far as its letters tell, a verb in the present (تسيطر، يقطن)."""
    c = cues()
    present = verb.startswith(c.present_prefixes) and not verb.endswith(c.past_endings)
    return not present and verb not in c.occurred_verbs


#: An accord's noun at most this many words before a relative pronoun is what the pronoun describes (لهدنة الجنوب
#: السوري التي).
ACCORD_WORDS = 3
#: A date at most this many words after a relative pronoun describing a war may be its time: the clause often names
#: the war's sides first (المعركة التي دارت بين التنظيم ووحدات حماية الشعب الكردية من سبتمبر إلى يناير).
WAR_DATE_WORDS = 10


def _of_an_accord(folded: str, clause: Clause, at: int, trigger: Trigger, inside: list[Trigger]) -> bool:
    """The date at folded offset `at` stands outside the trigger, at most `RELATIVE_DATE_WORDS` words after a relative
    pronoun that describes an accord, or `WAR_DATE_WORDS` after one that describes a war (`accords`, `wars`, at most
    `ACCORD_WORDS` words before the pronoun: وفي
    خرق لهدنة الجنوب التي تم الاتفاق عليها في تموز 2017، قصفت القوات البلدات; المدينة المدمرة جراء المعركة التي
    دارت بين الطرفين من سبتمبر إلى يناير): the day the accord was reached or began, or the war's time, not the
    attack's. No trigger stands between the accord's or war's noun and the date."""
    if trigger.start <= at < trigger.end:
        return False
    found = list(re.finditer(r"\S+", folded[clause.start : at]))
    words = [w.group() for w in found]
    accord = accord_described(words, len(found), RELATIVE_DATE_WORDS + 1)
    if accord is None:
        accord = accord_described(words, len(found), WAR_DATE_WORDS + 1, cues().wars)
    if accord is None or any(ch in COMMAS for ch in folded[clause.start + found[accord].end() : at]):
        return False
    return not any(clause.start + found[accord].start() <= tr.start < at for tr in inside)


def accord_described(words: list[str], i: int, reach: int, nouns: frozenset[str] | None = None) -> int | None:
    """Where in `words` an accord's noun (`accords`, or one of `nouns`) stands at most `ACCORD_WORDS` words before a
    relative pronoun that stands at most `reach` words before word `i` (هدنة الجنوب التي تم الاتفاق عليها في تموز،
    الهدنة التي بدأت الخميس): what follows the pronoun describes the accord; None without one."""
    pronoun = next((j for j in range(i - 1, max(-1, i - reach - 1), -1) if words[j] in cues().relative_pronouns), None)
    if pronoun is None:
        return None
    return next((j for j in range(pronoun - 1, max(-1, pronoun - ACCORD_WORDS - 1), -1)
                 if one_of(words[j].strip("".join(COMMAS)), cues().accords if nouns is None else nouns)), None)


def _in_relative_clause(folded: str, trigger: Trigger, p: int) -> bool:
    """The date at `p` is written in a relative clause describing the trigger noun (الضربات الجوية التي
    شنتها الدول الثلاث فجر السبت): a relative pronoun at most `DESCRIBING_WORDS` words after the noun and
    the date at most `RELATIVE_DATE_WORDS` words after the pronoun; the attack's own date, not the main
    clause's (اجتمع الوزراء اليوم ... حول الضربات ...). A bare today (التي نفذها التحالف اليوم) is left to the
    nearest rule: in what is said it is the speaker's day."""
    if trigger.verb or p <= trigger.end:
        return False
    after = folded[trigger.end : p].split()
    pronoun = next((i for i, w in enumerate(after) if w in cues().relative_pronouns), None)
    return pronoun is not None and pronoun <= DESCRIBING_WORDS and len(after) - pronoun - 1 <= RELATIVE_DATE_WORDS


def _describing_another(folded: str, trigger: Trigger, p: int, inside: list[Trigger]) -> bool:
    """The date at `p` is written after the trigger and its last comma, in a relative clause describing a noun that
    follows that comma, with no trigger from the comma to the date (وفي موازاة الضربات عبر الحدود، ... وبلغ عدد
    الأشخاص الذين ألقت الشرطة القبض عليهم يوم السبت 371 شخصا): the day of what that clause tells, not the attack's;
    not one right after the comma (الهجوم، الذي وقع يوم الاثنين) or a demonstrative (أبرزها تلك التي وقعت في أبريل)
    nor one describing another attack noun."""
    if p <= trigger.end:
        return False
    stretch = folded[trigger.end : p]
    comma = max(stretch.rfind(c) for c in COMMAS)
    if comma < 0:
        return False
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", stretch) if m.start() > comma]
    pronoun = next((i for i, (_, w) in enumerate(words) if w in cues().relative_pronouns), None)
    if not pronoun or one_of(words[pronoun - 1][1], cues().demonstratives):
        return False  # none, right after the comma or after a demonstrative: the trigger's own (الهجوم، الذي وقع)
    return not any(trigger.end + words[0][0] <= tr.start < p for tr in inside)


#: How many words (the doer's verb: التي نفذت) stand between a relative pronoun and the attack noun it tells as a deed.
DEED_WORDS = 1


def _of_a_deed_described(folded: str, trigger: Trigger, p: int, inside: list[Trigger]) -> bool:
    """The date at `p`, after the trigger, stands at most `RELATIVE_DATE_WORDS` words after a relative pronoun at
    most `DESCRIBING_WORDS` words after another attack noun, which a relative clause after the trigger tells as a
    deed (`DEED_WORDS`: قصف مقر الجماعة التي نفذت هجوم الأحواز الذي استهدف عرضا عسكريا الشهر الماضي): the time of
    that attack, not the trigger's."""
    if p <= trigger.end:
        return False
    words = [(m.start() + trigger.end, m.group()) for m in re.finditer(r"\S+", folded[trigger.end : p])]
    pronouns = [i for i, (_, w) in enumerate(words) if w in cues().relative_pronouns]
    if len(pronouns) < 2 or len(words) - pronouns[-1] - 1 > RELATIVE_DATE_WORDS:
        return False
    noun = pronouns[-2] + DEED_WORDS + 1
    if not 0 <= pronouns[-1] - noun - 1 <= DESCRIBING_WORDS:
        return False
    start, word = words[noun]
    return any(not tr.verb and start <= tr.start < start + len(word) for tr in inside)


#: The precisions of a date that may tell a past of someone or something (أسس الخلية عام 2014), not a day of news
#: (no reading is of a decade's precision: a decade is a range).
_MONTH_OR_YEAR = frozenset({"month", "year"})


def _of_someone_described(folded: str, clause: Clause, trigger: Trigger, p: int, m: DateMention,
                          inside: list[Trigger]) -> bool:
    """The month or year at `p` stands after the trigger, at most `RELATIVE_DATE_WORDS` words after a relative
    pronoun after it that does not describe the trigger noun, whose verb tells in the past what its noun did or
    underwent (قتل في الغارة أبو محمد الذي أسس الخلية عام 2014): a date of that noun's past, not the attack's. No comma
    and no trigger stand between the pronoun and the date; an occurrence verb (التي وقعت عام 2014) or a targeting
    verb (الذي استهدف عرضا عسكريا الشهر الماضي: another attack) keeps it for the rules of what another attack tells."""
    if m.precision not in _MONTH_OR_YEAR or _in_relative_clause(folded, trigger, p):
        return False
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", folded[clause.start : p])][-RELATIVE_DATE_WORDS - 1:]
    pronoun = next((i for i in range(len(words) - 2, -1, -1) if words[i][1] in cues().relative_pronouns), None)
    if pronoun is None or clause.start + words[pronoun][0] < trigger.end:
        return False
    verb, start = words[pronoun + 1][1], clause.start + words[pronoun][0]
    if not _past_not_occurring(verb) or one_of(verb, cues().gunmen_verbs):
        return False
    return not (any(ch in COMMAS for ch in folded[start:p]) or any(start <= tr.start < p for tr in inside))


def compares(folded: str, clause: Clause) -> bool:
    """The clause holds a superlative (أعنف، الأول): a date after since in it is a comparison's baseline."""
    return any(one_of(w, cues().superlatives) for w in folded[clause.start : clause.end].split())


#: A date at most this many words after a since-clause's opening (منذ أن قام الجيش بإقصاء الرئيس في 2013) is in it.
SINCE_CLAUSE_WORDS = 12


def _in_a_since_clause(folded: str, clause: Clause, p: int, trigger: int) -> bool:
    """The date at folded offset `p` stands in a since-clause opened after the trigger (at `trigger`) and at most
    `SINCE_CLAUSE_WORDS` words before the date (تضاعفت الهجمات منذ أن قام الجيش بإقصاء الرئيس في 2013): the start of
    what the attacks are counted since, not their date; one telling the attack (منذ أن سيطروا على القصر مطلع العام)
    keeps it."""
    c = cues()
    words = folded[max(clause.start, trigger) : p].split()[-SINCE_CLAUSE_WORDS:]
    return any(one_of(w, c.since) and following in c.since_clause for w, following in pairwise(words))


def baseline(folded: str, clause: Clause, p: int, m: DateMention, violent: bool) -> bool:
    """The mention is the baseline of a comparison or a duration: after since + onset (منذ بدء
    الحرب عام 2011) or before or after an onset (قبل اندلاع الحركة منتصف مارس 2011), a duration of
    years or months (منذ 7 سنوات), after since or as "ago" in a
    clause with a superlative (أعنف غارات منذ عام 1973، أول هجوم ... قبل ثماني سنوات، للمرة الأولى
    منذ أربعة أيام). For a `violent` event also right after since (قصف على الباب الخاضعة لسيطرته منذ
    أكتوبر 2016), a count of days since (تتعرض البلدة منذ ثلاثة أيام لهجمات) or in a since-clause (منذ
    أن باشرت هجومها في 22 يوليو): the start of a state or a count, not the strike's date; a plain
    since dates the state it begins (تقود منذ آب 2014 تحالفا). A part of the report's day or the day before
    (منذ صباح أمس, `hours_of_late`) is a baseline only in a comparison."""
    c = cues()
    before = folded[max(clause.start, p - 60) : p].split()[-6:]
    since = [i for i, w in enumerate(before) if one_of(w, c.since)]
    if since and any(one_of(w, c.onset) for w in before[since[-1] :]):
        return True
    bounds = [i for i, w in enumerate(before) if one_of(w, c.onset_bounds)]
    if bounds and any(one_of(w, c.onset) for w in before[bounds[-1] + 1 : bounds[-1] + 2]):
        return True  # قبل اندلاع الحركة الاحتجاجية منتصف مارس 2011: the onset's date
    after_since = before[since[-1] + 1 : since[-1] + 2] if since else []
    if since and not after_since and hours_of_late(m):
        return compares(folded, clause)  # غارات منذ صباح أمس: the day the strikes began, not a state's start
    if violent and since and (not after_since or after_since[0] in c.since_clause):
        return True
    first = normalize(m.text).split()[0]
    if first in c.since and (violent or m.precision in ("year", "month")):
        return True
    return bool(since or first in c.ago or first in c.since) and compares(folded, clause)


def hours_of_late(m: DateMention) -> bool:
    """The mention names a part of the reference's day or of the day before (صباح أمس، فجر اليوم): since then is a
    matter of hours, a day's strikes that began on it, neither a campaign nor the start of a state. The day may
    follow a day word (فجر يوم أمس)."""
    c = cues()
    words = normalize(m.text).split()
    day = words[2:] if len(words) > 2 and words[1] in c.day_words else words[1:]
    return bool(day) and one_of(words[0], c.day_parts) and " ".join(day) in c.late_days
