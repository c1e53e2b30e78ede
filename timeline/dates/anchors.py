"""Dates read against other dates of the same text.

- A day and month without a year ("وليل 6-7 نيسان") shortly after a full date
  of the same passage ("في الرابع من نيسان 2017") is the one nearest that
  date, not the reference: background paragraphs and chronologies tell past
  events in order ("في 17 تشرين الأول 2016 ... وفي 24 كانون الثاني" is January
  2017; "وكان قد أصيب في 2 آذار" after 19 May 2016 is March 2016). A chronology
  goes on however far: a yearless day after one so read, no other date between,
  takes its year when it falls up to a month after it. A qualifier
  (الماضي، الجاري) keeps the reference. After a year or a part of one written
  earlier in its sentence ("في عام 2013، قتل ... في 21 آب"), it is read in that
  year, unless the year is a bound ("منذ عام 2011") or the day is in what is
  said after it ("قال في عام 2013 إن ..."). Followed by "of the same year" ("في 14 تموز من العام نفسه") it
  is read in the year of the date before it, however far back. One read so before that date while the next date
  falls after it is the first such day after it: the list runs forward ("في 9 كانون الثاني 2017 ... وفي الأول من
  تشرين الثاني ... وفي 16 تشرين الثاني و28 كانون الأول 2017").
- A Hijri date followed by its Gregorian equivalent ("… هـ الموافق … م") is one
  mention with the Gregorian value.
- A yearless day listed right before a full date ("في 16 تشرين الثاني و28 كانون
  الأول 2017") takes that date's year (the latest such day on or before it).
- Two dates joined by a range word ("من 5 آذار 2016 حتى 10 نيسان 2016", "بين
  الخميس والسبت") are one range from the first to the last.
- A count of days from an event ("بعد يومين", "في اليوم التالي") resolves
  against its anchor: the date written right after it when it names its event
  ("عشية عيد الفطر": the day before its first day, "بعد يومين من 5 آذار"); when it names an event that is
  no date ("غداة الهجوم", "بعد يومين من الهجوم") it has none; else the nearest
  date written before it on the same line, when that is one day. A bare
  "الشهر"/"العام" ("في العشرين من الشهر", "نهاية العام") is the month or year
  of the nearest date before it on the same line, and no date without one.
- A count of days ago ("قبل يومين") after a day before the reference told earlier in its sentence ("أمس
  الأربعاء") counts from that day.
- A bare month ("وفي أحد أيام كانون الأول"، "منتصف ديسمبر") after a date of that month written with its year,
  no other date written nor read against the reference between, is that month of that year, not the one the
  reference gives it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from timeline.dates.lexicon import Lexicon, alt
from timeline.dates.patterns import COMMA
from timeline.dates.readers import READERS
from timeline.dates.reading import PREFERENCES, Context, Reading, conflict, led_by, precision_of
from timeline.dates.relative import is_anchor_word

#: A yearless day and month at most this many characters after a full date (about a sentence)
#: takes that date's year.
YEAR_CARRY_CHARS = 200
#: A yearless day farther on than that still takes the year of the one before it when that one took a year so
#: (a chronology going on: "في 21 آذار ... في 25 آذار") and it falls at most this many days after it.
CHRONOLOGY_DAYS = 31
_YEARLESS_FORMS = frozenset({"day_month", "day_span", "ordinal_span"})
_HIJRI_FORMS = frozenset({"hijri_day", "hijri_month", "hijri_numeric"})


@dataclass
class Found:
    """A form read at ``start``..``end`` of the normalised text."""

    start: int
    end: int
    reading: Reading
    match: re.Match
    name: str


@dataclass(frozen=True)
class _Gaps:
    pair: re.Pattern[str]  #: "الموافق" between a Hijri and a Gregorian date
    link: re.Pattern[str]  #: a range word between two dates
    conjunction: re.Pattern[str]  #: "و" between two dates (a range after "بين")
    comma_and: re.Pattern[str]  #: "، و" between two dates
    day_part: re.Pattern[str]  #: a part of the day opening a date ("صباح اليوم الخميس")
    anchor_link: re.Pattern[str]  #: what may stand between an event-relative word and its anchor
    same_year: re.Pattern[str]  #: "من العام نفسه" right after a yearless day and month


@cache
def _gaps(lex: Lexicon) -> _Gaps:
    w, os = lex.word_list, r"[ \t]*"
    return _Gaps(
        re.compile(f"{os}{COMMA}?{os}(?:{alt(w('pair_link'))}){os}"),
        re.compile(f"{os}(?:{alt(w('range_link'))}){os}"),
        re.compile(f"{os}(?:{alt(w('and'))}){os}"),
        re.compile(f"{os}{COMMA}{os}(?:{alt(w('and'))}){os}"),
        re.compile(f"(?:{alt(w('day_parts'))})[ \t]"),
        re.compile(f"[ \t]+(?:{alt(w('anchor_link'))}[ \t]+)?"),
        re.compile(f"{os}{COMMA}?{os}(?:(?:{alt(w('same_year_link'))})[ \t]+)?(?:{alt(w('same_year'))})"),
    )


def carry_year(previous: Found, found: Found, ctx: Context) -> Found:
    """A yearless day and month right after a full date: read again as the one nearest that date; after a
    written year or month of a year in its sentence (`_sets_the_year`), or followed by "of the same year"
    (`[words] same_year`: من العام نفسه) after any date, read again in the year of that date (which needs the
    reference when that date does)."""
    if found.name not in _YEARLESS_FORMS or found.reading.kind != "relative":
        return found
    m, prev = found.match, previous.reading
    if m["year"] or m["yword"] or m["ynoun"] or m["qual"] or prev.value is None:
        return found
    same = _gaps(ctx.lex).same_year.match(m.string, found.end)
    if same:  # وفي 14 تموز من العام نفسه: the year of the date before (قبل 3 أعوام: as the reference sets it)
        again = heading_year((previous.start, previous.end, prev.value.year), found, ctx)
        if again is found:
            return found
        again.reading.needs_reference = prev.needs_reference
        return replace(again, end=same.end())
    if _sets_the_year(previous, found, ctx):
        return heading_year((previous.start, previous.end, prev.value.year), found, ctx)
    if prev.kind not in ("absolute", "hijri") or prev.precision != "day":
        return found
    far = found.start - previous.end > YEAR_CARRY_CHARS
    if far and prev.anchor_span is None:
        return found
    readings = []
    for way in PREFERENCES:
        try:
            readings.append(READERS[found.name](found.match, Context(ctx.lex, prev.value, way)))
        except (ValueError, OverflowError):
            continue
    readings = [r for r in readings if r is not None]
    if not readings:
        return found
    again = min(readings, key=lambda r: abs((r.value - prev.value).days))
    if far and not 0 <= (again.value - prev.value).days <= CHRONOLOGY_DAYS:
        return found
    again.kind, again.needs_reference = "absolute", False
    again.anchor_span = (previous.start, previous.end)
    return replace(found, reading=again)


def _sets_the_year(previous: Found, found: Found, ctx: Context) -> bool:
    """`previous` writes a year or a part of one ("في عام 2013"، "في آب 2013"، "مطلع عام 2016") earlier in the
    sentence of the yearless `found`, or in the sentence right before one that points back to its time
    (`_points_back_a_sentence`), not after a word that makes it a bound (`[words] year_bound`: "منذ عام
    2011") nor before what is said (`[words] said`: "قال في عام 2013 إن ..."): the year of the days the sentence
    goes on to name ("... في 21 آب")."""
    prev = previous.reading
    between = found.match.string[previous.end : found.start]
    ends = [i for i, c in enumerate(between) if c in _SENTENCE_ENDS]
    if ends and not _points_back_a_sentence(between, ends, ctx):
        return False
    in_its_sentence = between[: ends[0]] if ends else between
    return (
        prev.kind == "absolute" and prev.precision != "day" and prev.end is not None
        and prev.value.year == prev.end.year
        and not led_by(previous.match, ctx, "year_bound")
        and not any(w.strip("،,") in ctx.lex.normed("said") for w in in_its_sentence.split())
    )


def _points_back_a_sentence(between: str, ends: list[int], ctx: Context) -> bool:
    """The text from a year to a yearless day crosses one sentence end (at `ends`), and the day's sentence
    names the time of the sentence before (`[words] then`: "عام 1981. ... كان عمره 17 عاما حينذاك ... في 14
    أكتوبر"; or `[words] same_year`: "في مطلع عام 2016 ... . وشهد العام ذاته ... في 12 أكتوبر")."""
    if between[ends[0] : ends[-1] + 1].strip("".join(_SENTENCE_ENDS) + " \t"):
        return False
    its_sentence = between[ends[-1] + 1 :]
    return any(w.strip("،,") in ctx.lex.normed("then") for w in its_sentence.split()) or any(
        phrase in its_sentence for phrase in ctx.lex.normed("same_year"))


#: The most days of a month: a date read against the reference spanning more is a bound or a period.
_MONTH_DAYS = 31


def written_month(found: Found, before: tuple[int, int] | None) -> tuple[int, int] | None:
    """The (year, month) of the last date written with its year, `before` or `found`'s when it writes one
    within one month; none after a day or a month read against the reference (في أيار: the text has moved to
    its days; "منذ 27 عاما" moves it nowhere)."""
    reading = found.reading
    if reading.needs_reference:
        return before if reading.value is None or (reading.end - reading.value).days > _MONTH_DAYS else None
    if reading.kind != "absolute" or reading.anchor_span or reading.value is None or reading.end is None:
        return before
    first, last = reading.value, reading.end
    return (first.year, first.month) if (first.year, first.month) == (last.year, last.month) else None


def month_named_again(written: tuple[int, int] | None, found: Found, ctx: Context) -> Found:
    """A bare month ("في كانون الأول", "منتصف ديسمبر": no year, no qualifier) right after a date of that month
    written with its year (`written_month`: no other date written between, nor one read against the reference)
    ("في 16 كانون الأول 2015 ... في أحد أيام كانون الأول"): the month of that date, not the one the reference
    gives it."""
    reading, m = found.reading, found.match
    if (
        found.name != "month" or written is None or reading.kind != "relative" or reading.value is None
        or m["qual"] or m["ynoun"] or (reading.value.month, reading.end.month) != (written[1], written[1])
        or reading.value.year == written[0]
    ):
        return found
    again = READERS[found.name](m, Context(ctx.lex, dt.date(*written, 1), "current"))
    again.kind, again.needs_reference = "absolute", False
    return replace(found, reading=again)


def counted_from_the_day_told(found: Found, before: list[Found], ctx: Context) -> Found:
    """A count of days ago ("قبل يومين") after a day before the reference told earlier in its sentence ("حجبوا
    أمس الأربعاء صور تفجير وقع قبل يومين"): counted from that day, the day the sentence tells of (a wire
    of that day, its "today" become "yesterday"), not from the reference."""
    reading = found.reading
    if found.name != "ago" or reading.kind != "relative" or reading.precision != "day" or not before:
        return found
    told = before[-1]
    day = told.reading
    if (
        told.name == "ago" or not day.needs_reference or day.precision != "day" or day.anchor_span
        or day.value is None or day.value >= ctx.ref
        or any(c in _SENTENCE_ENDS for c in found.match.string[told.end : found.start])
    ):
        return found
    value = day.value - (ctx.ref - reading.value)
    return replace(found, reading=replace(reading, value=value, end=value, anchor_span=(told.start, told.end)))


#: What ends a sentence in normalised text.
_SENTENCE_ENDS = frozenset(".!?\n؟")


#: A line holding nothing but a year (``- 2013 -``): the heading of a list of dates in that year.
_DASHES = "-\u2013\u2014"
YEAR_HEADING = re.compile(rf"(?m)^[^\S\n]*[{_DASHES}]*[^\S\n]*((?:1[89]|20)\d\d)[^\S\n]*[{_DASHES}]*[^\S\n]*$")


#: A line opening with a year and a dash (``1998 - انفجار ...``), as in a list of what happened on this day in
#: past years: the heading of its own line.
LINE_YEAR = re.compile(rf"(?m)^[^\S\n]*((?:1[89]|20)\d\d)[^\S\n]*[{_DASHES}][^\S\n]*[^{_DASHES}\d\s]")


def year_headings(norm: str) -> list[tuple[int, int, int, int | None]]:
    """The year headings of the text, in order: start, end and year of each, and the end of the line it opens
    and heads alone (None for a line holding only the year, which heads the rest of the text)."""
    whole = [(m.start(1), m.end(1), int(m[1]), None) for m in YEAR_HEADING.finditer(norm)]
    lines = [(m.start(1), m.end(1), int(m[1]), _line_end(norm, m.end())) for m in LINE_YEAR.finditer(norm)]
    return sorted(whole + lines)


def heads(heading: tuple[int, int, int, int | None], p: int) -> bool:
    """`heading` stands before `p` and heads it: a line of its own, or the line `p` is in."""
    return heading[1] <= p and (heading[3] is None or p < heading[3])


def heads_only_its_line(found: Found, heading: tuple[int, int, int, int | None] | None) -> bool:
    """`found` took its year from a heading opening its line: it gives no year to the lines after it."""
    return heading is not None and heading[3] is not None and under_heading(found, heading)


def _line_end(norm: str, p: int) -> int:
    """Where the line holding `p` ends."""
    end = norm.find("\n", p)
    return len(norm) if end < 0 else end


def heading_year(heading: tuple[int, ...], found: Found, ctx: Context) -> Found:
    """A yearless day and month under a year heading (- 2013 -، ثم 30 كانون الثاني: ...): read again in that
    year, anchored to the heading."""
    if found.name not in _YEARLESS_FORMS or found.reading.kind != "relative" or found.match["qual"]:
        return found
    start, end, year = heading[:3]
    try:
        again = READERS[found.name](found.match, Context(ctx.lex, dt.date(year, 12, 31), "past"))
    except (ValueError, OverflowError):
        return found
    if again is None or again.value is None or again.value.year != year:
        return found
    again.kind, again.needs_reference = "absolute", False
    again.anchor_span = (start, end)
    return replace(found, reading=again)


def under_heading(found: Found, heading: tuple[int, ...]) -> bool:
    """`found` took its year from `heading` (`heading_year`): a date of the list under it, which gives no
    year of its own to the dates after it."""
    return found.reading.anchor_span == heading[:2]


def resolve(norm: str, found: list[Found], ctx: Context) -> list[Found]:
    """Join Hijri-Gregorian pairs and ranges, then read what waits for an anchor; drop what finds none."""
    gaps = _gaps(ctx.lex)
    shared = _share_years(norm, _join_pairs(norm, found, gaps, ctx), gaps, ctx)
    joined = _join_ranges(norm, _run_forward(shared, ctx), gaps, ctx)
    out: list[Found] = []
    for i, item in enumerate(joined):
        if item.reading.pending is None:
            out.append(item)
            continue
        anchored = _anchor(norm, joined, i, out, gaps, ctx)
        if anchored is not None:
            out.append(anchored)
    return out


def _join_pairs(norm: str, found: list[Found], gaps: _Gaps, ctx: Context) -> list[Found]:
    """Join "HIJRI الموافق GREGORIAN" into one mention with the Gregorian value (and its weekday's doubt)."""
    out: list[Found] = []
    for item in found:
        if out and out[-1].name in _HIJRI_FORMS and item.reading.kind == "absolute":  # a yearless one carried
            prev = out[-1]
            if gaps.pair.fullmatch(norm, prev.end, item.start):
                item.reading.weekday_conflict |= conflict(prev.match, ctx, item.reading.value)
                out[-1] = replace(item, start=prev.start)
                continue
        out.append(item)
    return out


def _share_years(norm: str, found: list[Found], gaps: _Gaps, ctx: Context) -> list[Found]:
    """A yearless day and month followed by "و" and a full date: read again on or before that date."""
    out = list(found)
    for i, (first, second) in enumerate(pairwise(found)):
        reading, later = first.reading, second.reading
        yearless = reading.kind == "relative" or reading.anchor_span is not None  # or with a year carried
        if (
            first.name not in _YEARLESS_FORMS or not yearless or first.match["qual"] or first.match["ynoun"]
            or later.kind not in ("absolute", "hijri") or later.value is None or later.value != later.end
            or not gaps.conjunction.fullmatch(norm, first.end, second.start)
        ):
            continue
        again = READERS[first.name](first.match, Context(ctx.lex, later.value, "past"))
        if again is not None:
            again.kind, again.needs_reference, again.anchor_span = "absolute", False, (second.start, second.end)
            out[i] = replace(first, reading=again)
    return out


def _run_forward(found: list[Found], ctx: Context) -> list[Found]:
    """A yearless day read as the one nearest the full day before it (`carry_year`) that falls before that day,
    when the next date, at most `YEAR_CARRY_CHARS` further on and not counted from it, falls after that day: the
    list runs forward ("في 9 كانون الثاني 2017 ... وفي الأول من تشرين الثاني ... وفي 16 تشرين الثاني و28 كانون
    الأول 2017" is November 2017): read again as the first such day after that day, when it falls before the next."""
    out = list(found)
    for i, (item, after) in enumerate(pairwise(found)):
        day = _day_before(found, item)
        reading, later = item.reading, after.reading
        if (day is None or reading.value is None or reading.value >= day or later.value is None or later.pending
                or later.value <= day or later.anchor_span == (item.start, item.end)
                or after.start - item.end > YEAR_CARRY_CHARS):
            continue
        again = READERS[item.name](item.match, Context(ctx.lex, day, "future"))
        if again is not None and again.value is not None and day < again.value <= later.value:
            again.kind, again.needs_reference, again.anchor_span = "absolute", False, reading.anchor_span
            out[i] = replace(item, reading=again)
    return out


def _day_before(found: list[Found], item: Found) -> dt.date | None:
    """The full day written before the yearless `item` whose year `carry_year` gave it, if any."""
    span = item.reading.anchor_span
    if item.name not in _YEARLESS_FORMS or span is None or span[1] > item.start:
        return None
    before = next((f.reading for f in found if (f.start, f.end) == span), None)
    if before is None or before.kind not in ("absolute", "hijri") or before.precision != "day":
        return None
    return before.value


def _join_ranges(norm: str, found: list[Found], gaps: _Gaps, ctx: Context) -> list[Found]:
    """Join "A حتى B", "A - B" and "بين A و B" into one range from A's first day to B's last."""
    out: list[Found] = []
    for item in found:
        if out and _joinable(norm, out[-1], item, gaps, ctx):
            first = out[-1]
            last = _after(first, item, ctx)
            a, b = first.reading, last.reading
            if b.value < a.value and _next_days(first, item, ctx):
                a, b = b, a  # أمس وأول أمس: the day before told second
            if a.value < b.value and a.end <= b.end:
                kind = "absolute" if {a.kind, b.kind} <= {"absolute", "hijri"} else "relative"
                reading = Reading(
                    a.value, b.end, kind, needs_reference=a.needs_reference or b.needs_reference,
                    weekday_conflict=a.weekday_conflict or b.weekday_conflict, precision=precision_of(a.value, b.end),
                )
                out[-1] = Found(first.start, item.end, reading, first.match, first.name)
                continue
        out.append(item)
    return out


#: The longest gap between two dates joined as a range ("، وحتى").
JOIN_GAP_CHARS = 12


def _joinable(norm: str, first: Found, second: Found, gaps: _Gaps, ctx: Context) -> bool:
    a, b = first.reading, second.reading
    if second.start - first.end > JOIN_GAP_CHARS or a.pending or b.pending or a.value is None or b.value is None:
        return False
    if "page_stamp" in (a.kind, b.kind):
        return False
    if gaps.link.fullmatch(norm, first.end, second.start):
        return True
    if gaps.comma_and.fullmatch(norm, first.end, second.start):
        return bool(gaps.day_part.match(norm, second.start)) and _next_days(first, second, ctx)
    return bool(gaps.conjunction.fullmatch(norm, first.end, second.start)) and (
        led_by(first.match, ctx, "between") or _next_days(first, second, ctx))


#: The forms of one day named by its weekday or from the reference ("الجمعة", "صباح اليوم الخميس", "أمس").
_NAMED_DAYS = frozenset({"weekday", "relative_day"})


def _next_days(first: Found, second: Found, ctx: Context) -> bool:
    """Two days named by weekday or from the reference, the second the day after the first ("الجمعة والسبت",
    "مساء أمس وصباح اليوم"; "في وقت متأخر الأربعاء، وصباح اليوم الخميس" when the second opens with a part
    of the day), or both from the reference, the second the day before ("أمس وأول أمس"، "اليوم وأمس"): the two
    days, one range. Not after "منذ" ("منذ منتصف ليل أول من أمس وصباح أمس": since the first, then the second
    day's own part)."""
    a, b = first.reading, second.reading
    day = dt.timedelta(days=1)
    return (
        first.name in _NAMED_DAYS and second.name in _NAMED_DAYS and not led_by(first.match, ctx, "range_lead")
        and a.value == a.end and (b.value == a.end + day or (
            first.name == second.name == "relative_day" and b.value == b.end == a.value - day))
    )


def _after(first: Found, second: Found, ctx: Context) -> Found:
    """The second date of a range: a yearless day and month is the first such day after the first date."""
    reading = second.reading
    yearless = reading.kind == "relative" or reading.anchor_span is not None  # or with the year carried
    if second.name not in _YEARLESS_FORMS or not yearless or second.match["qual"]:
        return second
    again = READERS[second.name](second.match, Context(ctx.lex, first.reading.value, "future"))
    if again is None:
        return second
    again.needs_reference = first.reading.needs_reference  # its year is the first date's
    again.kind = "relative" if again.needs_reference else "absolute"
    return replace(second, reading=again)


def _anchor(norm: str, found: list[Found], i: int, done: list[Found], gaps: _Gaps, ctx: Context) -> Found | None:
    """Resolve the pending `found[i]` against its anchor; None for a bare noun without one."""
    item = found[i]
    reading = item.reading
    if reading.pending == "event":
        anchor = _event_anchor(norm, found, i, done, gaps, ctx)
        if anchor is None:
            return item
        value, end = _counted(anchor.reading, reading)
        again = replace(reading, value=value, end=end, needs_reference=anchor.reading.needs_reference,
                        pending=None, anchor_span=(anchor.start, anchor.end))
        return replace(item, reading=again)
    anchor = _before(norm, item, done)
    if anchor is None:
        return None
    try:
        again = READERS[item.name](item.match, replace(ctx, anchor=(anchor.reading.value, anchor.reading.end)))
    except (ValueError, OverflowError):
        return None
    if again is None or again.pending:
        return None
    again.kind = "relative" if anchor.reading.needs_reference else "absolute"
    again.needs_reference = anchor.reading.needs_reference
    again.anchor_span = (anchor.start, anchor.end)
    return replace(item, reading=again)


def _event_anchor(
    norm: str, found: list[Found], i: int, done: list[Found], gaps: _Gaps, ctx: Context
) -> Found | None:
    """The date an event-relative mention counts from (see the module's docstring)."""
    item = found[i]
    link = gaps.anchor_link.match(norm, item.end)
    if link and i + 1 < len(found) and found[i + 1].start == link.end() and found[i + 1].reading.pending is None:
        return found[i + 1] if _names_a_day(found[i + 1].reading, item.reading) else None
    names_its_event = bool(link and link[0].strip())
    if names_its_event or is_anchor_word(norm[item.start : item.end], ctx):
        return None
    before = _before(norm, item, done)
    return before if before and _counts_from(before.reading, item.reading) else None


def _counts_from(anchor: Reading, reading: Reading) -> bool:
    """Whether the event-relative `reading` may count from `anchor`: a day, or for a span (الليلة التالية) a day or
    a night of two days (ليلة 23 - 24 يوليو)."""
    days = (anchor.end - anchor.value).days
    return days == 0 or (reading.relative_end_days is not None and days == 1)


def _counted(anchor: Reading, reading: Reading) -> tuple[dt.date, dt.date]:
    """The first and last day `reading` counts from `anchor`: a day from its first day, a span from its last."""
    if reading.relative_end_days is None:
        value = anchor.value + dt.timedelta(days=reading.relative_days)
        return value, value
    return (anchor.end + dt.timedelta(days=reading.relative_days),
            anchor.end + dt.timedelta(days=reading.relative_end_days))


#: The longest period an event-relative word may count from ("عشية شهر رمضان"), in days.
NAMED_ANCHOR_DAYS = 31


def _names_a_day(anchor: Reading, reading: Reading) -> bool:
    """Whether the period named after an event-relative word has a day to count from: its first,
    for a day before or after it ("عشية عيد الأضحى"); "نفس اليوم من عام 1990" names none."""
    if anchor.value is None or (anchor.end - anchor.value).days > NAMED_ANCHOR_DAYS:
        return False
    return anchor.value == anchor.end or reading.relative_days != 0


def _before(norm: str, item: Found, done: list[Found]) -> Found | None:
    """The nearest resolved date before `item` on its line."""
    for previous in reversed(done):
        if "\n" in norm[previous.end : item.start]:
            return None
        if previous.reading.value is not None and previous.reading.kind != "page_stamp":
            return previous
    return None
