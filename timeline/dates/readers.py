"""Turn a regex match of one date form into the range of days it denotes.

Each reader takes the match and a `Context` and returns a `Reading`, or None
when the words matched are not a date after all (a month name alone, an
impossible day). Readers always resolve against ``ctx.ref``; `find_dates`
passes a nominal reference when it has none and then drops the values of the
readings that need one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from hijridate import Hijri

from timeline.dates import calendar as cal
from timeline.dates.lexicon import Lexicon, norm_word

_DIRECTION = {"past": "before", "future": "after", "current": "current"}
_DELTA = {"past": -1, "future": 1, "current": 0}


@dataclass(frozen=True)
class Context:
    """What a reader needs besides the match."""

    lex: Lexicon
    ref: dt.date
    prefer: str  #: past | future


@dataclass
class Reading:
    """The days a date expression denotes, before spans are mapped back."""

    value: dt.date | None
    end: dt.date | None
    kind: str
    needs_reference: bool = False
    weekday_conflict: bool = False
    relative_days: int | None = None
    precision: str | None = None

    def __post_init__(self) -> None:
        if self.precision is None and self.value and self.end:
            self.precision = precision_of(self.value, self.end)


def precision_of(first: dt.date, last: dt.date) -> str:
    """Return the unit whose whole members the range covers: year, month or day."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return "year"
    if first.day == 1 and (last + dt.timedelta(days=1)).day == 1:
        return "month"
    return "day"


def _day(m: re.Match, ctx: Context) -> int:
    return int(m["day"]) if m["day"] else ctx.lex.lookup("ordinal", m["ord"])


def _conflict(m: re.Match, ctx: Context, value: dt.date | None) -> bool:
    wd = m.groupdict().get("wd")
    return bool(wd and value and ctx.lex.lookup("weekday", wd) != value.isoweekday())


def _direction(m: re.Match, ctx: Context) -> str:
    qual = m.groupdict().get("qual")
    return _DIRECTION[ctx.lex.lookup("qualifier", qual)] if qual else ctx.prefer


def _part(m: re.Match, ctx: Context, span: cal.Span, of_year: bool) -> cal.Span:
    """Narrow `span` by the range word of the match, if any."""
    if not m["range"]:
        return span
    spec = ctx.lex.raw["ranges"][ctx.lex.lookup("range", m["range"])]
    if of_year:
        return cal.part_of_year(span[0].year, spec["year_months"])
    return cal.part_of_month(span, spec["month_days"])


def _numeric(m: re.Match) -> dt.date | None:
    if m["n1"]:
        return cal.safe_date(int(m["n3"]), int(m["n2"]), int(m["n1"]))
    return cal.safe_date(int(m["y4"]), int(m["m4"]), int(m["d4"]))


def _single(value: dt.date | None, kind: str, **flags) -> Reading | None:
    return Reading(value, value, kind, **flags) if value else None


def read_stamp(m: re.Match, ctx: Context) -> Reading | None:
    """A page stamp, "آخر تحديث: 18/7/2016": the page's own date."""
    if m["month"]:
        value = cal.safe_date(int(m["year"]), ctx.lex.lookup("month", m["month"]), int(m["day"]))
    else:
        value = _numeric(m)
    return _single(value, "page_stamp", weekday_conflict=_conflict(m, ctx, value))


def _hijri(year: int, month: int, day: int) -> dt.date | None:
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def read_hijri_day(m: re.Match, ctx: Context) -> Reading | None:
    """A Hijri day, "13 شوال 1437 هـ"."""
    value = _hijri(int(m["hyear"]), ctx.lex.lookup("hijri_month", m["hmonth"]), _day(m, ctx))
    return _single(value, "hijri", weekday_conflict=_conflict(m, ctx, value))


def read_hijri_month(m: re.Match, ctx: Context) -> Reading | None:
    """A Hijri month, "شوال 1437", as its Gregorian days."""
    year, month = int(m["hyear"]), ctx.lex.lookup("hijri_month", m["hmonth"])
    first = _hijri(year, month, 1)
    if first is None:
        return None
    return Reading(first, first + dt.timedelta(days=Hijri(year, month, 1).month_length() - 1), "hijri")


