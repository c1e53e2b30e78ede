"""Readers of written dates: stamps, Hijri and numeric dates, days, months, years and their spans.

Each reader turns the match of its form (`patterns`) into a `Reading`, or
None when the words match but do not make a date ("سبتمبر سيكون", "في آب").
`READERS` maps every form to its reader, including those of `relative` and
`periods`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.dates import calendar as cal
from timeline.dates import periods, relative
from timeline.dates.lexicon import norm_word
from timeline.dates.reading import (
    Context,
    Reading,
    anchor_month,
    conflict,
    day_of,
    delta_of,
    direction,
    followed_by_year,
    group,
    led_by,
    next_word,
    part,
    pending_noun,
    single,
    words_in,
    year_from_spec,
    year_of,
    year_of_noun,
)


def _numeric(m: re.Match) -> dt.date | None:
    if m["n1"]:
        return cal.safe_date(int(m["n3"]), int(m["n2"]), int(m["n1"]))
    return cal.safe_date(int(m["y4"]), int(m["m4"]), int(m["d4"]))


def read_stamp(m: re.Match, ctx: Context) -> Reading | None:
    """A page stamp, "آخر تحديث: 18/7/2016": the page's own date."""
    if m["month"]:
        value = cal.safe_date(year_of(m, ctx), ctx.lex.lookup("month", m["month"]), int(m["day"]))
    else:
        value = _numeric(m)
    return single(value, "page_stamp", weekday_conflict=conflict(m, ctx, value))


def _yearless_hijri(ctx: Context, month: int, day: int, way: str) -> dt.date | None:
    spans = cal.hijri_spans_near(ctx.ref, lambda y: (d, d) if (d := cal.hijri_date(y, month, day)) else None)
    chosen = cal.pick_span(spans, ctx.ref, way)
    return chosen[0] if chosen else None


def read_hijri_day(m: re.Match, ctx: Context) -> Reading | None:
    """A Hijri day, "13 شوال 1437 هـ"; without its year "العاشر من محرم" is the nearest one."""
    if m["ord"] and not m["dlink"]:
        return None
    month, day = ctx.lex.lookup("hijri_month", m["hmonth"]), day_of(m, ctx)
    if m["hyear"]:
        value = cal.hijri_date(int(m["hyear"]), month, day)
        return single(value, "hijri", weekday_conflict=conflict(m, ctx, value))
    if (
        led_by(m, ctx, "name_heads") or followed_by_year(m, ctx)
        or (m["day"] and words_in(m["hmonth"], ctx.lex, "ambiguous_hijri_months"))
    ):
        return None
    value = _yearless_hijri(ctx, month, day, direction(m, ctx))
    return single(value, "relative", needs_reference=True, weekday_conflict=conflict(m, ctx, value))


def read_hijri_month(m: re.Match, ctx: Context) -> Reading | None:
    """A Hijri month, "شوال 1437", "رمضان 2016", "شهر رمضان", "رمضان الماضي", "أواخر رمضان", as its days."""
    month = ctx.lex.lookup("hijri_month", m["hmonth"])
    year = year_of(m, ctx)
    kind = "hijri" if m["hyear"] else "absolute" if year else "relative"
    if m["hyear"]:
        span = cal.hijri_month_span(int(m["hyear"]), month)
    elif year:
        span = next(iter(cal.hijri_spans_in(year, lambda y: cal.hijri_month_span(y, month))), None)
    elif m["qual"] or m["mprefix"] or m["hadj"] or m["range"]:
        key = cal.hijri_month_start(ctx.ref) or ctx.ref
        spans = cal.hijri_spans_near(ctx.ref, lambda y: cal.hijri_month_span(y, month))
        span = cal.pick_span(spans, key, direction(m, ctx))
    else:
        return None
    if span is None:
        return None
    return Reading(*part(m, ctx, span, "month"), kind, needs_reference=kind == "relative")


def read_hijri_numeric(m: re.Match, ctx: Context) -> Reading | None:
    """A numeric Hijri date, "09/10/1436هـ", "1436/11/05هـ"."""
    if m["hy2"]:
        return single(cal.hijri_date(int(m["hy2"]), int(m["hm2"]), int(m["hd2"])), "hijri")
    return single(cal.hijri_date(int(m["hyear"]), int(m["n2"]), int(m["n1"])), "hijri")


def read_numeric(m: re.Match, ctx: Context) -> Reading | None:
    """A numeric date, "18/7/2016" (day first) or "2016-07-18"."""
    value = _numeric(m)
    return single(value, "absolute", weekday_conflict=conflict(m, ctx, value))


