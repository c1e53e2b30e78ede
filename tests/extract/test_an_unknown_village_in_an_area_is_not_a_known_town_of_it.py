"""A village the gazetteer lacks, placed only by the area it names (قرية س بريف حلب), and a town the gazetteer
knows in that area, told in two sentences, are two attacks, as two known villages are; a nameless head (بلدة في
الريف), a village placed beside a city, or villages told as lying in a direction from the known town (قرى شرق مدينة
درعا) are not told apart."""

from __future__ import annotations

import datetime as dt

from gazetteer import PlaceMatch
from tests.articles import article
from timeline.extract.placing import headed_as_a_village
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.place_precision, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_an_unknown_village_of_the_area_is_its_own_attack() -> None:
    text = ("وقتل تسعة أشخاص في غارات شنتها طائرات النظام على مدينة منبج بريف حلب الشرقي. "
            "كما شنت طائرات النظام غارات على قرية أبو زريق في ريف حلب الغربي.")
    assert _events(text) == [("airstrike", "Manbij", "town", "Syrian army", 9),
                             ("airstrike", "Rural Aleppo", "region", "Syrian army", None)]


def test_unknown_villages_east_of_a_town_are_the_villages_told_east_of_it() -> None:
    text = ("وقال المرصد إن قوات الحكومة سيطرت على قرى شرق مدينة درعا. "
            "وأضاف المرصد أن قوات الحكومة سيطرت على قريتي أبو زريق والمزيرعة شرقي درعا.")
    assert _events(text) == [("ground_attack", "Dar‘ā", "town", "Syrian army", None)]


def _place(text: str) -> PlaceMatch:
    return PlaceMatch(start=0, end=len(text), text=text, candidates=(), chosen=None, reason="")


def test_a_village_head_needs_a_name_after_it() -> None:
    assert headed_as_a_village(_place("قرية أبو زريق في ريف حلب"))
    assert not headed_as_a_village(_place("بلدة في الغوطة الشرقية"))
    assert not headed_as_a_village(_place("منطقة أبو زريق في ريف حلب"))
    assert not headed_as_a_village(_place("مدينة أبو زريق"))
