"""A village the news names for a strike near a city (غارة قرب دمشق استهدفت مركزا في جمرايا) is the
event's place, finer than the city it is written near; the gazetteer's supplement holds the villages the
news names often (their coordinates cite their source)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("شنت طائرات حربية أمس غارة قرب دمشق استهدفت مركزا للأبحاث في جمرايا.", ("Jamraya", "village")),
        ("قصفت قوات النظام أمس المزارع المحيطة بمخيم خان الشيح بريف دمشق الغربي.", ("Khan al-Shih", "town")),
    ],
    ids=["near-a-city", "in-a-rural-area"],
)
def test_the_village_is_the_place(text: str, place: tuple) -> None:
    assert _places(text) == [place]
