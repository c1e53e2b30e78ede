"""A period phrase after a concessive word (رغم، على الرغم من: في الأشهر الماضية) tells the time of the other
happening conceded, not a total of the clause's attack: the attack told before it on its day stays an event. A
period phrase of the attack's own clause still tells a total."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 4, 29)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة جنود في هجوم شنه تنظيم داعش على موقع للجيش في دير الزور الأحد رغم وقوع هجمات مماثلة في الأشهر "
         "الماضية.",
         [("ground_attack", "2018-04-29", "day", "Deir ez-Zor", "ISIS", 5)]),
        ("هاجمت قوات النظام الأحد مواقع تنظيم داعش في دير الزور على الرغم من الهدوء الذي شهدته المنطقة في الأشهر "
         "الماضية.",
         [("ground_attack", "2018-04-29", "day", "Deir ez-Zor", "Syrian army", None)]),
        ("هاجمت قوات النظام مواقع تنظيم داعش في دير الزور مرارا في الأشهر الماضية.", []),
    ],
    ids=["despite-attacks-of-past-months", "despite-the-calm", "a-total-of-its-own"],
)
def test_a_period_told_after_despite_is_the_happening_conceded(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
