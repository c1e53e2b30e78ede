"""A reply phrase written with quote marks inside it (جاءت "كرد قوي" على، «ردا» على) is a reply phrase: what it
names after it is the answered attack's, and its town is not where the reply struck."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 4, 16)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('وشنت الولايات المتحدة غارات على مواقع في سوريا السبت جاءت "كرد قوي" على الهجوم الكيماوي في مدينة دوما.',
         [("airstrike", "2018-04-14", "Syria", "US")]),
        ("وقصفت المدفعية التركية مواقع في العراق أمس «ردا» على هجوم في ولاية هكاري.",
         [("shelling", "2018-04-15", "Iraq", "Turkey")]),
        ('وشنت الولايات المتحدة غارات على مواقع في سوريا السبت جاءت "كرد قوي" على الهجوم الكيماوي في 7 نيسان.',
         [("airstrike", "2018-04-14", "Syria", "US")]),
    ],
    ids=["quoted-phrase", "quoted-word", "quoted-phrase-before-a-date"],
)
def test_a_quoted_reply_turns_to_the_attack_answered(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
