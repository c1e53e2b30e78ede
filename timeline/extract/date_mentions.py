"""The date mentions of an article, read by the date finder against its publication reference.

`date_mentions` leaves out page stamps, agency names and a day described by a relative clause, reads the
relative dates of an article written a day or a few before its publication date against the day it was written,
reads a list of days (٣ و٤ أيار: `listed_days`) as the range from its first to its last, and a bare weekday
written near a date of the same weekday in its sentence as that date (`_named_by_its_date`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from gazetteer.clitics import CLITICS
from gazetteer.normalize import normalize
from timeline.extract import outlets, published
from timeline.extract.cues import a_weekday_alone, cues, day_list_words, month_names, month_numbers
from timeline.extract.issue_days import of_an_issue
from timeline.extract.saying import Dated
from timeline.extract.segment import FoldedText
from timeline.extract.sentences import SENTENCE_END
from timeline.extract.spans import Cover, first_words
from timeline.extract.triggers import find_triggers
from timeline.models import DateFinder, DateMention

#: A bare weekday at most this many words from a date of the same weekday in its sentence is that date.
WEEKDAY_DATE_WORDS = 8


def date_mentions(t: FoldedText, ref: dt.date | None, find_dates: DateFinder) -> list[Dated]:
    """Date mentions at folded offsets, without page stamps, agency names (روسيا اليوم) and
    a day described by a relative clause (في اليوم الذي يلقي فيه: not today). The article was written a day
    or a few before its publication date when all its weekdays fit that day (`_written_on`): each of its relative
    dates is then read against it (اليوم الجمعة in a paper dated Saturday: its bare اليوم and أمس too); else a
    weekday written the day before the edition's date is that day (`published.edition_day`)."""
    mentions = find_dates(t.text, reference=ref)
    if ref is not None and any(m.weekday_conflict and m.needs_reference for m in mentions):
        mentions = _written_on(t.text, ref, mentions, find_dates) or [
            published.edition_day(m, ref, find_dates) for m in mentions]
    stamps = Cover(published.stamp_lines(t.text, mentions))
    names = Cover(outlets.name_spans(t.folded))
    return _named_by_its_date(t.folded, _lists_over_months(t, [
        (t.fold(m.start), _a_list_of_days(t.folded, t.fold(m.start), m))
        for m in mentions
        if m.kind != "page_stamp"
        and m.start not in stamps
        and t.fold(m.start) not in names
        and not _described_day(t.folded, t.fold(m.end), m)
        and not of_an_issue(t.folded, t.fold(m.start))
    ]))


def _lists_over_months(t: FoldedText, dated: list[Dated]) -> list[Dated]:
    """Written days followed, after only a joining word or a comma, by later written days of another month ("30
    كانون الأول 2017 و2 و8 كانون الثاني 2018"، "28 و30 تشرين الثاني و3 كانون الأول"): one list, the range from
    its first day to its last (`days_of_a_list` gives its days; after بين a span); other mentions unchanged."""
    joined: list[Dated] = []
    for p, m in dated:
        if joined and _listed_after(t, joined[-1][1], p, m):
            q, first = joined[-1]
            joined[-1] = (q, _joined(t, first, m))
        else:
            joined.append((p, m))
    return joined


def _listed_after(t: FoldedText, first: DateMention, p: int, m: DateMention) -> bool:
    """`m`, at folded offset `p`, lists later days of another month than `first` right after it."""
    joins, _ = day_list_words()
    gap = t.folded[t.fold(first.end) : p].strip()
    if not (gap in joins or gap in ("،", ",")) or None in (first.end_value, m.value):
        return False
    return m.value > first.end_value and (m.value.year, m.value.month) != (
        first.end_value.year, first.end_value.month) and _written_days(first) and _written_days(m)


