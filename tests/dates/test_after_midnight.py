""""After midnight" of a day's night (بعد منتصف ليل الأحد) may be the night before the day or the one after
it: it is the two-day night of the day and the next, as "ليل الأحد - الاثنين" is; a night of two days written
out keeps both, and a midnight without "after", or of ليلة, keeps its own day. "After midnight" told bare (قصفت القوات
بعد منتصف الليل أحياء المدينة) is the small hours since the last midnight: the reference day, as "فجر اليوم" is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from tests.dates.ranges import WEDNESDAY, ranges
from timeline.pipeline import extract_article

REF = WEDNESDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت سيارة مفخخة بعد منتصف ليل الأحد قرب السوق",
         [("منتصف ليل الأحد", "2016-07-17", "2016-07-18", "range")]),
        ("وبعد منتصف ليل الاثنين، قصفت المدفعية الحي", [("منتصف ليل الاثنين", "2016-07-18", "2016-07-19", "range")]),
        ("بعد منتصف ليل السبت الماضي هاجم مسلحون حاجزا",
         [("منتصف ليل السبت الماضي", "2016-07-16", "2016-07-17", "range")]),
    ],
    ids=["sunday", "monday-with-conjunction", "with-qualifier"],
)
def test_after_midnight_is_the_night_of_the_day_and_the_next(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دوى انفجار منتصف ليل الأحد في المدينة", [("منتصف ليل الأحد", "2016-07-17", "2016-07-17", "day")]),
        ("دوى انفجار بعد منتصف ليلة الأحد في المدينة", [("منتصف ليلة الأحد", "2016-07-17", "2016-07-17", "day")]),
        ("قصفت الطائرات البلدة بعد منتصف ليل السبت-الأحد",
         [("منتصف ليل السبت-الأحد", "2016-07-16", "2016-07-17", "range")]),
    ],
    ids=["midnight-without-after", "eve-of-the-day", "night-of-two-days"],
)
def test_other_midnights_keep_their_days(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


def test_an_air_strike_after_midnight_is_dated_to_the_two_day_night() -> None:
    text = "قتل أربعة مدنيين في غارة جوية على مدينة إدلب بعد منتصف ليل الأحد، بحسب المرصد السوري."
    events = extract_article(article(text, dt.date(2016, 7, 19)))
    assert [(e.event_type, e.date, e.date_end, e.place, e.killed) for e in events] == [
        ("airstrike", "2016-07-17", "2016-07-18", "Idlib", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت قوات النظام بعد منتصف الليل أحياء المدينة بالصواريخ",
         [("بعد منتصف الليل", "2016-07-20", "2016-07-20", "day")]),
        ("وبعد منتصف الليل، أغارت الطائرات على البلدة", [("بعد منتصف الليل", "2016-07-20", "2016-07-20", "day")]),
        ("دوى انفجار في منتصف الليل قرب السوق", []),
    ],
    ids=["bare-after-midnight", "with-conjunction", "midnight-without-after-is-unread"],
)
def test_a_bare_after_midnight_is_the_reference_day(text: str, expected: list[tuple]) -> None:
    assert ranges(text) == expected


def test_missiles_after_midnight_are_dated_to_the_publication_day() -> None:
    text = "قال مدير المرصد إن قوات النظام استهدفت بعد منتصف الليل أحياء مدينة درعا بأكثر من 50 صاروخا."
    events = extract_article(article(text, dt.date(2018, 6, 25)))
    assert [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place) for e in events] == [
        ("shelling", "2018-06-25", "2018-06-25", "day", "publication", "Dar‘ā")]
