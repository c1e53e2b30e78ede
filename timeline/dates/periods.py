"""Readers of calendar arithmetic: nth weekdays and days of periods, quarters, decades, holidays.

"أول جمعة من رمضان", "آخر خميس من الشهر", "ثاني أيام عيد الأضحى": a count
applied to a period (`span_of`: a holiday, a Hijri or Gregorian month, the
reference's month or year). "الربع الأول من 2016", "أواخر التسعينيات",
"عيد الفطر الماضي".
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import calendar as cal
from timeline.dates.reading import (
    DELTA,
    Context,
    Reading,
    anchor_month,
    anchor_year,
    delta_of,
    direction,
    group,
    part,
    pending_noun,
    year_from_spec,
    year_of,
    year_of_noun,
)


def _holiday_of_year(spec: dict):
    """The function from a year (of the holiday's calendar) to the holiday's days."""
    month, (first, last) = spec["month"], spec["days"]
    if spec["calendar"] == "hijri":
        def hijri(year: int) -> cal.Span | None:
            start, end = cal.hijri_date(year, month, first), cal.hijri_date(year, month, last)
            return (start, end) if start and end else None
        return hijri

    def gregorian(year: int) -> cal.Span | None:
        start, end = cal.safe_date(year, month, first), cal.safe_date(year, month, last)
        return (start, end) if start and end else None
    return gregorian


def _in_year(of_year, hijri: bool, year: int) -> cal.Span | None:
    """The period (of a Hijri or Gregorian calendar) that begins in Gregorian `year`."""
    if hijri:
        return next(iter(cal.hijri_spans_in(year, of_year)), None)
    return of_year(year)


def _near(of_year, hijri: bool, ctx: Context, key: dt.date, way: str) -> cal.Span | None:
    """The period nearest `key` in direction `way`."""
    if hijri:
        spans = cal.hijri_spans_near(ctx.ref, of_year)
    else:
        spans = [s for s in (of_year(y) for y in range(ctx.ref.year - 1, ctx.ref.year + 2)) if s]
    return cal.pick_span(spans, key, way)


def span_of(m: re.Match, ctx: Context) -> tuple[cal.Span, str] | Reading | None:
    """The period of the ``s…`` groups (`patterns._Pieces.span`) and its kind; a pending reading
    for a bare "الشهر"/"العام" without anchor; None when it is no period."""
    lex = ctx.lex
    if group(m, "snoun"):
        return _noun_span(m, ctx)
    if group(m, "shol"):
        spec = lex.raw["holidays"][lex.lookup("holiday", m["shol"])]
        of_year, hijri, key = _holiday_of_year(spec), spec["calendar"] == "hijri", ctx.ref
    elif m["shm"]:
        month = lex.lookup("hijri_month", m["shm"])
        of_year, hijri = (lambda y: cal.hijri_month_span(y, month)), True
        key = cal.hijri_month_start(ctx.ref) or ctx.ref
    else:
        month = lex.lookup("month", m["sm"])
        of_year, hijri, key = (lambda y: cal.month_span(y, month)), False, ctx.ref.replace(day=1)
    if m["shyear"]:
        span = of_year(int(m["shyear"])) if hijri else None
        return (span, "hijri") if span else None
    year = year_of(m, ctx, "s")
    if year:
        span = _in_year(of_year, hijri, year)
        return (span, "absolute") if span else None
    if m["synoun"]:
        span = _in_year(of_year, hijri, year_of_noun(m, ctx, "s"))
    else:
        span = _near(of_year, hijri, ctx, key, direction(m, ctx, "squal"))
    return (span, "relative") if span else None


def _noun_span(m: re.Match, ctx: Context) -> tuple[cal.Span, str] | Reading | None:
    """"الشهر الجاري", "هذا العام", "العام الماضي"; a bare "الشهر"/"العام" is the anchor's."""
    lex, ref = ctx.lex, ctx.ref
    is_month = " ".join(m["snoun"].split()) in lex.normed("month")
    delta = delta_of(m, ctx, "squal", "sthis")
    if delta is None:
        if ctx.anchor is None:
            return pending_noun()
        year, month = anchor_month(ctx) if is_month else (anchor_year(ctx), None)
        if year is None:
            return None
        return (cal.month_span(year, month) if is_month else cal.year_span(year)), "relative"
    if is_month:
        return cal.month_span(*cal.add_months(ref.year, ref.month, delta)), "relative"
    return cal.year_span(ref.year + delta), "relative"


def read_nth(m: re.Match, ctx: Context) -> Reading | None:
    """The nth weekday or day of a period, "أول جمعة من رمضان", "الخميس الأخير من الشهر الماضي",
    "ثاني أيام عيد الأضحى", "آخر يوم من العام"."""
    lex = ctx.lex
    nth = lex.lookup("nth_before", m["nth"]) if m["nth"] else lex.lookup("nth_after", m["nafter"])
    got = span_of(m, ctx)
    if got is None or isinstance(got, Reading):
        return got
    span, kind = got
    if m["dayn"]:
        value = cal.nth_day(span, nth)
    else:
        weekday = lex.lookup("weekday_noun", m["wdn"]) if m["wdn"] else lex.lookup("weekday", m["wd"])
        value = cal.nth_weekday(span, weekday, nth)
    if value is None:
        return None
    return Reading(value, value, kind, needs_reference=kind == "relative")


def read_quarter(m: re.Match, ctx: Context) -> Reading | None:
    """A quarter of a year, "الربع الأول من عام 2016", "الربع الأخير من العام الماضي"."""
    year = year_from_spec(m, ctx)
    if year is None or isinstance(year, Reading):
        return year
    span = cal.quarter_span(year[0], ctx.lex.lookup("quarter", m["quarter"]))
    return Reading(*span, year[1], needs_reference=year[1] == "relative")


def read_decade(m: re.Match, ctx: Context) -> Reading | None:
    """A decade, "التسعينيات", "ثمانينيات القرن الماضي", "أواخر السبعينيات"."""
    lex = ctx.lex
    tens = lex.lookup("decade", m["decade"]) if m["decade"] else lex.lookup("decade_construct", m["dcons"])
    if m["cent"]:
        first, kind = (lex.lookup("ordinal", m["cent"]) - 1) * 100 + tens, "absolute"
    elif m["qual"]:
        century = ctx.ref.year // 100 + DELTA[lex.lookup("qualifier", m["qual"])]
        first, kind = century * 100 + tens, "relative"
    else:
        first, kind = ctx.ref.year // 100 * 100 + tens, "relative"
        if first > ctx.ref.year:
            first -= 100
    if not 1 <= first <= 9990:
        return None
    span = part(m, ctx, (dt.date(first, 1, 1), dt.date(first + 9, 12, 31)), "decade")
    return Reading(*span, kind, needs_reference=kind == "relative")


def read_holiday(m: re.Match, ctx: Context) -> Reading | None:
    """A holiday, "عيد الفطر" (its three days), "عيد الأضحى عام 2015", "المولد النبوي الماضي";
    after a part of the day ("صباح عيد الفطر") its first day."""
    got = span_of(m, ctx)
    if got is None:
        return None
    (first, last), kind = got
    if m["hpart"]:
        last = first
    return Reading(first, last, kind, needs_reference=kind == "relative")