def _written_days(m: DateMention) -> bool:
    """`m` is a day or days written in digits with their month (3 أيار، 3 و5 أيار، 16 تشرين الثاني و28 كانون
    الأول), not a span or a period."""
    return None not in (m.value, m.end_value) and normalize(m.text)[:1].isdecimal() and (
        m.precision == "day" or listed_days(m.text) is not None or bool(_days_over_months(m)))


def _joined(t: FoldedText, first: DateMention, m: DateMention) -> DateMention:
    """`first` and the days `m` lists after it as one mention, the range from the first day to the last, read
    against the reference when either is."""
    return dataclasses.replace(
        first, end=m.end, text=first.text + t.text[first.end : m.start] + m.text, end_value=m.end_value,
        precision="range", needs_reference=first.needs_reference or m.needs_reference,
        date_basis=first.date_basis if m.date_basis == "explicit" else m.date_basis)


def _named_by_its_date(folded: str, dated: list[Dated]) -> list[Dated]:
    """A bare weekday read from the reference (هجمات الأربعاء الدامي) that a date of the same weekday stands
    near in its sentence (... على السويداء في 25 من شهر يوليو الماضي, a Wednesday) names that date, not the
    last such weekday before publication; other mentions unchanged."""
    written = [(p, m) for p, m in dated if _a_written_day(m)]
    return [(p, _the_date_near(folded, p, m, written) if _a_bare_weekday(m) else m) for p, m in dated]


def _the_date_near(folded: str, p: int, m: DateMention, written: list[Dated]) -> DateMention:
    """`m` as the written date of its weekday nearest it in its sentence (`_close`), or `m` when none is."""
    near = [(abs(q - p), n) for q, n in written if n.value.isoweekday() == m.value.isoweekday() and (
        _close(folded, min(p, q), max(p, q)))]
    if not near:
        return m
    n = min(near, key=lambda pair: pair[0])[1]
    return dataclasses.replace(m, value=n.value, end_value=n.end_value, date_basis=n.date_basis)


def _close(folded: str, start: int, end: int) -> bool:
    """No sentence end, no trigger (one between tells another attack: بعد قصف في 12 تموز) and at most
    `WEEKDAY_DATE_WORDS` words between folded offsets `start` and `end`."""
    between = folded[start:end]
    return not SENTENCE_END.search(between) and len(between.split()) <= WEEKDAY_DATE_WORDS and not (
        find_triggers(between))


def _a_bare_weekday(m: DateMention) -> bool:
    """A day read from the reference by a weekday alone (الأربعاء، يوم الخميس), no date nor a relative day."""
    return m.needs_reference and m.precision == "day" and m.value is not None and a_weekday_alone(m.text)


def _a_written_day(m: DateMention) -> bool:
    """A day written with its month (25 تموز، في الثامن من شباط الماضي) whose weekday nothing contradicts."""
    words = normalize(m.text).split()
    return m.precision == "day" and m.value is not None and not m.weekday_conflict and any(
        CLITICS.strip_conjunction(w) in month_names() or w in month_names() for w in words)


def _a_list_of_days(folded: str, p: int, m: DateMention) -> DateMention:
    """Days more than a day apart joined by و and not after بين, of one month ("3 و5 و9 أيار") or each written
    with its own ("16 تشرين الثاني و28 كانون الأول 2017"): those days, not the days between (`cues.day_list_words`),
    date no event by one of them: the range from the first to the last, its text listing them all from the first
    (the finder reads "5 و9 أيار" of "3 و5 و9 أيار": `_days_listed_before`); other mentions unchanged."""
    if m.precision != "range" or None in (m.value, m.end_value) or (m.end_value - m.value).days < 2:
        return m
    if m.value.month != m.end_value.month or listed_days(m.text) is None or after_a_span_word(folded, p):
        return m
    earlier = _days_listed_before(folded, p)
    first = listed_days(earlier + m.text)
    if not earlier or first is None or sorted(set(first)) != list(first):
        return m
    return dataclasses.replace(m, value=m.value.replace(day=first[0]), text=earlier + m.text)


