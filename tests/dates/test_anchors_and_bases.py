"""What a date is read against (`date_basis`, anchors), ranges joined from two dates, the mention's JSON forms."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline.dates import find_dates
from timeline.models import DateMention

REF = dt.date(2016, 7, 20)


def basis(text: str, reference: dt.date | None = REF) -> list[tuple]:
    """(text, first day, last day, date_basis, anchor text) of every mention."""
    return [
        (
            m.text,
            m.value and m.value.isoformat(),
            m.end_value and m.end_value.isoformat(),
            m.date_basis,
            text[m.anchor_start : m.anchor_end] if m.anchor_start is not None else None,
        )
        for m in find_dates(text, reference)
    ]


def test_each_basis_says_what_the_value_was_read_against() -> None:
    text = "قصفت الطائرات البلدة في 3 آذار 2016 وأمس، وبعد يومين عاد القصف"
    assert basis(text) == [
        ("3 آذار 2016", "2016-03-03", "2016-03-03", "explicit", None),
        ("أمس", "2016-07-19", "2016-07-19", "reference", None),
        ("بعد يومين", "2016-07-21", "2016-07-21", "anchor", "أمس"),
    ]


def test_without_a_reference_the_relative_ones_and_their_followers_have_no_value() -> None:
    assert basis("قصفت الطائرات البلدة أمس، وبعد يومين عاد القصف", None) == [
        ("أمس", None, None, None, None),
        ("بعد يومين", None, None, None, None),
    ]


ANCHORS = [
    # the nearest single day written before, on the same line
    ("day-before", "في 5 آب 2016 قصفت، وفي اليوم التالي عادت", "اليوم التالي", "2016-08-06", "5 آب 2016"),
    ("chain", "في 5 آب 2016 قصفت، وفي اليوم التالي عادت، وبعد يومين انسحبت", "بعد يومين", "2016-08-08",
     "اليوم التالي"),
    ("named-after", "قصفت عشية 22 كانون الأول 2016 الأحياء", "عشية", "2016-12-21", "22 كانون الأول 2016"),
    ("named-holiday", "قصفت عشية عيد الأضحى عام 2015", "عشية", "2015-09-22", "عيد الأضحى عام 2015"),
    ("count-of-named-date", "انتشرت قبل ثلاثة أيام من 28 يناير 2011", "قبل ثلاثة أيام", "2011-01-25", "28 يناير 2011"),
    ("it", "أعلن عن الاتفاق في 17 ديسمبر 2015، وقبل ذلك بأسبوع التقى الطرفان", "قبل ذلك بأسبوع", "2015-12-10",
     "17 ديسمبر 2015"),
]


@pytest.mark.parametrize(("text", "span", "iso", "anchor"), [r[1:] for r in ANCHORS], ids=[r[0] for r in ANCHORS])
def test_event_relative_days_count_from_their_anchor(text: str, span: str, iso: str, anchor: str) -> None:
    found = {m[0]: m for m in basis(text)}
    assert found[span] == (span, iso, iso, "anchor", anchor)


NO_ANCHOR = [
    ("nothing-before", "وفي اليوم التالي عادت الطائرات", "اليوم التالي"),
    ("other-line", "في 5 آب 2016 قصفت الطائرات البلدة.\nوفي اليوم التالي عادت", "اليوم التالي"),
    ("named-event", "في 5 آب 2016 قصفت، وبعد يومين من الهجوم انسحبت", "بعد يومين"),
    ("named-event-word", "في 5 آب 2016 قصفت غداة الهجوم على المدينة", "غداة"),
    ("range-before", "من 5 آب 2016 حتى 9 آب 2016 قصفت، وبعد يومين انسحبت", "بعد يومين"),
    ("a-year-named", "وفي نفس اليوم من عام 1990 استؤنفت العلاقات", "نفس اليوم"),
]


@pytest.mark.parametrize(("text", "span"), [r[1:] for r in NO_ANCHOR], ids=[r[0] for r in NO_ANCHOR])
def test_event_relative_days_without_an_anchor_stay_unresolved(text: str, span: str) -> None:
    (mention,) = [m for m in find_dates(text, REF) if m.text == span]
    assert (mention.kind, mention.value, mention.date_basis) == ("event_relative", None, None)
    assert mention.anchor_start is None
    assert mention.relative_days is not None


def test_a_bare_month_or_year_noun_is_that_of_the_date_before_it() -> None:
    assert basis("تصاعد القصف في نيسان 2016، وفي الثاني والعشرين من الشهر سقطت القذائف")[1] == (
        "الثاني والعشرين من الشهر", "2016-04-22", "2016-04-22", "anchor", "نيسان 2016"
    )
    assert basis("سيطر التنظيم على المدينة في حزيران 2014، ومع نهاية العام امتد")[1] == (
        "نهاية العام", "2014-09-01", "2014-12-31", "anchor", "حزيران 2014"
    )


@pytest.mark.parametrize("text", ["نهاية الشهر", "في العشرين من الشهر", "الربع الثاني من العام", "آخر خميس من الشهر"])
def test_a_bare_month_or_year_noun_without_a_date_before_is_no_date(text: str) -> None:
    assert find_dates(text, REF) == []


YEAR_CARRY = [
    ("same-year", "بدأت الحملة في 20 آذار 2003، وسقطت المدينة في التاسع من نيسان", "2003-04-09"),
    ("next-year", "بدأت المعركة في 17 تشرين الأول 2016، وفي 24 كانون الثاني أعلن النصر", "2017-01-24"),
    ("flashback", "قتل في 19 أيار 2016 جندي. وكان قد أصيب في 2 آذار", "2016-03-02"),
    ("after-hijri", "صرفت الرواتب في 28 رمضان 1436 هـ، وفي 2 أغسطس عادت الدوائر", "2015-08-02"),
]


@pytest.mark.parametrize(("text", "iso"), [r[1:] for r in YEAR_CARRY], ids=[r[0] for r in YEAR_CARRY])
def test_a_yearless_day_after_a_full_date_is_the_one_nearest_it(text: str, iso: str) -> None:
    mentions = find_dates(text)
    assert (mentions[-1].value.isoformat(), mentions[-1].date_basis) == (iso, "anchor")
    assert mentions[-1].anchor_start == mentions[0].start


JOINED = [
    ("full-dates", "من 5 آذار 2016 حتى 10 نيسان 2016", [("5 آذار 2016 حتى 10 نيسان 2016", "2016-03-05", "2016-04-10")]),
    ("years", "من عام 2011 إلى عام 2014", [("عام 2011 إلى عام 2014", "2011-01-01", "2014-12-31")]),
    ("weekdays-between", "بين الخميس والسبت", [("الخميس والسبت", "2016-07-14", "2016-07-16")]),
    ("weekdays-listed", "الخميس والسبت",
     [("الخميس", "2016-07-14", "2016-07-14"), ("السبت", "2016-07-16", "2016-07-16")]),
    ("until-today", "منذ أول أيام عيد الفطر حتى اليوم", [("أول أيام عيد الفطر حتى اليوم", "2016-07-06", "2016-07-20")]),
    ("backwards", "من 10 نيسان 2016 حتى 5 آذار 2016", [("10 نيسان 2016", "2016-04-10", "2016-04-10"),
                                                    ("5 آذار 2016", "2016-03-05", "2016-03-05")]),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in JOINED], ids=[r[0] for r in JOINED])
def test_two_dates_joined_as_a_range_are_one_mention_from_the_first(text: str, expected: list[tuple]) -> None:
    assert [(m.text, m.value.isoformat(), m.end_value.isoformat()) for m in find_dates(text, REF)] == expected


def test_the_command_line_form_keeps_the_first_keys_and_adds_the_new_fields() -> None:
    (first, second) = find_dates("في 3 آذار 2016 وبعد يومين")
    assert list(second.to_public_dict()) == [
        "text", "start", "end", "date", "end_date", "precision", "kind", "weekday_conflict", "needs_reference",
        "relative_days", "date_basis", "anchor_start", "anchor_end",
    ]
    assert second.to_public_dict() | {"text": None} == {
        "text": None, "start": 16, "end": 25, "date": "2016-03-05", "end_date": "2016-03-05", "precision": "day",
        "kind": "event_relative", "weekday_conflict": False, "needs_reference": False, "relative_days": 2,
        "date_basis": "anchor", "anchor_start": first.start, "anchor_end": first.end,
    }


def test_a_mention_with_an_anchor_round_trips_through_its_record_form() -> None:
    (_, mention) = find_dates("في 3 آذار 2016 وبعد يومين")
    assert DateMention.from_dict(json.loads(json.dumps(mention.to_dict(), ensure_ascii=False))) == mention


FOLLOWING = [
    ("month", "دخلت القوات تدمر في 27 آذار 2016، وفي مطلع الشهر التالي سيطرت", "2016-04-01", "2016-04-10"),
    ("day", "بدأت الهدنة في 27 شباط 2016، وفي الثالث من الشهر التالي خرقت", "2016-03-03", "2016-03-03"),
    ("week", "وصل الوفد في 5 آب 2016 وغادر في الأسبوع التالي", "2016-08-06", "2016-08-12"),
    ("year", "أعلن عن الخطة في أيار 2015، وفي العام التالي نفذت", "2016-01-01", "2016-12-31"),
]


@pytest.mark.parametrize(("text", "first", "last"), [r[1:] for r in FOLLOWING], ids=[r[0] for r in FOLLOWING])
def test_the_following_month_week_or_year_is_the_one_after_the_anchor(text: str, first: str, last: str) -> None:
    mentions = find_dates(text, REF)
    assert (mentions[1].value.isoformat(), mentions[1].end_value.isoformat(), mentions[1].date_basis) == (
        first, last, "anchor"
    )


def test_the_following_month_without_a_date_before_is_no_date() -> None:
    assert find_dates("وفي مطلع الشهر التالي سيطرت", REF) == []
