"""A chemical attack is typed ``other`` whatever carried it: aircraft that strike with a chemical weapon
(قصفت طائرات النظام البلدة بغاز الكلور، شنت مروحيات هجوما كيماويا، هجمات جوية كيماوية) tell a chemical attack.
Air strikes on chemical weapons sites, after a chemical attack, or told not to have been chemical stay airstrikes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقصفت طائرات النظام بلدة اللطامنة بغاز الكلور يوم الاثنين.",
            [("other", "2016-08-08", "Al-Lataminah", "Syrian army")],
        ),
        (
            "وشنت مروحيات النظام هجوما كيماويا على بلدة اللطامنة يوم الاثنين.",
            [("other", "2016-08-08", "Al-Lataminah", "Syrian army")],
        ),
        (
            "وقالت الدول الغربية إن الحكومة شنت هجمات جوية كيماوية على بلدة اللطامنة يوم الاثنين.",
            [("other", "2016-08-08", "Al-Lataminah", None)],
        ),
        (
            "وشنت طائرات أمريكية غارات على مواقع أسلحة كيماوية قرب مدينة حمص يوم الاثنين.",
            [("airstrike", "2016-08-08", "Homs", "US")],
        ),
        (
            "وشنت طائرات أمريكية غارات على مواقع قرب مدينة حمص يوم الاثنين بعد هجوم كيماوي اتهم به النظام.",
            [("airstrike", "2016-08-08", "Homs", "US")],
        ),
        (
            "وقال أطباء إن غارات طائرات النظام على بلدة اللطامنة يوم الاثنين لم تكن بغاز الكلور.",
            [("airstrike", "2016-08-08", "Al-Lataminah", "Syrian army")],
        ),
    ],
    ids=[
        "struck-with-chlorine", "a-chemical-attack-launched-by-helicopters", "chemical-air-attacks",
        "strikes-on-chemical-sites", "strikes-after-a-chemical-attack", "strikes-told-not-chemical",
    ],
)
def test_the_type(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
