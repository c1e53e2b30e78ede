"""An attack on a village, town or airbase that the packages lack but the supplement holds (a Syrian
community by its OCHA p-code, a Turkish town by GeoNames, Khan Bani Saad by a public page) is placed
there, not at the coarser governorate, country or city the sentence also names."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision) for e in extract_article(article(text, dt.date(2015, 8, 1)))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قصفت قوات النظام أمس بلدة بسقلا في ريف إدلب ما أدى إلى مقتل ثلاثة مدنيين.", ("Basqala", "village")),
        ("شن الطيران الحربي أمس غارات على بلدة الشيفونية في الغوطة الشرقية.", ("Al-Shifuniyah", "town")),
        ("قتل شرطيان أمس في هجوم مسلح على مركز للشرطة في مدينة بوزانتي جنوب تركيا.", ("Pozantı", "town")),
        ("قتل عشرات أمس في تفجير سيارة مفخخة في سوق خان بني سعد بمحافظة ديالى.", ("Khan Bani Saad", "town")),
        ("قصفت طائرات إسرائيلية أمس قاعدة تيفور الجوية في ريف حمص.", ("Tiyas (T4) airbase", "point")),
    ],
    ids=["idlib-village", "ghouta-town", "turkish-town", "diyala-town", "airbase-without-article"],
)
def test_the_attack_is_placed_at_the_village(text: str, place: tuple) -> None:
    assert _places(text) == [place]
