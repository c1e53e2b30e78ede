"""A settlement the text places in an area of another governorate (بلدة س بريف درعا) far from the
gazetteer's settlement of that name is a namesake the gazetteer lacks: the event is located by the
area, keeping the written toponym, never at the namesake; so is one the text places in a governorate
written with its head (بمحافظة درعا) far from it, or in a city written with a city's head (بمدينة حلب), after a
quarter's head (حي س في بعقوبة) or of another country, or abroad at a direction from a city (الحسينية شمالي
بغداد); a settlement at a direction from a city of its own country in its own governorate's area or city,
or in a governorate or city written bare, whose point says too little of its extent, stays; a city told in
another clause, after a comma and a count or a word of the dead or the wounded glued to و (بلدة سراقب، وثلاثة في
مدينة حماة), places nothing in it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision, e.place_text) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("written", "area"),
    [("بلدة داعل في ريف حلب", "Rural Aleppo"), ("بلدة المرجانية الغربية بريف درعا", "Rural Daraa")],
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
    ("written", "city"),
    [("حي الخالدية بمدينة حلب", "Aleppo"), ("حي اليرموك في بعقوبة", "Baqubah"),
     ("حيي اليرموك والأملاك في بعقوبة", "Baqubah"), ("بلدة الحضر في دمشق", "Damascus")],
    ids=["city-head", "quarter-head", "dual-quarter-head", "another-country"],
)
def test_a_namesake_in_a_city_is_located_by_the_city(written: str, city: str) -> None:
    text = f"قتل خمسة مدنيين في غارات جوية على {written} يوم الخميس."
    assert _places(text) == [(city, "city", written)]


def test_a_namesake_abroad_at_a_direction_from_a_city_is_located_by_the_city() -> None:
    text = "قتل خمسة مدنيين في تفجير عبوة ناسفة في بلدة الحسينية شمالي الموصل يوم الخميس."
    assert [(e.place, e.place_relation, e.place_text) for e in extract_article(article(text, dt.date(2016, 8, 12)))] \
        == [("Mosul", "north", "بلدة الحسينية شمالي الموصل")]


def test_a_settlement_of_another_governorate_at_a_direction_from_a_city_stays() -> None:
    text = "قتل خمسة مدنيين في غارات جوية على مدينة معرة النعمان جنوب مدينة حلب يوم الخميس."
    assert _places(text)[0][0] == "Maarat al-Numan"


@pytest.mark.parametrize(
    ("written", "place"),
    [("حي الوعر في مدينة حمص", "Al-Waer"), ("قضاء بلدروز في بعقوبة", "Baladrūz"), ("بلدة داعل في حلب", "Dā‘il")],
    ids=["own-city", "own-governorate", "bare-city-of-another-governorate"],
)
def test_a_settlement_in_a_city_of_its_own_governorate_or_written_bare_stays(written: str, place: str) -> None:
    text = f"قتل خمسة مدنيين في غارات جوية على {written} يوم الخميس."
    assert _places(text)[0][0] == place


@pytest.mark.parametrize(
    "written", ["بلدة القصير في محافظة حمص", "مدينة مورك في محافظة إدلب"], ids=["own", "near-the-border"])
def test_a_settlement_in_its_own_or_a_near_headed_governorate_stays(written: str) -> None:
    text = f"قتل خمسة مدنيين في غارات جوية على {written} يوم الخميس."
    assert _places(text)[0][1] == "town"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين أمس في غارات جوية على بلدة سراقب، وثلاثة في مدينة حماة.",
         [("Saraqib", "town", "سراقب"), ("Ḩamāh", "city", "حماة")]),
        ("قتل خمسة مدنيين أمس في غارات جوية على بلدة سراقب، وعشرة في قصف على مدينة حماة.",
         [("Saraqib", "town", "سراقب"), ("Ḩamāh", "city", "حماة")]),
        ("قتل خمسة مدنيين أمس في غارات جوية على بلدة سراقب، وأصيب عشرة في قصف على مدينة حماة.",
         [("Saraqib", "town", "سراقب"), ("Ḩamāh", "city", "حماة")]),
    ],
    ids=["counted-again", "own-trigger", "wounded"],
)
def test_a_settlement_and_a_city_of_another_clause_are_two_places(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_a_namesake_at_a_direction_after_a_comma_is_still_located_by_the_city() -> None:
    text = "قتل خمسة مدنيين في تفجير عبوة ناسفة في منطقة الحسينية، شمالي الموصل يوم الخميس."
    assert [(e.place, e.place_relation) for e in extract_article(article(text, dt.date(2016, 8, 12)))] \
        == [("Mosul", "north")]


def test_the_first_of_a_list_of_villages_far_from_the_area_after_the_list_is_a_namesake() -> None:
    text = "قتل ثلاثة مدنيين في قصف مروحي على قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم بسهل الغاب أمس."
    assert _places(text)[0][0] == "Al-Ankawi"
