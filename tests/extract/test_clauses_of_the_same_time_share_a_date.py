"""A clause opened by a word of simultaneity (فيما، بينما، في حين، كما، في الوقت ذاته) tells what happened at the
same time as the dated event before it in its sentence: without a date of its own it takes that
date (basis ``lead``); with one of its own it keeps it, and other openings lend nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "opening",
    ["فيما", "بينما", "في حين", "كما", "وفي الوقت ذاته", "وفي الوقت نفسه", "وفي نفس الوقت"],
)
def test_a_clause_of_the_same_time_takes_the_date_before_it(opening: str) -> None:
    text = (f"قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، {opening} قتل ثلاثة جنود في انفجار عبوة "
            "ناسفة في مدينة منبج.")
    assert _events(text) == [
        ("airstrike", "2016-08-10", "day", "publication", "Al-Atarib", None),
        ("bombing", "2016-08-10", "day", "lead", "Manbij", 3),
    ]


def test_a_clause_with_its_own_date_keeps_it() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، فيما قتل ثلاثة جنود في انفجار عبوة ناسفة "
            "في مدينة منبج يوم الخميس.")
    assert _events(text) == [
        ("airstrike", "2016-08-10", "day", "publication", "Al-Atarib", None),
        ("bombing", "2016-08-11", "day", "publication", "Manbij", 3),
    ]


def test_a_clause_after_another_opening_lends_no_date() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، لكن ثلاثة جنود قتلوا في انفجار عبوة ناسفة "
            "في مدينة منبج.")
    assert _events(text) == [
        ("airstrike", "2016-08-10", "day", "publication", "Al-Atarib", None),
        ("bombing", None, None, None, "Manbij", 3),
    ]


def test_the_date_of_another_sentence_is_not_lent() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء. فيما قتل ثلاثة جنود في انفجار عبوة ناسفة "
            "في مدينة منبج.")
    assert _events(text) == [
        ("airstrike", "2016-08-10", "day", "publication", "Al-Atarib", None),
        ("bombing", None, None, None, "Manbij", 3),
    ]


def test_a_statement_lends_no_date_to_what_is_told_beside_it() -> None:
    text = ("قال الوزير الأربعاء إن سقوط الضحايا في مدينة منبج غير مقبول، كما دان بشدة قصف مدينة دوما، "
            "خاصة أن روسيا تقف متفرجة.")
    assert [(e[0], e[1]) for e in _events(text)] == [("statement", "2016-08-10"), ("airstrike", None)]


def test_a_clause_of_the_same_time_takes_its_sentence_date_before_the_lead_date() -> None:
    text = ("قتل عشرة مدنيين أمس في غارات جوية على مدينة إدلب وبلدة تفتناز. وأفاد ناشطون بأن قوات النظام قصفت ليل "
            "الثلاثاء - الأربعاء بلدة بنش، كما قصف الطيران المروحي بلدة تفتناز.")
    assert _events(text) == [
        ("airstrike", "2016-08-11", "day", "publication", "Idlib", 10),
        ("shelling", "2016-08-09", "range", "publication", "Binnish", None),
        ("airstrike", "2016-08-09", "range", "lead", "Taftanāz", None),
    ]


def test_the_day_a_going_on_began_is_not_the_time_of_the_clause_after_it() -> None:
    text = ("نفذ الطيران الحربي عشر ضربات منذ صباح أمس على مناطق في مدينة الأتارب، كما قصفت قوات النظام مناطق في"
            " مدينة منبج.")
    assert _events(text) == [
        ("airstrike", "2016-08-11", "day", "publication", "Al-Atarib", None),
        ("shelling", None, None, None, "Manbij", None),
    ]
