"""Rockets fired at a target tell an attack (أطلقت جماعة 20 صاروخا على مواقع، بإطلاق صواريخ على المدينة) though no
strike verb, toll or actor does; a rocket in the accusative (أطلق التنظيم صاروخا) is a projectile like the
nominative, and a firing word four words before counted missiles fires them (أطلقت الولايات المتحدة 5 صواريخ)
rather than launching a campaign. A rocket fired at nothing named may be a test, and the firing named again
with the article (إطلاق الصواريخ على المدينة) is one told before (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأطلقت جماعة مجهولة 20 صاروخا يوم الأربعاء على مواقع عسكرية في مدينة منبج.",
         [("shelling", "2016-08-10", "Manbij", None)]),
        ("وردت جماعة مجهولة بإطلاق صواريخ ليلا من الجنوب على مدينة منبج يوم الأربعاء.",
         [("shelling", "2016-08-10", "Manbij", None)]),
        ("وشهدت المنطقة يوم الأربعاء إطلاق عشرات الصواريخ على مدينة منبج.",
         [("shelling", "2016-08-10", "Manbij", None)]),
    ],
    ids=["counted-rockets-in-the-accusative", "rockets-fired-from-afar", "tens-of-the-rockets"],
)
def test_rockets_fired_at_a_target_are_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وأطلقت جماعة مجهولة يوم الأربعاء صواريخ في تجربة جديدة قرب مدينة منبج.",
        "وتحدث الوزير يوم الأربعاء عن إطلاق الصواريخ على مدينة منبج.",
    ],
    ids=["fired-at-no-target", "the-firing-named-again"],
)
def test_rockets_fired_at_no_target_or_named_again_are_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_rocket_in_the_accusative_is_a_projectile() -> None:
    assert _events("وأطلق تنظيم داعش صاروخا على مدينة منبج يوم الأربعاء.") == [
        ("shelling", "2016-08-10", "Manbij", "ISIS")]


def test_a_firing_word_four_words_before_counted_missiles_fires_them() -> None:
    assert _events("أطلقت الولايات المتحدة 5 صواريخ على قاعدة عسكرية في مدينة منبج.") == [
        ("airstrike", None, "Manbij", "US")]
