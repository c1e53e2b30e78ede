"""A capital told by its head and its country's adjective before its name (قرب العاصمة السورية دمشق،
جنوب العاصمة العراقية بغداد) keeps the head across the adjective: the relation written before the head
places the event near or at a direction from the city."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer import find_places
from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_text, e.place_relation)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت طائرات حربية فجر الأحد 7 آب 2016 مستودعا للذخيرة قرب العاصمة السورية دمشق.",
         [("Damascus", "العاصمة السورية دمشق", "near")]),
        ("وانفجرت سيارة مفخخة صباح الأحد 7 آب 2016 جنوب العاصمة العراقية بغداد وقتل فيها ستة مدنيين.",
         [("Baghdad", "العاصمة العراقية بغداد", "south")]),
        ("وقتل أربعة أشخاص في انفجار عبوة ناسفة في المدينة السورية حلب يوم الأحد 7 آب 2016.",
         [("Aleppo", "حلب", None)]),
    ],
    ids=["near-the-capital", "south-of-the-capital", "in-the-city"],
)
def test_the_relation_reaches_the_city_across_the_adjective(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


def test_the_head_stands_before_the_adjective() -> None:
    [match] = find_places("قرب العاصمة العراقية بغداد")
    assert (match.chosen.name, match.head, match.relation) == ("Baghdad", "العاصمة", "near")
