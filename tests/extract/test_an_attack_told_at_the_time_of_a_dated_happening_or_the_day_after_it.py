"""An attack without a day of its own told at the same time as another happening whose day its sentence writes
(غارات ... تزامنا مع زيارة الوزير إلى دمشق الخميس، بالتزامن مع انعقاد مؤتمر جنيف الخميس) was that day (basis
``event_relative``); so is one after a clause opening with the concurrence with a meeting (وتزامنا مع جلسة التفاوض
الأخيرة الجمعة، استكملت القوات سيطرتها: a meeting's day otherwise dates no attack). An attack the day after a
happening told with its day in a phrase opening its clause (وغداة مقتل القائد الخميس، شنت ...) is the next day, never
that day; so are the days counted after one (وبعد يومين من وصول الوزير الأحد، شنت ...: the Tuesday). A report
between the phrase and the day, or a day of the attack's own, keeps the attack's date as told."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

#: A Wednesday: الخميس is 14 July, الجمعة 15 July, السبت 16 July.
PUBLISHED = dt.date(2016, 7, 20)
STRIKES = "شنت الطائرات الحربية غارات على مدينة الرقة"


def _dated(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        f"{STRIKES} تزامنا مع زيارة الوزير إلى دمشق الخميس.",
        f"{STRIKES} بالتزامن مع انعقاد مؤتمر جنيف الخميس.",
    ],
    ids=["with-a-visit", "with-a-conference"],
)
def test_an_attack_at_the_time_of_a_dated_happening_after_it_is_that_day(text: str) -> None:
    assert _dated(text) == [("airstrike", "2016-07-14", "2016-07-14", "day", "event_relative")]


def test_an_undated_attack_at_the_time_of_a_dated_one_after_it_is_that_day() -> None:
    assert _dated(f"{STRIKES} تزامنا مع غارات على مدينة دير الزور الخميس.") == [
        ("airstrike", "2016-07-14", "2016-07-14", "day", "event_relative"),
        ("airstrike", "2016-07-14", "2016-07-14", "day", "publication")]


def test_a_clause_opening_with_the_concurrence_with_a_meeting_takes_its_day() -> None:
    text = "وتزامنا مع جلسة التفاوض الأخيرة الجمعة، استكملت قوات النظام سيطرتها على بلدة نصيب."
    assert _dated(text) == [("ground_attack", "2016-07-15", "2016-07-15", "day", "publication")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وغداة مقتل القائد الخميس، شنت الطائرات الحربية غارات على مدينة الرقة.",
         ("airstrike", "2016-07-15", "2016-07-15", "day", "event_relative")),
        (f"{STRIKES} غداة مقتل القائد الخميس.", ("airstrike", "2016-07-15", "2016-07-15", "day", "event_relative")),
        ("وغداة مقتل القائد الخميس، شنت الطائرات الحربية السبت غارات على مدينة الرقة.",
         ("airstrike", "2016-07-16", "2016-07-16", "day", "publication")),
        ("وبعد يومين من وصول الوزير الأحد، شنت الطائرات الحربية غارات على مدينة الرقة.",
         ("airstrike", "2016-07-19", "2016-07-19", "day", "event_relative")),
    ],
    ids=["an-opening-phrase", "after-the-trigger", "a-day-of-its-own", "two-days-after"],
)
def test_an_attack_the_day_after_a_dated_happening_is_the_next_day(text: str, expected: tuple) -> None:
    assert _dated(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        f"{STRIKES} تزامنا مع زيارة الوزير، بحسب ما أفاد المرصد الخميس.",
        f"{STRIKES} وسط تحركات دبلوماسية تزامنا مع زيارة الوزير إلى دمشق.",
        f"{STRIKES} تزامنا مع زيارة الوزير إلى دمشق التي بدأت منذ الأحد.",
    ],
    ids=["a-report-between", "no-day-told", "the-day-it-began-since"],
)
def test_no_day_of_the_happening_gives_none(text: str) -> None:
    assert _dated(text) == [("airstrike", None, None, None, None)]
