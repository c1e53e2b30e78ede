"""A plural settlement head (بلدات، قرى) names the places listed after it: a stop-listed name after it is a
place (بلدات الحارة وسملين), and a list of names the gazetteer lacks with the article after it, before the area
that anchors them, keeps the area and the written list (قرى البستان والشومرية شرقي درعا). A word after a plural
head that describes the places (قرى تسكنها، بلدات موالية، بضع بلدات فقط) is no name: neither a place the gazetteer
lacks nor a settlement anchored to the area; nor is a head or direction with the article after it (قرى المدينة،
بلدات المنطقة، قرى الشمال: the places of an area). Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.unknown import unknown_names
from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.place_text, e.place_unresolved)
            for e in extract_article(article(text, dt.date(2018, 7, 16)))]


def test_a_stop_listed_town_after_a_plural_head_is_the_place() -> None:
    text = "وقال المرصد إن قوات النظام سيطرت على بلدات الحارة وسملين وزمرين بعد اتفاق مع الفصائل."
    assert _events(text) == [("ground_attack", "Al-Harra", "الحارة", None)]


def test_villages_the_gazetteer_lacks_after_a_plural_head_keep_their_area() -> None:
    text = "وقال المرصد إن قوات النظام سيطرت على قرى البستان والشومرية شرقي درعا."
    assert _events(text) == [("ground_attack", "Daraa", "قرى البستان والشومرية شرقي درعا", None)]


@pytest.mark.parametrize(
    "text",
    ["وأطلقت الفصائل قذائف على قرى تسكنها أغلبية من الأقليات", "وقصفت المعارضة بلدات موالية للنظام"],
    ids=["a-verb", "an-adjective"],
)
def test_a_word_describing_the_places_after_a_plural_head_is_no_unknown_name(text: str) -> None:
    assert unknown_names(text) == []


def test_a_few_towns_outside_an_area_are_no_settlement_of_it() -> None:
    text = "ولم يعد التنظيم يتواجد سوى في بضع بلدات فقط في الغوطة الشرقية بعد غارات روسية."
    assert [e for e in _events(text) if e[0] == "airstrike"] == []


@pytest.mark.parametrize(
    "text",
    ["وقصفت قوات النظام أمس قرى المنطقة في ريف إدلب ما أدى إلى مقتل أربعة مدنيين.",
     "وقصفت قوات النظام أمس قرى الشمال في ريف إدلب ما أدى إلى مقتل أربعة مدنيين."],
    ids=["a-head", "a-direction"],
)
def test_the_places_of_an_area_after_a_plural_head_are_no_settlement_of_it(text: str) -> None:
    assert _events(text) == [("shelling", "Rural Idlib", "ريف إدلب", None)]