def days_of_a_list(folded: str, p: int, m: DateMention) -> list[dt.date]:
    """The days the mention at folded offset `p` lists, more than a day apart, of one month (3 و5 و9 أيار) or of
    several, each month after its days (16 تشرين الثاني و28 كانون الأول، 30 كانون الأول 2017 و2 و8 كانون الثاني
    2018): each a day of its own; none for a day or a span (بين 3 و5 أيار، 3 و4 أيار: a night)."""
    if m.precision != "range" or None in (m.value, m.end_value) or (m.end_value - m.value).days < 2 or (
            after_a_span_word(folded, p)):
        return []
    if m.value.month != m.end_value.month:
        return _days_over_months(m)
    days = listed_days(m.text)
    if days is None or (days[0], days[-1]) != (m.value.day, m.end_value.day):
        return []
    return [m.value.replace(day=day) for day in days]


def after_a_span_word(folded: str, p: int) -> bool:
    """The word right before folded offset `p` makes two days joined by و a span (بين 3 و5 أيار)."""
    _, spans = day_list_words()
    before = folded[max(0, p - 24) : p].split()[-1:]
    return bool(before) and CLITICS.strip_conjunction(before[0]) in spans


def _days_listed_before(folded: str, p: int) -> str:
    """The days listed right before folded offset `p`, each followed by a joining word or a comma ("3 و" of
    "3 و5 و9 أيار", "3، " of "3، 5 و9 أيار"), as folded; "" when none is."""
    start = p
    while found := _earlier_day().search(folded, max(0, start - 8), start):
        start = found.start()
    return folded[start:p]


@cache
def _earlier_day() -> re.Pattern[str]:
    """A day in digits and a joining word or a comma after it, up to the end of the searched span."""
    joins, _ = day_list_words()
    return re.compile(rf"(?<![\d.,/-])\d{{1,2}}\s*(?:[،,]|{'|'.join(map(re.escape, joins))})\s*$")


def _days_over_months(m: DateMention) -> list[dt.date]:
    """The days `m` lists, each month written after its days and a year after some (16 تشرين الثاني و28 كانون
    الأول 2017 و8 كانون الثاني 2018), in order from `m.value` to `m.end_value`; none for any other text (a span:
    25 تموز - 2 آب، من 28 تشرين الثاني إلى 3 كانون الأول) or days that do not run so."""
    groups = _days_and_their_months(m.text)
    if len(groups) < 2:
        return []
    days: list[dt.date] = []
    year = m.end_value.year
    for listed, month, written in reversed(groups):
        if written:
            year = written
        elif days and (month, listed[-1]) >= (days[-1].month, days[-1].day):
            year -= 1  # 28 كانون الأول و3 كانون الثاني 2018: the year before
        try:
            days.extend(dt.date(year, month, day) for day in reversed(listed))
        except ValueError:
            return []
    days.reverse()
    return days if days == sorted(set(days)) and (days[0], days[-1]) == (m.value, m.end_value) else []


def _days_and_their_months(text: str) -> list[tuple[list[int], int, int | None]]:
    """Each month `text` lists days of, as (its days, its number, its year when written after it), from text made
    only of days in digits, month names, years, joining words and commas ("30 كانون الأول 2017 و2 و8 كانون
    الثاني"); none for any other text."""
    joins, _ = day_list_words()
    groups: list[tuple[list[int], int, int | None]] = []
    days: list[int] = []
    names: list[str] = []
    for token in _LIST_TOKENS.findall(normalize(text)):
        if names and (token.isdecimal() or token in joins or token in "،,"):
            if (month := _month_of(names)) is None:
                return []
            groups.append((days, month, None))
            days, names = [], []
        if token.isdecimal() and len(token) == 4 and groups and not days and groups[-1][2] is None:
            groups[-1] = (*groups[-1][:2], int(token))
        elif token.isdecimal() and len(token) <= 2 and not names:
            days.append(int(token))
        elif days and _a_month_word(token):
            names.append(token)
        elif token not in joins and token not in "،,":
            return []
    if days and names and (month := _month_of(names)):
        return [*groups, (days, month, None)]
    return [] if days else groups