def read_numeric_partial(m: re.Match, ctx: Context) -> Reading | None:
    """A day and month "في 15/3" or a month and year "في 3/2016" in digits, after a word that leads dates."""
    if not (m["wd"] or led_by(m, ctx, "numeric_lead")) or words_in(next_word(m), ctx.lex, "of"):
        return None
    if m["m6"]:
        return Reading(*cal.month_span(int(m["y6"]), int(m["m6"])), "absolute")
    value = yearless_day(m, ctx, int(m["m5"]), int(m["d5"]))
    return single(value, "relative", needs_reference=True, weekday_conflict=conflict(m, ctx, value))


def yearless_day(m: re.Match, ctx: Context, month: int, day: int) -> dt.date | None:
    """A day and month without year seen from the reference; a weekday written with it picks
    between the last and the next one ("الاثنين 25 تموز" written on 20 July 2016 is 25 July 2016)."""
    way = direction(m, ctx)
    value = cal.month_day(ctx.ref, month, day, way)
    wd = group(m, "wd")
    if wd and not group(m, "qual") and value and value.isoweekday() != ctx.lex.lookup("weekday", wd):
        other = cal.month_day(ctx.ref, month, day, "future" if way == "past" else "past")
        if other and other.isoweekday() == ctx.lex.lookup("weekday", wd):
            return other
    return value


def read_day_month(m: re.Match, ctx: Context) -> Reading | None:
    """A day and month, "20 كانون الثاني/يناير 2016", "الثامن من شباط الماضي"; "جسر 14 تموز" is a name."""
    if m["ord"] and not m["dlink"]:
        return None  # "الجولة الأولى يونيو": an ordinal day needs "من" before its month
    day, month = day_of(m, ctx), ctx.lex.lookup("month", m["month"])
    year = year_of(m, ctx)
    if year:
        value, kind = cal.safe_date(year, month, day), "absolute"
    elif m["ynoun"]:
        value, kind = cal.safe_date(year_of_noun(m, ctx), month, day), "relative"
    elif led_by(m, ctx, "name_heads") or followed_by_year(m, ctx):
        return None
    else:
        value, kind = yearless_day(m, ctx, month, day), "relative"
    flags = {"needs_reference": kind == "relative", "weekday_conflict": conflict(m, ctx, value)}
    return single(value, kind, **flags)


def read_month_first_day(m: re.Match, ctx: Context) -> Reading | None:
    """A month, day and year in the English order, "يوليو 13، 2016"."""
    return single(cal.safe_date(int(m["year"]), ctx.lex.lookup("month", m["month"]), int(m["day"])), "absolute")


def read_day_span(m: re.Match, ctx: Context) -> Reading | None:
    """Days from one to another, "5 و6 آذار 2016", "25 تموز - 2 آب 2016"; the year is written last."""
    month = ctx.lex.lookup("month", m["month"])
    first_month = ctx.lex.lookup("month", m["month1"]) if group(m, "month1") else month
    return _days(m, ctx, (first_month, int(m["day1"])), (month, int(m["day"])))


def read_ordinal_span(m: re.Match, ctx: Context) -> Reading | None:
    """Days of a month written as ordinals, "من الخامس إلى السادس من أيلول", "ليلة التاسع والعاشر من أيار", or two
    days listed ("الخامس والعاشر من أيار": from the first to the last, as "5 و10 أيار", never the second alone); not
    one ordinal written with و ("الثالث والعشرين من أيار")."""
    ordinals = ctx.lex.tables["ordinal"]
    if not m["dlink"] or f"{m['ord1']} {m['link']}{m['ord2']}" in ordinals:
        return None
    first, last = ordinals[m["ord1"]], ordinals[m["ord2"]]
    month = ctx.lex.lookup("month", m["month"])
    return _days(m, ctx, (month, first), (month, last))


def read_month_first_span(m: re.Match, ctx: Context) -> Reading | None:
    """Days of a month written after it, "يوليو 13-15", "تموز 13 إلى 15"."""
    month = ctx.lex.lookup("month", m["month"])
    return _days(m, ctx, (month, int(m["day1"])), (month, int(m["day"])))


def _days(m: re.Match, ctx: Context, first_day: tuple[int, int], last_day: tuple[int, int]) -> Reading | None:
    """The days from (month, day) to (month, day): in the written year, else the first day seen from the reference."""
    year = year_of(m, ctx) or (year_of_noun(m, ctx) if m["ynoun"] else None)
    if year:
        last = cal.safe_date(year, *last_day)
        first = cal.safe_date(year - (first_day[0] > last_day[0]), *first_day)
    else:
        first = cal.month_day(ctx.ref, *first_day, direction(m, ctx))
        last = first and cal.safe_date(first.year + (last_day[0] < first_day[0]), *last_day)
    if first is None or last is None or first >= last:
        return None
    kind = "absolute" if year_of(m, ctx) else "relative"
    return Reading(first, last, kind, needs_reference=kind == "relative")


