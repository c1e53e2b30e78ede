"""A weak trigger (صواريخ، طائرات) in a clause with a strike verb in the past tense (صواريخ مجهولة استهدفت
قاعدة) tells the strike as done, as a strong trigger would: undated and without a side, it is kept at
its place. Not a definite one (الصواريخ استهدفت: told before), nor with a verb in the present."""

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
        ("وقالت مصادر محلية إن صواريخ مجهولة استهدفت قاعدة عسكرية قرب مدينة منبج.",
         [("shelling", None, "Manbij", None)]),
        ("وأفاد ناشطون بأن طائرات مجهولة قصفت مواقع في بلدة الباب بريف حلب.",
         [("airstrike", None, "Al-Bab", None)]),
    ],
    ids=["missiles-targeted-a-base", "aircraft-shelled-positions"],
)
def test_a_weak_trigger_with_a_past_strike_verb_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر محلية إن الصواريخ استهدفت قاعدة عسكرية قرب مدينة منبج.",
        "وتقصف طائرات مجهولة مواقع في بلدة الباب بريف حلب.",
    ],
    ids=["definite-told-before", "present-tense"],
)
def test_no_new_attack(text: str) -> None:
    assert _events(text) == []