def read_hijri_numeric(m: re.Match, ctx: Context) -> Reading | None:
    """A numeric Hijri date, "09/10/1436هـ"."""
    return _single(_hijri(int(m["hyear"]), int(m["n2"]), int(m["n1"])), "hijri")


def read_numeric(m: re.Match, ctx: Context) -> Reading | None:
    """A numeric date, "18/7/2016" (day first) or "2016-07-18"."""
    value = _numeric(m)
    return _single(value, "absolute", weekday_conflict=_conflict(m, ctx, value))


def read_day_month(m: re.Match, ctx: Context) -> Reading | None:
    """A day and month, "20 كانون الثاني/يناير 2016", "الثامن من شباط الماضي"."""
    day, month = _day(m, ctx), ctx.lex.lookup("month", m["month"])
    if m["year"]:
        value, kind = cal.safe_date(int(m["year"]), month, day), "absolute"
    elif m["ynoun"]:
        value, kind = cal.safe_date(_year_of_noun(m, ctx), month, day), "relative"
    else:
        value, kind = cal.month_day(ctx.ref, month, day, _direction(m, ctx)), "relative"
    flags = {"needs_reference": kind == "relative", "weekday_conflict": _conflict(m, ctx, value)}
    return _single(value, kind, **flags)


def _year_of_noun(m: re.Match, ctx: Context) -> int:
    """The year of "العام الماضي" (-1), "العام الجاري" (0), "العام المقبل" (+1)."""
    return ctx.ref.year + _DELTA[ctx.lex.lookup("qualifier", m["yqual"])]


def read_day_span(m: re.Match, ctx: Context) -> Reading | None:
    """Days from one to another, "5 و6 آذار 2016", "25 تموز - 2 آب 2016"; the year is written last."""
    last = read_day_month(m, ctx)
    if last is None:
        return None
    end = last.value
    month = ctx.lex.lookup("month", m["month1"]) if m["month1"] else end.month
    year = end.year - (month > end.month)
    first = cal.safe_date(year, month, int(m["day1"]))
    if first is None or first >= end:
        return None
    return Reading(first, end, last.kind, needs_reference=last.needs_reference)


def _noun_delta(m: re.Match, ctx: Context) -> int | None:
    """Return -1, 0 or 1 for "الماضي", "الجاري"/"هذا", "المقبل"; None when unqualified."""
    if bool(m["this"]) == bool(m["qual"]):
        return None
    return _DELTA[ctx.lex.lookup("qualifier", m["qual"])] if m["qual"] else 0


def read_day_of_noun(m: re.Match, ctx: Context) -> Reading | None:
    """A day of a named month, "7 الشهر الجاري", "السابع من الشهر الماضي"."""
    delta = _noun_delta(m, ctx)
    if delta is None:
        return None
    year, month = cal.add_months(ctx.ref.year, ctx.ref.month, delta)
    value = cal.safe_date(year, month, _day(m, ctx))
    return _single(value, "relative", needs_reference=True, weekday_conflict=_conflict(m, ctx, value))


def read_month_year(m: re.Match, ctx: Context) -> Reading:
    """A month and year, "آب عام 2014", "أواخر آذار 2015"."""
    span = cal.month_span(int(m["year"]), ctx.lex.lookup("month", m["month"]))
    return Reading(*_part(m, ctx, span, of_year=False), "absolute")


def read_week_of_month(m: re.Match, ctx: Context) -> Reading | None:
    """A week of a month, "الأسبوع الثاني من شباط 2016", "الأسبوع الأخير من الشهر الماضي"."""
    lex, groups = ctx.lex, m.groupdict()
    if groups.get("noun"):
        delta = _noun_delta(m, ctx)
        if delta is None:
            return None
        span, kind = cal.month_span(*cal.add_months(ctx.ref.year, ctx.ref.month, delta)), "relative"
    elif m["year"]:
        span, kind = cal.month_span(int(m["year"]), lex.lookup("month", m["month"])), "absolute"
    else:
        month = lex.lookup("month", m["month"])
        if m["ynoun"]:
            year = _year_of_noun(m, ctx)
        else:
            year, month = cal.month_of(ctx.ref, month, _direction(m, ctx))
        span, kind = cal.month_span(year, month), "relative"
    first, last = cal.week_of_month(span, lex.lookup("week_ordinal", m["wnum"]))
    return Reading(first, last, kind, needs_reference=kind == "relative", precision="day")


