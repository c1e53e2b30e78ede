"""Rockets fired at a target tell an attack: a rocket in the accusative (أطلق التنظيم صاروخا) is a projectile
like the nominative, and a firing word four words before counted missiles fires them (أطلقت الولايات المتحدة
5 صواريخ) rather than launching a campaign (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_a_rocket_in_the_accusative_is_a_projectile() -> None:
    assert _events("وأطلق تنظيم داعش صاروخا على مدينة منبج يوم الأربعاء.") == [
        ("shelling", "2016-08-10", "Manbij", "ISIS")]


def test_a_firing_word_four_words_before_counted_missiles_fires_them() -> None:
    assert _events("أطلقت الولايات المتحدة 5 صواريخ على قاعدة عسكرية في مدينة منبج.") == [
        ("airstrike", None, "Manbij", "US")]
