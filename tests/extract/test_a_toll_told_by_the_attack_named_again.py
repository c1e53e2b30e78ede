"""A toll told by a definite noun naming the attack again, in its sentence or the next, without a date or a
place of its own (وأسفرت الغارات عن مقتل 15), is the toll of the attack told just before it; not of one of
another side, not through a word naming only a weapon or an aircraft (واستهدف طيران التحالف ... مقتل 29), and it
makes no attack an event that was not one without it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات الروسية أمس غارات على مدينة سراقب. وأسفرت الغارات عن مقتل 15 مدنيا وإصابة 20 آخرين.",
         [("airstrike", "2016-08-11", "Saraqib", "Russia", 15)]),
        ("شنت الطائرات الروسية أمس غارات على مدينة سراقب. وأسفر القصف عن مقتل 15 مدنيا.",
         [("airstrike", "2016-08-11", "Saraqib", "Russia", 15)]),
        ("انفجرت سيارة مفخخة أمس في مدينة منبج، وقال المرصد إن التفجير أسفر عن مقتل 7 أشخاص.",
         [("bombing", "2016-08-11", "Manbij", None, 7)]),
    ],
    ids=["the-strikes-caused", "the-shelling-caused", "the-bombing-caused-in-its-sentence"],
)
def test_the_toll_is_the_attack_s(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_toll_told_in_the_attack_s_clause_comes_first() -> None:
    text = ("قتل 35 شخصا أمس في قصف على سوق مدينة منبج. وسقطت القذيفة على السوق، وقالت الوكالة إن القصف أسفر عن مقتل "
            "20 شخصا على الفور.")
    assert [e[4] for e in _events(text)] == [35]


def test_no_toll_through_an_aircraft_word() -> None:
    text = ("شنت طائرات التحالف أمس غارات على بلدة الأتارب. واستهدف طيران التحالف تجمعات للمسلحين في محيط قاعدة "
            "العند ما أدى إلى مقتل 29.")
    assert [e[4] for e in _events(text)] == [None]