#: The words, numbers and commas of a list of days ("و2" is two: a joining word glued to its day).
_LIST_TOKENS = re.compile(r"\d+|[،,]|[^\s\d،,]+")


def _month_of(names: list[str]) -> int | None:
    """The number of the month named by `names` (كانون الأول، تشرين الثاني/نوفمبر، نوفمبر (تشرين الثاني))."""
    pieces = [piece for name in names for piece in name.strip("()").split("/") if piece]
    numbers = month_numbers()
    return numbers.get(" ".join(pieces[:2])) or numbers.get(pieces[0])


def _a_month_word(word: str) -> bool:
    """`word` is a month's name, a part of one (كانون، الثاني) or two names written together (الثاني/نوفمبر،
    (نوفمبر))."""
    parts = [part for part in word.strip("()،,").split("/") if part]
    return all(part in _month_pieces() for part in parts)


@cache
def _month_pieces() -> frozenset[str]:
    """The words of the Gregorian month names, folded."""
    return frozenset(piece for name in month_names() for piece in name.split())


def listed_days(text: str) -> tuple[int, ...] | None:
    """The days `text` opens with, at least two written in digits with a joining word or a comma between them
    (glued to the next or apart: "3 و5 أيار", "3 و 5 و9 أيار", "3، 5 و9 أيار"); None otherwise."""
    found = _a_day_list().match(normalize(text))
    return tuple(int(day) for day in re.findall(r"\d+", found[0])) if found else None


@cache
def _a_day_list() -> re.Pattern[str]:
    """Days in digits joined by the words of `cues.day_list_words` or by commas."""
    joins, _ = day_list_words()
    join = rf"\s*(?:[،,]\s*(?:{'|'.join(map(re.escape, joins))})?|{'|'.join(map(re.escape, joins))})\s*"
    return re.compile(rf"\d{{1,2}}(?:{join}\d{{1,2}})+(?!\d)")


def _written_on(text: str, ref: dt.date, mentions: list[DateMention], find_dates: DateFinder) -> list[DateMention]:
    """The mentions of `text` read against the nearest day at most `published.toml`'s max_written_lag_days
    before `ref` that its relative dates fit (`_fits`), or none."""
    for days in range(1, published.rules().written_lag + 1):
        day = ref - dt.timedelta(days=days)
        before = find_dates(text, reference=day)
        if _fits(mentions, before, ref, day):
            return before
    return []


def _fits(mentions: list[DateMention], before: list[DateMention], ref: dt.date, day: dt.date) -> bool:
    """Read against `day` (`before`, `mentions` against `ref`), no weekday written beside a relative day
    contradicts it (أمس الخميس in a paper dated Friday), no date moves back more than to it (a bare الجمعة in a
    paper dated Friday is its own day, not the Friday before) and no day is still to come (خطبة غد الجمعة: read
    from that day, it would pass for a day gone by)."""
    then = {(m.start, m.end): m.value for m in before}
    return not any(m.needs_reference and m.value is not None and (
        m.weekday_conflict or (m.precision == "day" and m.value > day)) for m in before) and all(
        m.value is None or then.get((m.start, m.end)) is None or m.value - then[(m.start, m.end)] <= ref - day
        for m in mentions)


def _described_day(folded: str, end: int, m: DateMention) -> bool:
    """A bare اليوم/يوم followed by الذي/التي: the day something happened on, not a date."""
    c = cues()
    if normalize(m.text).strip() not in c.day_words:
        return False
    after = first_words(folded, end, len(folded), 1)
    return bool(after) and after[0] in c.relative_pronouns
