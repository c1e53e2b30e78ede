"""A new front opened by a side (فتحت قوات النظام جبهة جديدة، فتحت الفصائل صباح الجمعة جبهة جديدة) is a ground attack
launched on its day, as the labelling guide calls a front opened inside a running offensive; weak, it needs a side or
a day. The war's new front (جبهة جديدة في الحرب) and a front only weighed are none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_a_front_opened_by_a_side_is_a_ground_attack_of_its_day() -> None:
    text = "قالت مصادر محلية إن قوات النظام فتحت جبهة جديدة على أطراف مدينة حماة يوم الأحد."
    assert _events(text) == [("ground_attack", "2016-08-07", "Ḩamāh", "Syrian army")]


def test_a_front_opened_with_its_side_and_day_between() -> None:
    text = "وفتحت الفصائل المسلحة صباح الجمعة جبهة جديدة قرب بلدة كفرنبل."
    assert _events(text) == [("ground_attack", "2016-08-12", "Kafranbel", "Syrian opposition")]


@pytest.mark.parametrize(
    "text",
    [
        "وقد فتحت تركيا جبهة جديدة في الحرب السورية الثلاثاء.",
        "وقد فتحت تركيا الثلاثاء جبهة جديدة في الحرب السورية.",
        "ويرى محللون أن فتح جبهة جديدة أمر مستبعد.",
    ],
    ids=["the-wars-new-front", "the-wars-new-front-its-day-between", "a-front-weighed"],
)
def test_no_front_opened_on_a_day_is_no_attack(text: str) -> None:
    assert _events(text) == []
