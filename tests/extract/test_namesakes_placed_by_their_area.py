"""A settlement the text places in an area of another governorate (بلدة س بريف درعا) far from the
gazetteer's settlement of that name is a namesake the gazetteer lacks: the event is located by the
area, keeping the written toponym, never at the namesake; so is one the text places in a governorate
written with its head (بمحافظة درعا) far from it; a settlement in its own governorate's area, or in a
governorate written bare, whose point says too little of its extent, stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision, e.place_text) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("written", "area"),
    [("بلدة داعل في ريف حلب", "Rural Aleppo"), ("بلدة الغارية الغربية بريف درعا", "Rural Daraa")],
    ids=["in", "proclitic-after-an-unknown-word"],
)
def test_a_namesake_in_another_governorate_is_located_by_its_area(written: str, area: str) -> None:
    text = f"قتل خمسة مدنيين في غارات جوية على {written} يوم الخميس."
    assert _places(text) == [(area, "region", written)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل خمسة مدنيين في غارات جوية على بلدة داعل في ريف درعا يوم الخميس.", "Dā‘il"),
        ("قتل خمسة مدنيين في غارات جوية على مدينة جرابلس في ريف حلب يوم الخميس.", "Jarābulus"),
        ("قتل خمسة مدنيين في قصف على مخيم اليرموك في ريف دمشق يوم الخميس.", "al-Yarmūk"),
        ("قتل خمسة مدنيين في قصف على مدينة مورك في ريف إدلب يوم الخميس.", "Mūrak"),
    ],
    ids=["own-area", "own-area-far-from-its-point", "governorate", "near-the-border-of-the-area"],
)
def test_a_settlement_in_its_own_area_or_a_governorate_stays(text: str, place: str) -> None:
    assert _places(text)[0][0] == place


@pytest.mark.parametrize(
    ("written", "governorate"),
    [("بلدة القصير بمحافظة درعا", "Daraa"), ("بلدة داعل في محافظة حلب", "Aleppo")],
    ids=["proclitic-head", "in-head"],
)
def test_a_namesake_in_a_governorate_written_with_its_head_is_located_by_it(written: str, governorate: str) -> None:
    text = f"قتل خمسة مدنيين في غارات جوية على {written} يوم الخميس."
    assert _places(text) == [(governorate, "governorate", written)]


@pytest.mark.parametrize(
    "written", ["بلدة القصير في محافظة حمص", "مدينة مورك في محافظة إدلب"], ids=["own", "near-the-border"])
def test_a_settlement_in_its_own_or_a_near_headed_governorate_stays(written: str) -> None:
    text = f"قتل خمسة مدنيين في غارات جوية على {written} يوم الخميس."
    assert _places(text)[0][1] == "town"
