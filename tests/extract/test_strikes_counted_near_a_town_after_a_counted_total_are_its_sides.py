"""Strikes counted near a town in a sentence that names no side (وقال البيان إن ست غارات قرب الفلوجة دمرت مواقع
...، فضلا عن قصف ثلاث غارات قرب كركوك) are the detail of the total the sentence before counts: they take its one side
not in a target position, and the day it writes after its report word (the coalition's daily statements). Not when
the sentence before counts no strikes or names two sides, nor for strikes told in a town, not near it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

TOTAL = "نفذت قوات التحالف الدولي 15 غارة جوية ضد أهداف للتنظيم في العراق أمس، تركزت على أهداف قرب الفلوجة. "
DETAIL = ("وقال البيان اليوم إن ست غارات قرب الفلوجة دمرت مواقع للتنظيم، فضلا عن قصف ثلاث غارات لمخازن أسلحة قرب "
          "كركوك.")
COALITION = "International coalition"


def _events(text: str) -> list[tuple]:
    return [(e.place, e.date, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOTAL + DETAIL, [("Al Fallūjah", "2016-08-11", COALITION), ("Kirkuk", "2016-08-11", COALITION)]),
        ("قصفت قوات التحالف الدولي أهدافا للتنظيم قرب الفلوجة أمس. " + DETAIL,
         [("Al Fallūjah", "2016-08-11", COALITION), ("Kirkuk", "2016-08-12", None)]),
        (TOTAL.replace("التحالف الدولي", "التحالف الدولي والجيش العراقي") + DETAIL,
         [("Al Fallūjah", "2016-08-11", COALITION), ("Kirkuk", "2016-08-12", None)]),
        (TOTAL + DETAIL.replace("قرب", "في"),
         [("Al Fallūjah", "2016-08-11", COALITION), ("Kirkuk", "2016-08-12", None)]),
    ],
    ids=["the-side-and-day-of-the-total", "no-count-before", "two-sides-before", "in-a-town-not-near"],
)
def test_strikes_counted_near_a_town_take_the_totals_side(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