def read_day_of_noun(m: re.Match, ctx: Context) -> Reading | None:
    """A day of a named month, "7 الشهر الجاري", "السابع من الشهر الماضي", or of one its qualifier names alone
    ("25 الجاري"); "العشرين من الشهر" is the day of the month the text is telling of."""
    delta = delta_of(m, ctx)
    if delta is None:
        if ctx.anchor is None:
            return pending_noun()
        year, month = anchor_month(ctx, m)
        if year is None:
            return None
    else:
        year, month = cal.add_months(ctx.ref.year, ctx.ref.month, delta)
    value = cal.safe_date(year, month, day_of(m, ctx))
    return single(value, "relative", needs_reference=True, weekday_conflict=conflict(m, ctx, value))


def read_day_span_of_noun(m: re.Match, ctx: Context) -> Reading | None:
    """Days of a named month, "من 10 إلى 15 من الشهر الجاري", "بين 3 و5 الشهر الماضي"."""
    first = read_day_of_noun(m, ctx)
    if first is None or first.pending:
        return first
    last = cal.safe_date(first.value.year, first.value.month, int(m["day"]))
    first = cal.safe_date(first.value.year, first.value.month, int(m["day1"]))
    if first is None or last is None or first >= last:
        return None
    return Reading(first, last, "relative", needs_reference=True)


def read_month_year(m: re.Match, ctx: Context) -> Reading:
    """A month and year, "آب عام 2014", "أواخر آذار 2015", "آذار عام ألفين وستة عشر"."""
    span = cal.month_span(year_of(m, ctx), ctx.lex.lookup("month", m["month"]))
    return Reading(*part(m, ctx, span, "month"), "absolute")


def read_month_span(m: re.Match, ctx: Context) -> Reading | None:
    """Months from one to another, "من تموز حتى أيلول 2016", "بين تموز وأيلول 2016"; two months joined by و
    with a year written after the second, "في أيار وحزيران 2017": the span of both, in that year."""
    lex = ctx.lex
    if words_in(m["link"], lex, "and") and not led_by(m, ctx, "between") and not year_of(m, ctx):
        return None  # "تموز وأيلول": two months, not the months between, and of no year written
    first_month, last_month = lex.lookup("month", m["month1"]), lex.lookup("month", m["month"])
    if first_month == last_month and not year_of(m, ctx, "a"):
        return None  # "أيلول - سبتمبر": two names of one month
    first_year, year = year_of(m, ctx, "a"), year_of(m, ctx) or (year_of_noun(m, ctx) if m["ynoun"] else None)
    if not (first_year or year or m["qual"] or led_by(m, ctx, "range_lead")):
        return None
    if not year and (m["qual"] or not first_year):
        year = cal.month_of(ctx.ref, last_month, direction(m, ctx))[0]
    year = year or first_year + (last_month < first_month)
    first_year = first_year or year - (first_month > last_month)
    first, last = cal.month_span(first_year, first_month)[0], cal.month_span(year, last_month)[1]
    if first >= last:
        return None
    written = year_of(m, ctx) or (year_of(m, ctx, "a") and not (m["qual"] or m["ynoun"]))
    kind = "absolute" if written else "relative"
    return Reading(first, last, kind, needs_reference=kind == "relative")


def read_month_number(m: re.Match, ctx: Context) -> Reading:
    """A month by its number, "شهر 3", "شهر 3 من العام الماضي", "شهر 11 2015"."""
    return _month(m, ctx, int(m["mnum"]))


def read_month_ordinal(m: re.Match, ctx: Context) -> Reading | None:
    """A month by its rank in a year, "الشهر الثالث من العام الجاري", "الشهر الثاني من عام 2016"."""
    month = ctx.lex.lookup("ordinal", m["mord"])
    year = year_from_spec(m, ctx) if month <= 12 else None
    if year is None or isinstance(year, Reading):
        return year
    return Reading(*cal.month_span(year[0], month), year[1], needs_reference=year[1] == "relative")


def read_years(m: re.Match, ctx: Context) -> Reading | None:
    """A span of years, "عامي 2014 و2015"."""
    first, last = int(m["year"]), int(m["year2"])
    if last <= first:
        return None
    return Reading(cal.year_span(first)[0], cal.year_span(last)[1], "absolute")


def read_year(m: re.Match, ctx: Context) -> Reading | None:
    """A year, "عام 2014", "منتصف عام 2015", "العام الجاري 2015", "عام ألفين وستة عشر"; a bare number is none."""
    if not (m["range"] or m["ypfx"] or m["yword"]):
        return None
    return Reading(*part(m, ctx, cal.year_span(year_of(m, ctx)), "year"), "absolute")


def read_year_in(m: re.Match, ctx: Context) -> Reading | None:
    """A bare year in digits after في, "وفي 2013، وقع تفجير"; after any other word a number is no year."""
    if not led_by(m, ctx, "year_in"):
        return None
    return Reading(*cal.year_span(int(m["year"])), "absolute")


