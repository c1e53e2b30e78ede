"""An attack told at night (ليلا، خلال الليل) without a day of its own, in a clause dated only by the day of the
report that tells it, happened in the night that ended on that day: the day before it and that day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أفاد المرصد السوري اليوم الأربعاء أن التنظيم قتل 12 مقاتلا في هجوم شنه ليلا على مواقع قرب مدينة الباب.",
         [("ground_attack", "2016-07-19", "2016-07-20", "range", "report", "Al-Bab")]),
        ("قصفت قوات النظام خلال الليل أحياء في مدينة دوما بعشرات القذائف، وفق ما أفاد المرصد السوري أمس.",
         [("shelling", "2016-07-18", "2016-07-19", "range", "report", "Dūmā")]),
        ("أفاد المرصد السوري اليوم الأربعاء أن التنظيم قتل 12 مقاتلا في هجوم شنه على مواقع قرب مدينة الباب.",
         [("ground_attack", "2016-07-20", "2016-07-20", "day", "publication", "Al-Bab")]),
        ("قتل 12 مقاتلا في هجوم شنه التنظيم ليلا على مواقع قرب مدينة الباب.",
         [("ground_attack", None, None, None, None, "Al-Bab")]),
        ("أفاد المرصد السوري اليوم الأربعاء أن التنظيم قتل 12 مقاتلا قبل أيام في هجوم شنه ليلا على مواقع قرب "
         "مدينة الباب.",
         [("ground_attack", None, None, None, None, "Al-Bab")]),
        ("قتل 12 مقاتلا الليلة الماضية في هجوم شنه التنظيم على مواقع قرب مدينة الباب.",
         [("ground_attack", "2016-07-19", "2016-07-20", "range", "publication", "Al-Bab")]),
        ("قتل 12 مقاتلا ليل أمس في هجوم شنه التنظيم على مواقع قرب مدينة الباب.",
         [("ground_attack", "2016-07-19", "2016-07-19", "day", "publication", "Al-Bab")]),
    ],
    ids=["night-in-what-the-report-says", "night-before-the-report-after-it", "no-night-word-the-report-s-day",
         "night-without-a-report-s-day", "a-vague-past", "a-night-of-its-own", "a-night-named-by-its-day"],
)
def test_an_attack_at_night_told_on_a_report_s_day(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