def read_years(m: re.Match, ctx: Context) -> Reading | None:
    """A span of years, "عامي 2014 و2015"."""
    first, last = int(m["year"]), int(m["year2"])
    if last <= first:
        return None
    return Reading(cal.year_span(first)[0], cal.year_span(last)[1], "absolute")


def read_year(m: re.Match, ctx: Context) -> Reading | None:
    """A year, "عام 2014", "منتصف عام 2015", "العام الجاري 2015"; a bare number is none."""
    if not (m["range"] or m["ypfx"]):
        return None
    return Reading(*_part(m, ctx, cal.year_span(int(m["year"])), of_year=True), "absolute")


def read_month(m: re.Match, ctx: Context) -> Reading | None:
    """A month without year, "تشرين الأول الماضي", "منتصف ديسمبر", "شهر آب", "في أبريل"."""
    if not (m["range"] or m["mprefix"] or m["qual"] or m["ynoun"] or m["month2"] or _led(m, ctx)):
        return None
    month = ctx.lex.lookup("month", m["month"])
    if m["ynoun"]:
        year = _year_of_noun(m, ctx)
    else:
        year, month = cal.month_of(ctx.ref, month, _direction(m, ctx))
    span = _part(m, ctx, cal.month_span(year, month), of_year=False)
    return Reading(*span, "relative", needs_reference=True)


def _led(m: re.Match, ctx: Context) -> bool:
    """A lone month name after "في", "منذ" … that is not also a common word."""
    if norm_word(m["month"]) in _normed(ctx.lex, "ambiguous_months"):
        return False
    words = m.string[max(0, m.start() - 12) : m.start()].split()
    leads = _normed(ctx.lex, "month_lead")
    return bool(words) and (words[-1] in leads or (words[-1][:1] in "وف" and words[-1][1:] in leads))


def read_noun(m: re.Match, ctx: Context) -> Reading | None:
    """The reference's week, month or year, "الأسبوع الماضي", "مطلع العام الجاري"."""
    delta = _noun_delta(m, ctx)
    lex, noun = ctx.lex, " ".join(m["noun"].split())
    is_week = noun in _normed(lex, "week")
    if delta is None and is_week and m["range"] and not m["this"]:
        delta = 0  # "مطلع الأسبوع": the reference's own week
    if delta is None:
        return None
    ref = ctx.ref
    if is_week:
        span = cal.week_span(ref, delta, lex.raw["calendar"]["week_start"])
        if m["range"]:
            span = cal.part_of_week(span, lex.raw["ranges"][lex.lookup("range", m["range"])]["week_days"])
    elif noun in _normed(lex, "month"):
        span = _part(m, ctx, cal.month_span(*cal.add_months(ref.year, ref.month, delta)), of_year=False)
    else:
        span = _part(m, ctx, cal.year_span(ref.year + delta), of_year=True)
    return Reading(*span, "relative", needs_reference=True)


@cache
def _normed(lex: Lexicon, key: str) -> frozenset[str]:
    return frozenset(norm_word(w) for w in lex.word_list(key))


def _count(m: re.Match, ctx: Context) -> tuple[int, str] | None:
    """Return (count, unit) of "ثلاثة أيام", "يومين", "يوم واحد"; None when vague."""
    if m["num"]:
        num = m["num"]
        count = int(num) if num.isdigit() else ctx.lex.lookup("cardinal", num)
        return count, ctx.lex.lookup("unit", m["unit"]).split(":")[0]
    unit, form = ctx.lex.lookup("unit", m["unit1"]).split(":")
    return {"one": (1, unit), "two": (2, unit)}.get(form)


def read_event_shift(m: re.Match, ctx: Context) -> Reading | None:
    """Days from the previous event, "بعد يومين", "قبل يومين من", "بعده بيوم واحد"."""
    counted = _count(m, ctx)
    if counted is None or counted[1] not in ("day", "week") or not _event_follows(m, ctx):
        return None
    days = counted[0] * (7 if counted[1] == "week" else 1)
    sign = -1 if ctx.lex.lookup("shift", m["shift"]).startswith("before") else 1
    return Reading(None, None, "event_relative", relative_days=sign * days, precision="day")


