"""A re-mention is also a trigger noun made definite by the noun after it (ضربات التحالف، هجوم
منبج), and the date of the report or statement that names it is no date of its own: such a
mention completes the event it names and never makes one alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتختبئ العناصر في الأنفاق من ضربات التحالف في مدينة منبج.", []),
        ("وتختبئ العناصر في الأنفاق من ضربات جوية في مدينة منبج.", [("airstrike", None, "Manbij", None, None)]),
        ("وقتل 3 مدنيين في غارات التحالف على مدينة منبج.", [("airstrike", None, "Manbij", 3, None)]),
        ("قصفت طائرات روسية مدينة منبج يوم 10 آب 2016 وقتل 5 مدنيين. وتحدث مسؤول عن ضربات الطيران الروسي "
         "على مدينة منبج.", [("airstrike", "2016-08-10", "Manbij", 5, "Russia")]),
    ],
    ids=["construct-alone", "indefinite-tells-one", "construct-with-a-toll", "construct-completes-its-event"],
)
def test_a_trigger_in_construct_is_a_remention(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأعربت الوزارة في بيان الثلاثاء عن استنكارها للقصف التركي على مدينة منبج.", []),
        ("وأفاد المرصد الثلاثاء بأن القصف التركي على مدينة منبج أوقع 4 قتلى.",
         [("shelling", "2016-08-09", "Manbij", 4, "Turkey")]),
        ("وشنت الطائرات التركية الثلاثاء غارات على مدينة منبج.",
         [("airstrike", "2016-08-09", "Manbij", None, "Turkey")]),
    ],
    ids=["statement-date-is-not-its-own", "toll-tells-an-event", "own-date-tells-an-event"],
)
def test_a_report_date_gives_a_remention_no_date(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
