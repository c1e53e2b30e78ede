"""A name the gazetteer lacks begun by a word that begins only settlements' names (تل، كفر، خربة: gazetteer cues
`name_prefix` settlement), written before an area (تل الشيخ حسين في ريف درعا), is a settlement the gazetteer lacks,
as one after a village head is (قرية س بريف حلب): the attack there is told precisely though its area places it, so
a capture or a shelling with its side is kept undated; a known name (تل رفعت) keeps its own place, and sites spread
over the area (مواقع في ريف درعا) stay out (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.place_text, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استعادت فصائل المعارضة السيطرة على تل الشيخ حسين في ريف درعا الشرقي.",
         [("ground_attack", None, "Rural Daraa", "region", "تل الشيخ حسين في ريف درعا", "Syrian opposition")]),
        ("قصفت فصائل المعارضة بقذائف الهاون تل الشيخ حسين الخاضع لسيطرة النظام في ريف درعا.",
         [("shelling", None, "Rural Daraa", "region", "تل الشيخ حسين الخاضع لسيطرة النظام في ريف درعا",
           "Syrian opposition")]),
        ("سيطرت قوات النظام على خربة المنصورية في ريف إدلب الجنوبي.",
         [("ground_attack", None, "Rural Idlib", "region", "خربة المنصورية في ريف إدلب", "Syrian army")]),
        ("قصفت طائرات روسية تل رفعت في ريف حلب الشمالي.",
         [("airstrike", None, "Tall Rif‘at", "town", "تل رفعت", "Russia")]),
        ("قصفت فصائل المعارضة بقذائف الهاون مواقع في ريف درعا.", []),
    ],
    ids=["a-hill-captured", "a-hill-shelled", "a-hamlet-captured", "a-known-town-keeps-its-place",
         "sites-over-the-area-stay-out"],
)
def test_a_hill_or_hamlet_named_in_an_area_is_a_settlement_it_lacks(text: str, expected: list) -> None:
    assert _events(text) == expected