def read_month(m: re.Match, ctx: Context) -> Reading | None:
    """A month without year, "تشرين الأول الماضي", "منتصف ديسمبر", "شهر آب", "في أبريل"."""
    if not (m["range"] or m["mprefix"] or m["qual"] or m["ynoun"] or m["month2"] or _led(m, ctx)):
        return None
    if _AFTER_DAY.search(m.string, max(0, m.start() - 6), m.start()):
        return None  # "ثورة 25 يناير": a name (see read_day_month)
    if not (m["ynoun"] or m["qual"]) and followed_by_year(m, ctx):
        return None  # "في فبراير 1260": a year the forms do not read
    return _month(m, ctx, ctx.lex.lookup("month", m["month"]))


_AFTER_DAY = re.compile(r"(?<!\d)\d{1,2}[ \t]*$")


def _month(m: re.Match, ctx: Context, month: int) -> Reading:
    year = year_of(m, ctx)
    if year:
        return Reading(*cal.month_span(year, month), "absolute")
    if m["ynoun"]:
        year = year_of_noun(m, ctx)
    else:
        year, month = cal.month_of(ctx.ref, month, direction(m, ctx))
    span = part(m, ctx, cal.month_span(year, month), "month") if group(m, "range") else cal.month_span(year, month)
    return Reading(*span, "relative", needs_reference=True)


def _led(m: re.Match, ctx: Context) -> bool:
    """A lone month name after "في", "منذ" … that is not also a common word."""
    if norm_word(m["month"]) in ctx.lex.normed("ambiguous_months"):
        return False
    return led_by(m, ctx, "month_lead")


def read_week_of_month(m: re.Match, ctx: Context) -> Reading | None:
    """A week of a month, "الأسبوع الثاني من شباط 2016", "الأسبوع الأخير من الشهر الماضي"."""
    lex = ctx.lex
    if group(m, "noun"):
        delta = delta_of(m, ctx)
        if delta is None:
            if ctx.anchor is None:
                return pending_noun()
            year, month = anchor_month(ctx)
            if year is None:
                return None
        else:
            year, month = cal.add_months(ctx.ref.year, ctx.ref.month, delta)
        span, kind = cal.month_span(year, month), "relative"
    elif year_of(m, ctx):
        span, kind = cal.month_span(year_of(m, ctx), lex.lookup("month", m["month"])), "absolute"
    else:
        month = lex.lookup("month", m["month"])
        if m["ynoun"]:
            year = year_of_noun(m, ctx)
        else:
            year, month = cal.month_of(ctx.ref, month, direction(m, ctx))
        span, kind = cal.month_span(year, month), "relative"
    first, last = cal.week_of_month(span, lex.lookup("week_ordinal", m["wnum"]))
    if group(m, "wnum2"):  # الأسبوعين الأول والثاني من أيار: from the first week's first day to the second's last
        last = cal.week_of_month(span, lex.lookup("week_ordinal", m["wnum2"]))[1]
        return Reading(first, last, kind, needs_reference=kind == "relative", precision="range")
    return Reading(first, last, kind, needs_reference=kind == "relative", precision="week")


READERS: dict[str, Callable[[re.Match, Context], Reading | None]] = {
    "stamp": read_stamp,
    "hijri_day": read_hijri_day,
    "hijri_month": read_hijri_month,
    "hijri_numeric": read_hijri_numeric,
    "numeric": read_numeric,
    "numeric_partial": read_numeric_partial,
    "week_of_month": read_week_of_month,
    "week_of_noun": read_week_of_month,
    "nth": periods.read_nth,
    "quarter": periods.read_quarter,
    "decade": periods.read_decade,
    "holiday": periods.read_holiday,
    "month_first_span": read_month_first_span,
    "month_first_day": read_month_first_day,
    "day_span": read_day_span,
    "ordinal_span": read_ordinal_span,
    "day_month": read_day_month,
    "day_of_noun": read_day_of_noun,
    "day_of_qualifier": read_day_of_noun,
    "day_span_of_noun": read_day_span_of_noun,
    "month_span": read_month_span,
    "month_number": read_month_number,
    "month_ordinal": read_month_ordinal,
    "month_year": read_month_year,
    "years": read_years,
    "year": read_year,
    "year_in": read_year_in,
    "month": read_month,
    "noun": relative.read_noun,
    "past_span": relative.read_past_span,
    "event_span": relative.read_event_span,
    "event_word": relative.read_event_word,
    "event_after": relative.read_event_shift,
    "event_before": relative.read_event_shift,
    "event_it": relative.read_event_shift,
    "relative_night": relative.read_relative_night,
    "relative_day": relative.read_relative_day,
    "ago": relative.read_ago,
    "night": relative.read_night,
    "weekday": relative.read_weekday,
}
