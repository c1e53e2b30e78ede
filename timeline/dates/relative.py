"""Readers of dates counted from the reference or from an event.

From the reference: "أمس", "بكرة", weekdays, "الأسبوع الماضي", "قبل ثلاثة
أيام", "خلال الأيام الخمسة الماضية", nights. From an event ("بعد يومين",
"في اليوم التالي"): a pending reading that `anchors` resolves against the
date the text gives it, or leaves unresolved.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from timeline.dates import calendar as cal
from timeline.dates.lexicon import Lexicon, norm_word
from timeline.dates.numbers import number_value
from timeline.dates.reading import (
    DELTA,
    Context,
    Reading,
    anchor_month,
    anchor_year,
    conflict,
    delta_of,
    direction,
    group,
    led_by,
    next_word,
    part,
    pending_noun,
)


def read_noun(m: re.Match, ctx: Context) -> Reading | None:
    """The reference's week, month or year, "الأسبوع الماضي", "مطلع العام الجاري", "العام قبل الماضي";
    a bare "نهاية الشهر" is the end of the month the text is telling of."""
    delta = delta_of(m, ctx)
    lex, noun = ctx.lex, " ".join(m["noun"].split())
    is_week = noun in lex.normed("week")
    ref = ctx.ref
    if delta is None and is_week and m["range"] and not m["this"] and not group(m, "follow"):
        return _bare_week_part(m, ctx)
    if delta is None:
        return _anchored_noun(m, ctx, noun)
    if is_week:
        span = cal.week_span(ref, delta, _week_start(lex, ref, delta))
        if m["range"]:
            return Reading(*part(m, ctx, span, "week"), "relative", needs_reference=True)
        return Reading(*span, "relative", needs_reference=True, precision="week")
    if noun in lex.normed("month"):
        span = part(m, ctx, cal.month_span(*cal.add_months(ref.year, ref.month, delta)), "month")
    else:
        span = part(m, ctx, cal.year_span(ref.year + delta), "year")
    return Reading(*span, "relative", needs_reference=True)


def _week_start(lex: Lexicon, ref: dt.date, delta: int) -> int:
    """The ISO weekday a week `delta` weeks from the reference's own starts on: a past one's (الأسبوع الماضي) from
    ``past_week_start`` unless `ref` is a day of ``past_week_kept_on``, the others' from ``week_start`` (see the
    data file)."""
    spec = lex.raw["calendar"]
    past = delta < 0 and ref.isoweekday() not in spec["past_week_kept_on"]
    return spec["past_week_start" if past else "week_start"]


def _bare_week_part(m: re.Match, ctx: Context) -> Reading:
    """"مطلع الأسبوع", "نهاية الأسبوع" with no week named: that part of the reference's own week; when it
    is still to come and the text tells of the past, that part of the week before ("نهاية الأسبوع" in
    Monday's report of a strike is the end of the week that has just ended; in a report of Sunday to
    Tuesday, the weekend just past, `_weekend_just_past`)."""
    weekend = _weekend_just_past(m, ctx)
    if weekend:
        return Reading(*weekend, "relative", needs_reference=True)
    week_start = ctx.lex.raw["calendar"]["week_start"]
    first, last = part(m, ctx, cal.week_span(ctx.ref, 0, week_start), "week")
    if ctx.prefer == "past" and first > ctx.ref:
        first, last = part(m, ctx, cal.week_span(ctx.ref, -1, week_start), "week")
    return Reading(first, last, "relative", needs_reference=True)


def _weekend_just_past(m: re.Match, ctx: Context) -> cal.Span | None:
    """A bare "نهاية الأسبوع" told of the past in a report of a day of ``[weekend] reported_on`` (Sunday to
    Tuesday): the Friday to the Sunday before the report, under both weekend conventions; else None."""
    spec = ctx.lex.raw["weekend"]
    if ctx.prefer != "past" or ctx.ref.isoweekday() not in spec["reported_on"]:
        return None
    if norm_word(m["range"]) not in {norm_word(word) for word in spec["words"]}:
        return None
    last = cal.weekday_of(ctx.ref, spec["last_weekday"], "past")
    return last - dt.timedelta(days=(spec["last_weekday"] - spec["first_weekday"]) % 7), last


def _anchored_noun(m: re.Match, ctx: Context, noun: str) -> Reading | None:
    """A bare "الشهر"/"العام" with a range word ("نهاية الشهر"), or one followed by "التالي" ("الشهر
    التالي", "الأسبوع التالي"): that of the anchor, or the next one; a bare noun alone is no date."""
    lex, follow = ctx.lex, group(m, "follow")
    is_week = noun in lex.normed("week")
    if not (follow or (m["range"] and not is_week)):
        return None
    if ctx.anchor is None:
        return pending_noun()
    if is_week:
        if ctx.anchor[0] != ctx.anchor[1]:
            return None
        span = cal.week_span(ctx.anchor[0], 1, lex.raw["calendar"]["week_start"])
        if m["range"]:
            return Reading(*part(m, ctx, span, "week"), "relative")
        return Reading(*span, "relative", precision="week")
    if noun in lex.normed("month"):
        year, month = anchor_month(ctx, m)
        return None if year is None else Reading(*part(m, ctx, cal.month_span(year, month), "month"), "relative")
    year = anchor_year(ctx, m)
    return None if year is None else Reading(*part(m, ctx, cal.year_span(year), "year"), "relative")


def _count(m: re.Match, ctx: Context) -> tuple[int, str] | None:
    """Return (count, unit) of "ثلاثة أيام", "يومين", "يوم واحد", "خمسة عشر يوما"; None when vague."""
    if m["num"]:
        num = m["num"]
        count = int(num) if num.isdecimal() else number_value(num, ctx.lex)
        if not count:
            return None
        return count, ctx.lex.lookup("unit", m["unit"]).split(":")[0]
    unit, form = ctx.lex.lookup("unit", m["unit1"]).split(":")
    return {"one": (1, unit), "two": (2, unit)}.get(form)


def read_event_shift(m: re.Match, ctx: Context) -> Reading | None:
    """Days from an event, "بعد يومين", "قبل يومين من", "بعده بيوم واحد"."""
    counted = _count(m, ctx)
    if counted is None or counted[1] not in ("day", "week") or not (group(m, "by") or _event_follows(m, ctx)):
        return None  # a bare "بعد يوم" may head a noun phrase ("بعد يوم دموي"), "بعده بيوم" never
    if m["unit1"] and led_by(m, ctx, "repeated_unit"):
        return None  # "يوما بعد يوم": day after day
    if group(m, "about"):
        return None  # "بعد نحو عشرة أيام من الهجوم": no one day from the event (see data file)
    before = ctx.lex.lookup("shift", m["shift"]).startswith("before")
    if before and not group(m, "by") and not _before_an_event(m, ctx, counted[1]):
        return None  # "قبل يومين من منزله", "قبل يومين على الأقل": days before the reference, read by `read_ago`
    days = counted[0] * (7 if counted[1] == "week" else 1)
    return Reading(None, None, "event_relative", relative_days=-days if before else days, precision="day",
                   pending="event")


_WORDS = re.compile(r"[^\W\d_]+")


def _before_an_event(m: re.Match, ctx: Context, unit: str) -> bool:
    """Whether a count after "قبل" counts back from the event named after it: "من" not introducing a
    place ("قبل أسبوع من الهجوم", not "من منزله"), or, after a count of days, a link of `days_before_link`
    not introducing a minimum ("قبل يومين على الانتخابات", not "على الأقل")."""
    words = _WORDS.findall(m.string, m.end(), m.end() + 40)
    if len(words) < 2:
        return False
    if words[0] in ctx.lex.normed("of"):
        return not _from_place(m, ctx)
    return unit == "day" and words[0] in ctx.lex.normed("days_before_link") and (
        words[1] not in ctx.lex.normed("not_after_before_link"))


def _counts_back(m: re.Match, ctx: Context) -> bool:
    """Whether an "ago" match opens with a word of before ("قبل يومين", not "منذ يومين")."""
    words = _WORDS.findall(m.group(0))
    return bool(words) and norm_word(words[0]) in {norm_word(w) for w in ctx.lex.raw["shifts"]["before"]}


def _from_place(m: re.Match, ctx: Context) -> bool:
    """Whether "من" after the match introduces a place ("من منزله"), not the event counted from."""
    words = _WORDS.findall(m.string, m.end(), m.end() + 40)
    if len(words) < 2 or words[0] not in ctx.lex.normed("of"):
        return False
    word = words[1]
    stems = ctx.lex.normed("from_place")
    suffixes = ctx.lex.normed("pronoun_suffixes")
    return word in stems or any(word.endswith(s) and word[: -len(s)] in stems for s in suffixes)


def _event_follows(m: re.Match, ctx: Context) -> bool:
    """Whether the word after "بعد يوم …" leaves it a shift rather than a noun phrase ("بعد يوم دموي")."""
    word = next_word(m)
    if not word or word[0].isdecimal():
        return True
    if m["num"] or m.end("unit1") < m.end() or not ctx.lex.lookup("unit", m["unit1"]).endswith(":one"):
        return True  # "يومين", "ثلاثة أيام", "يوم واحد": a verb may follow ("وبعد يومين ألغت")
    # A bare "يوم"/"أسبوع" followed by a noun or adjective heads a noun phrase: "بعد يوم دموي", "بعد يوم الجمعة".
    return word in ctx.lex.normed("event_follow") or word[:1] in ctx.lex.normed("conjunctions")


def _heads_a_noun(m: re.Match, ctx: Context) -> bool:
    """Whether a bare "يوم"/"شهر"/"عام" after "قبل"/"منذ" heads a noun phrase: followed by a word
    with the article ("قبل يوم الانتخابات"), a weekday, a month or a day named from the reference;
    not by a relative pronoun ("قبل أسبوع الذي": a week ago, and what happened then)."""
    if m["num"] or m.end("unit1") < m.end() or not ctx.lex.lookup("unit", m["unit1"]).endswith(":one"):
        return False
    word = next_word(m)
    lex = ctx.lex
    return bool(word) and word not in lex.normed("relative_pronouns") and (
        any(word.startswith(a) for a in lex.normed("article"))
        or any(word in lex.tables[t] for t in ("weekday", "month", "hijri_month", "relative_day"))
    )


def read_event_word(m: re.Match, ctx: Context) -> Reading:
    """A day named from an event, "اليوم التالي", "غداة"."""
    days = ctx.lex.lookup("event_relative", m["evword"])
    return Reading(None, None, "event_relative", relative_days=days, precision="day", pending="event")


def read_event_span(m: re.Match, ctx: Context) -> Reading:
    """Days named from an event, "الليلة التالية", "اليومين التاليين": offsets from its last day."""
    first, last = ctx.lex.lookup("event_span", m["evspan"])
    return Reading(None, None, "event_relative", relative_days=first, relative_end_days=last, precision="range",
                   pending="event")


def read_relative_day(m: re.Match, ctx: Context) -> Reading:
    """A day named from the reference, "أمس", "اليوم (الاثنين)", "مساء أمس", "امبارح بالليل"; a second one in
    brackets is the paper's own reading of the first, taken from an agency ("فجر اليوم (أمس)": yesterday)."""
    value = ctx.ref + dt.timedelta(days=ctx.lex.lookup("relative_day", m["rel2"] or m["rel"]))
    return Reading(value, value, "relative", needs_reference=True, weekday_conflict=conflict(m, ctx, value))


def read_relative_night(m: re.Match, ctx: Context) -> Reading:
    """A night named from the reference, "الليلة الماضية", "ليلة أمس (الخميس)": the day it begins on and
    the next; a weekday written beside it may name either. A night named by its day ("ليلة أمس", "ليلة أول من
    أمس") is that day, unless the weekday beside it names the next."""
    first = ctx.ref + dt.timedelta(days=ctx.lex.lookup("relative_night", m["nrel"]))
    last = first + dt.timedelta(days=1)
    named = m["wd"] and ctx.lex.lookup("weekday", m["wd"])
    if named != last.isoweekday() and " ".join(m["nrel"].split()) in ctx.lex.tables["named_day_night"]:
        return Reading(first, first, "relative", needs_reference=True,
                       weekday_conflict=bool(named) and named != first.isoweekday())
    return Reading(first, last, "relative", needs_reference=True,
                   weekday_conflict=bool(named) and named not in (first.isoweekday(), last.isoweekday()))


def read_ago(m: re.Match, ctx: Context) -> Reading | None:
    """A time before the reference, "قبل يومين", "منذ ثلاثة أشهر", "اعتقل قبل يومين من منزله"."""
    counted = _count(m, ctx)
    if counted is None or _heads_a_noun(m, ctx) or next_word(m) in ctx.lex.normed("and_a_half"):
        return None  # "منذ يوم الاثنين": since Monday; "قبل شهر رمضان": before Ramadan; "قبل أسبوع ونصف"
    if (next_word(m) in ctx.lex.normed("of") or _counts_back(m, ctx)) and _before_an_event(m, ctx, counted[1]):
        return None  # "قبل يومين على الانتخابات": read by `read_event_shift`
    count, unit = counted
    ref = ctx.ref
    if unit == "day" and group(m, "about"):  # "قبل نحو عشرة أيام": the days around, never one (see data file)
        spread = dt.timedelta(days=math.ceil(count * ctx.lex.raw["calendar"]["about_days_spread"]))
        day = ref - dt.timedelta(days=count)
        return Reading(day - spread, day + spread, "relative", needs_reference=True, precision="range")
    if unit == "day":
        value = ref - dt.timedelta(days=count)
        return Reading(value, value, "relative", needs_reference=True)
    if unit == "week":  # approximate: the calendar week holding reference - 7N (see data file)
        span = cal.week_span(ref - dt.timedelta(weeks=count), 0, ctx.lex.raw["calendar"]["week_start"])
        return Reading(*span, "relative", needs_reference=True, precision="week")
    if unit == "month":
        span = cal.month_span(*cal.add_months(ref.year, ref.month, -count))
    else:
        span = cal.year_span(ref.year - count)
    return Reading(*span, "relative", needs_reference=True)


def read_past_span(m: re.Match, ctx: Context) -> Reading | None:
    """The days from the reference back (or ahead) a count of units, "خلال الأيام الخمسة الماضية" =
    the reference and the five days before it, "اليومين الماضيين", "الأشهر الستة المقبلة"."""
    lex = ctx.lex
    if m["sdual"]:
        count, unit = 2, lex.lookup("span_unit", m["sdual"]).split(":")[0]
    else:
        num, word = (m["snum"], m["sunit"]) if m["snum"] else (m["snum2"], m["sunit2"])
        count = int(num) if num.isdecimal() else number_value(num, lex)
        key = " ".join(word.split())
        unit = (lex.tables["span_unit"].get(key) or lex.lookup("unit", key)).split(":")[0]
    if not count or count < 2:
        return None
    which, period = lex.lookup("span_qualifier", m["squal"]), _period(m, ctx)
    if period:
        return _part_of_period(period, count, unit, which)
    if which == "first":
        return None  # "الأيام الخمسة الأولى" of what?
    sign = DELTA[which]
    ref = ctx.ref
    if unit in ("day", "week"):
        other = ref + dt.timedelta(days=sign * count * (7 if unit == "week" else 1))
    else:
        other = cal.shift_months(ref, sign * count * (12 if unit == "year" else 1))
    return Reading(min(ref, other), max(ref, other), "relative", needs_reference=True, precision="range")


def _period(m: re.Match, ctx: Context) -> tuple[cal.Span, str] | None:
    """The year or month after "من" of a span ("من عام 2017", "من العام الجاري") and its kind."""
    if m["pyear"]:
        return cal.year_span(int(m["pyear"])), "absolute"
    noun = m["pnoun"] or m["pnoun2"]
    if not noun:
        return None
    delta = DELTA[ctx.lex.lookup("qualifier", m["pqual"])] if m["pqual"] else 0
    ref = ctx.ref
    if " ".join(noun.split()) in ctx.lex.normed("month"):
        return cal.month_span(*cal.add_months(ref.year, ref.month, delta)), "relative"
    return cal.year_span(ref.year + delta), "relative"


def _part_of_period(period: tuple[cal.Span, str], count: int, unit: str, which: str) -> Reading | None:
    """The first or last `count` units of a period ("الأشهر الثلاثة الأخيرة من عام 2017")."""
    (first, last), kind = period
    if which == "future" or unit == "year":
        return None

    def shifted(day: dt.date, n: int) -> dt.date:
        if unit in ("day", "week"):
            return day + dt.timedelta(days=n * (7 if unit == "week" else 1))
        return cal.shift_months(day, n)

    if which == "first":
        start, end = first, min(last, shifted(first, count) - dt.timedelta(days=1))
    else:
        start, end = max(first, shifted(last + dt.timedelta(days=1), -count)), last
    return Reading(start, end, kind, needs_reference=kind == "relative")


#: Two weekdays after a night word with no link between them (ليل الجمعة الأحد) are one night's days when at
#: most this many days apart.
UNLINKED_NIGHT_DAYS = 2


def read_night(m: re.Match, ctx: Context) -> Reading | None:
    """A night from one day to the next, "ليل السبت-الأحد", "ليل الأحد الاثنين"; without a link only two
    days that follow each other, or after ليل (`night_across`) stand `UNLINKED_NIGHT_DAYS` apart (ليل الجمعة
    الأحد, a slip of the pen: the days as written, never one of them)."""
    first_wd, second_wd = ctx.lex.lookup("weekday", m["wd"]), ctx.lex.lookup("weekday", m["wd2"])
    apart = (second_wd - first_wd) % 7
    across = norm_word(m.group(0)).split()[0] in ctx.lex.normed("night_across")
    if m["link"] is None and apart != 1 and not (across and apart <= UNLINKED_NIGHT_DAYS):
        return None
    first = cal.weekday_of(ctx.ref, first_wd, ctx.prefer)
    last = first + dt.timedelta(days=(second_wd - first_wd) % 7 or 7)
    return Reading(first, last, "relative", needs_reference=True)


def after_midnight(m: re.Match, ctx: Context) -> bool:
    """The mention is a midnight led by "after" (بعد منتصف ليل الأحد): the night of Saturday to Sunday or
    of Sunday to Monday, read as the two-day night of the day and the next, as "ليل الأحد - الاثنين" is;
    not the first day of a night of two written out (بعد منتصف ليل السبت - الأحد)."""
    text = norm_word(m.group(0))
    if not any(text.startswith(word + " ") for word in ctx.lex.normed("midnight")):
        return False
    rest = norm_word(m.string[m.end() : m.end() + 24]).lstrip()
    nexts = [rest] + [rest[len(link) :].lstrip() for link in ctx.lex.normed("night_link") if rest.startswith(link)]
    second_day = any(n.split() and n.split()[0].strip("،,.") in ctx.lex.tables["weekday"] for n in nexts)
    return led_by(m, ctx, "after_midnight") and not second_day


def read_weekday(m: re.Match, ctx: Context) -> Reading | None:
    """A weekday, "الخميس", "يوم الخميس الماضي", "مساء الأحد", "الخميس قبل الماضي"; not "صلاة الجمعة"."""
    if led_by(m, ctx, "not_before_weekday"):
        return None
    wd = ctx.lex.lookup("weekday", m["wd"])
    value = cal.weekday_of(ctx.ref, wd, direction(m, ctx))
    if m["qual"] and ctx.lex.lookup("qualifier", m["qual"]) == "before_past":
        value -= dt.timedelta(weeks=1)
    if after_midnight(m, ctx):  # بعد منتصف ليل الأحد: the night before or after Sunday, both days kept
        return Reading(value, value + dt.timedelta(days=1), "relative", needs_reference=True)
    return Reading(value, value, "relative", needs_reference=True)


def is_anchor_word(text: str, ctx: Context) -> bool:
    """Whether an event-relative mention begins with a word always followed by its event ("غداة")."""
    words = norm_word(text).split()
    return bool(words) and words[0] in ctx.lex.normed("followed_by_anchor")
