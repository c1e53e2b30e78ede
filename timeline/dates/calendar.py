"""Calendar arithmetic for date expressions: months, weeks, parts of ranges.

A *direction* says which occurrence of a recurring day or month an expression
means, seen from the reference date: ``"past"`` (on or before it), ``"future"``
(on or after), ``"before"`` (strictly before, "الماضي"), ``"after"`` (strictly
after, "المقبل") and ``"current"`` (in the reference's own year or week).
"""

from __future__ import annotations

import calendar
import datetime as dt

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


def _pick(candidates: list[dt.date], key: dt.date, direction: str) -> dt.date | None:
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
    return _pick(candidates, ref, direction)


def month_of(ref: dt.date, month: int, direction: str) -> tuple[int, int]:
    """Resolve a month without a year: the (year, month) meant, seen from `ref`."""
    if direction == "current":
        return ref.year, month
    candidates = [dt.date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    chosen = _pick(candidates, ref.replace(day=1), direction)
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
    """Narrow a month to the days ``[first, last]`` (last capped to the month)."""
    first, last = span
    return first.replace(day=days[0]), first.replace(day=min(days[1], last.day))


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
