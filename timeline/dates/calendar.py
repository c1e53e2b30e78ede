"""Calendar arithmetic for date expressions: months, weeks, parts of ranges.

A *direction* says which occurrence of a recurring day or month an expression
means, seen from the reference date: ``"past"`` (on or before it), ``"future"``
(on or after), ``"before"`` (strictly before, "الماضي"), ``"after"`` (strictly
after, "المقبل") and ``"current"`` (in the reference's own year or week).
"""

from __future__ import annotations

import calendar
import datetime as dt

from hijridate import Gregorian, Hijri

Span = tuple[dt.date, dt.date]


def month_span(year: int, month: int) -> Span:
    """Return the first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> Span:
    """Return the first and last day of a year."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Return the (year, month) `delta` months after (year, month)."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def pick(candidates: list[dt.date], key: dt.date, direction: str) -> dt.date | None:
    """Pick the candidate nearest `key` in `direction` (candidates sorted)."""
    tests = {
        "past": lambda d: d <= key,
        "before": lambda d: d < key,
        "future": lambda d: d >= key,
        "after": lambda d: d > key,
    }
    hits = [d for d in candidates if tests[direction](d)]
    if not hits:
        return None
    return hits[-1] if direction in ("past", "before") else hits[0]


def month_day(ref: dt.date, month: int, day: int, direction: str) -> dt.date | None:
    """Resolve a day and month without a year against `ref`."""
    if direction == "current":
        return safe_date(ref.year, month, day)
    years = range(ref.year - 4, ref.year + 5)
    candidates = [d for d in (safe_date(y, month, day) for y in years) if d]
    return pick(candidates, ref, direction)


def month_of(ref: dt.date, month: int, direction: str) -> tuple[int, int]:
    """Resolve a month without a year: the (year, month) meant, seen from `ref`."""
    if direction == "current":
        return ref.year, month
    candidates = [dt.date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    chosen = pick(candidates, ref.replace(day=1), direction)
    assert chosen is not None  # three consecutive years always hold one
    return chosen.year, chosen.month


def weekday_of(ref: dt.date, isoweekday: int, direction: str) -> dt.date:
    """Resolve a weekday name against `ref`."""
    if direction == "current":
        direction = "past"
    back = (ref.isoweekday() - isoweekday) % 7
    if direction == "before" and back == 0:
        back = 7
    ahead = (isoweekday - ref.isoweekday()) % 7
    if direction == "after" and ahead == 0:
        ahead = 7
    if direction in ("past", "before"):
        return ref - dt.timedelta(days=back)
    return ref + dt.timedelta(days=ahead)


def week_span(ref: dt.date, weeks: int, week_start: int) -> Span:
    """Return the week `weeks` weeks from the one holding `ref`."""
    first = ref - dt.timedelta(days=(ref.isoweekday() - week_start) % 7) + dt.timedelta(weeks=weeks)
    return first, first + dt.timedelta(days=6)


def part_of_month(span: Span, days: list[int]) -> Span:
    """Narrow a month (Gregorian or Hijri) to its days ``[first, last]``, the last capped to the month; a day below
    zero counts back from the month's last day (-1: that day)."""
    return _day_of_month(span, days[0]), min(span[1], _day_of_month(span, days[1]))


def _day_of_month(span: Span, day: int) -> dt.date:
    """The `day` of the month `span`, counted from its first day (1) or, below zero, back from its last (-1)."""
    return span[0] + dt.timedelta(days=day - 1) if day > 0 else span[1] + dt.timedelta(days=day + 1)


def part_of_year(year: int, months: list[int]) -> Span:
    """Narrow a year to the months ``[first, last]``."""
    return month_span(year, months[0])[0], month_span(year, months[1])[1]


def part_of_week(span: Span, days: list[int]) -> Span:
    """Narrow a week to its days ``[first, last]``, counted from 1."""
    return span[0] + dt.timedelta(days=days[0] - 1), span[0] + dt.timedelta(days=days[1] - 1)


def week_of_month(span: Span, week: int) -> Span:
    """Return week `week` (1-4) of a month, days 7N-6..7N, or its last seven days for -1."""
    first, last = span
    if week < 0:
        return last - dt.timedelta(days=6), last
    start = first + dt.timedelta(weeks=week - 1)
    return start, start + dt.timedelta(days=6)


def part_of_decade(first_year: int, years: list[int]) -> Span:
    """Narrow the decade of `first_year` to its years ``[first, last]`` (0-9)."""
    return dt.date(first_year + years[0], 1, 1), dt.date(first_year + years[1], 12, 31)


def quarter_span(year: int, quarter: int) -> Span:
    """Return the months of quarter 1-4 of a year."""
    return part_of_year(year, [3 * quarter - 2, 3 * quarter])


def nth_weekday(span: Span, isoweekday: int, nth: int) -> dt.date | None:
    """The nth (1-5, or -1 for the last) `isoweekday` within `span`, or None when there is none."""
    first, last = span
    if nth < 0:
        day = last - dt.timedelta(days=(last.isoweekday() - isoweekday) % 7)
    else:
        day = first + dt.timedelta(days=(isoweekday - first.isoweekday()) % 7, weeks=nth - 1)
    return day if first <= day <= last else None


def nth_day(span: Span, nth: int) -> dt.date | None:
    """The nth day (1-based, or -1 for the last) of `span`, or None beyond it."""
    first, last = span
    day = last if nth < 0 else first + dt.timedelta(days=nth - 1)
    return day if day <= last else None


def hijri_date(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date, or None outside the calendar or the month."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_month_span(year: int, month: int) -> Span | None:
    """The Gregorian days of a Hijri month, or None outside the calendar."""
    first = hijri_date(year, month, 1)
    if first is None:
        return None
    return first, first + dt.timedelta(days=Hijri(year, month, 1).month_length() - 1)


def hijri_year(day: dt.date) -> int | None:
    """The Hijri year holding a Gregorian day, or None outside the calendar."""
    try:
        return Gregorian.fromdate(day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_spans_near(ref: dt.date, span_of) -> list[Span]:
    """The spans ``span_of(hijri_year)`` of the Hijri years around `ref`, in order."""
    year = hijri_year(ref)
    if year is None:
        return []
    return [s for s in (span_of(y) for y in (year - 1, year, year + 1)) if s is not None]


def hijri_spans_in(year: int, span_of) -> list[Span]:
    """The spans ``span_of(hijri_year)`` that begin in Gregorian `year`."""
    first, last = hijri_year(dt.date(year, 1, 1)), hijri_year(dt.date(year, 12, 31))
    if first is None or last is None:
        return []
    spans = (span_of(y) for y in range(first, last + 1))
    return [s for s in spans if s is not None and s[0].year == year]


def pick_span(spans: list[Span], key: dt.date, direction: str) -> Span | None:
    """The span whose first day is nearest `key` in `direction` (as `pick`)."""
    by_first = {s[0]: s for s in spans}
    chosen = pick(sorted(by_first), key, "past" if direction == "current" else direction)
    return by_first.get(chosen) if chosen else None


def hijri_month_start(day: dt.date) -> dt.date | None:
    """The first day of the Hijri month holding a Gregorian day, or None outside the calendar."""
    try:
        hijri = Gregorian.fromdate(day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return hijri_date(hijri.year, hijri.month, 1)


def shift_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` months away, capped to the end of a shorter month."""
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
