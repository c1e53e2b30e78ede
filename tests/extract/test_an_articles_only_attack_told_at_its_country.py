"""An article that tells no attack with a date or a place finer than a country keeps one told as done by the
side named before it, at the country where it struck and without a date expression (وكانت إسرائيل شنت قصفا
صاروخيا على مواقع في سوريا): undated, at that country, its tellings one event. Not beside another attack of the
article (it may tell that one again), nor a plural that may sum up a campaign (شنت روسيا غارات), nor an attack
without a named side."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_only_attack_is_kept_at_its_country_once() -> None:
    text = ("أكد مسؤولون أن الهدنة انهارت. وكانت إسرائيل شنت قصفا صاروخيا مكثفا على مواقع إيرانية في سوريا، "
            "وقال وزير الدفاع إن إسرائيل ضربت البنية التحتية الإيرانية في الأراضي السورية.")
    assert _events(text) == [("airstrike", None, "Syria", "country", "Israel")]


def test_a_side_that_shells_by_default() -> None:
    assert _events("وكانت تركيا قصفت مواقع للمسلحين في العراق.") == [("shelling", None, "Iraq", "country", "Turkey")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين في غارة على مدينة دوما يوم 10 آب 2016.\nوكانت روسيا شنت غارة على مواقع في سوريا.",
         [("airstrike", "2016-08-10", "Dūmā", "city", None)]),
        ("وكانت روسيا شنت غارات على مواقع في سوريا.", []),
        ("وكانت طائرات قصفت مواقع للتنظيم في سوريا.", []),
    ],
    ids=["beside-another-attack", "a-plural", "no-side-named"],
)
def test_no_attack_at_the_country(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