_NEXT_WORD = re.compile(r"[ \t]*(\w*)")


def _event_follows(m: re.Match, ctx: Context) -> bool:
    """Whether the word after "بعد يوم …" leaves it a shift rather than a noun phrase ("بعد يوم دموي")."""
    word = _NEXT_WORD.match(m.string, m.end())[1]
    if not word or word[0].isdigit():
        return True
    if m["num"] or m.end("unit1") < m.end() or not ctx.lex.lookup("unit", m["unit1"]).endswith(":one"):
        return True  # "يومين", "ثلاثة أيام", "يوم واحد": a verb may follow ("وبعد يومين ألغت")
    # A bare "يوم"/"أسبوع" followed by a noun or adjective heads a noun phrase: "بعد يوم دموي", "بعد يوم الجمعة".
    return word in _normed(ctx.lex, "event_follow") or word[0] in "وف"


def read_event_word(m: re.Match, ctx: Context) -> Reading:
    """A day named from the previous event, "اليوم التالي", "غداة"."""
    days = ctx.lex.lookup("event_relative", m["evword"])
    return Reading(None, None, "event_relative", relative_days=days, precision="day")


def read_relative_day(m: re.Match, ctx: Context) -> Reading:
    """A day named from the reference, "أمس", "اليوم (الاثنين)", "مساء أمس"."""
    value = ctx.ref + dt.timedelta(days=ctx.lex.lookup("relative_day", m["rel"]))
    return Reading(value, value, "relative", needs_reference=True, weekday_conflict=_conflict(m, ctx, value))


def read_ago(m: re.Match, ctx: Context) -> Reading | None:
    """A time before the reference, "قبل يومين", "منذ ثلاثة أشهر"."""
    counted = _count(m, ctx)
    if counted is None:
        return None
    count, unit = counted
    ref = ctx.ref
    if unit == "day":
        value = ref - dt.timedelta(days=count)
        span = (value, value)
    elif unit == "week":  # approximate: the calendar week holding reference - 7N (see data file)
        span = cal.week_span(ref - dt.timedelta(weeks=count), 0, ctx.lex.raw["calendar"]["week_start"])
    elif unit == "month":
        span = cal.month_span(*cal.add_months(ref.year, ref.month, -count))
    else:
        span = cal.year_span(ref.year - count)
    return Reading(*span, "relative", needs_reference=True)


def read_night(m: re.Match, ctx: Context) -> Reading:
    """A night from one day to the next, "ليل السبت-الأحد"."""
    first_wd, second_wd = ctx.lex.lookup("weekday", m["wd"]), ctx.lex.lookup("weekday", m["wd2"])
    first = cal.weekday_of(ctx.ref, first_wd, ctx.prefer)
    last = first + dt.timedelta(days=(second_wd - first_wd) % 7 or 7)
    return Reading(first, last, "relative", needs_reference=True, precision="day")


def read_weekday(m: re.Match, ctx: Context) -> Reading:
    """A weekday, "الخميس", "يوم الخميس الماضي", "مساء الأحد"."""
    value = cal.weekday_of(ctx.ref, ctx.lex.lookup("weekday", m["wd"]), _direction(m, ctx))
    return Reading(value, value, "relative", needs_reference=True)


READERS: dict[str, Callable[[re.Match, Context], Reading | None]] = {
    "stamp": read_stamp,
    "hijri_day": read_hijri_day,
    "hijri_month": read_hijri_month,
    "hijri_numeric": read_hijri_numeric,
    "numeric": read_numeric,
    "week_of_month": read_week_of_month,
    "week_of_noun": read_week_of_month,
    "day_span": read_day_span,
    "day_month": read_day_month,
    "day_of_noun": read_day_of_noun,
    "month_year": read_month_year,
    "years": read_years,
    "year": read_year,
    "month": read_month,
    "noun": read_noun,
    "event_word": read_event_word,
    "event_after": read_event_shift,
    "event_before": read_event_shift,
    "event_it": read_event_shift,
    "relative_day": read_relative_day,
    "ago": read_ago,
    "night": read_night,
    "weekday": read_weekday,
}
