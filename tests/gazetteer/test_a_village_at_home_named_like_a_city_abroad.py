"""A village head (بلدة، قرية) before a name that is also a city abroad, in news of Syria or Iraq, is the
village at home: the Syrian community where the gazetteer has it (Saida of Daraa, OCHA COD C5995), else no
place of that name (the event keeps the area the sentence names), never the city abroad the head does not
fit. With the city's own country named, or with a head that fits a city (مدينة), it stays the city.

Every sentence here was written for these tests.
"""

import datetime as dt

import pytest

import gazetteer
from tests.articles import article
from timeline.pipeline import extract_article

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision) for e in extract_article(article(text, dt.date(2018, 7, 5)))]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("سيطرت قوات النظام على مدينة درعا. وقتل ستة مدنيين اليوم الخميس جراء القصف على بلدة صيدا.",
         [("Dar‘ā", "town"), ("Saida (Daraa)", "village")]),
        ("قتل أربعة مدنيين اليوم الخميس في قصف جوي على بلدة إربد في ريف درعا الشرقي.", [("Rural Daraa", "region")]),
        ("قتل أربعة مدنيين اليوم الخميس في قصف على بلدة إربد الأردنية.", [("Irbid", "city")]),
    ],
    ids=["syrian-namesake", "no-namesake-keeps-the-area", "the-city-s-country-named"],
)
def test_the_village_head_in_syrian_news(text: str, places: list[tuple]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت قوات النظام بلدة صيدا في ريف درعا الشرقي", "Saida (Daraa)"),
        ("وصل الوفد إلى مدينة صيدا جنوب لبنان", "Sidon"),
        ("وصل الوفد إلى صيدا جنوب لبنان", "Sidon"),
    ],
)
def test_saida_and_sidon(text: str, name: str) -> None:
    assert next(m.chosen.name for m in gazetteer.find_places(text) if m.chosen) == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("تواصل القصف السوري على منطقة المرج ومحيط بلدة الشيفونية في الغوطة الشرقية",
         [("الشيفونية", "Al-Shifuniyah", "SY"), ("الغوطة الشرقية", "Eastern Ghouta", "SY")]),
        ("قصفت الطائرات منطقة المرج شرق بنغازي في ليبيا",
         [("المرج", "Al Marj", "LY"), ("بنغازي", "Benghazi", "LY"), ("ليبيا", "Libya", "LY")]),
        ("قصفت قوات النظام السوري مدينة حلب، فيما قتل خمسة جنود بانفجار عبوة ناسفة في منطقة القرم",
         [("حلب", "Aleppo", "SY"), ("القرم", "Crimea", "UA")]),
    ],
    ids=["an-area-of-the-ghouta", "the-libyan-town-with-its-country", "a-region-abroad-is-no-settlement"],
)
def test_an_area_head_before_a_town_abroad_in_syrian_news(text: str, names: list[tuple]) -> None:
    assert [(m.text, m.chosen.name, m.chosen.country) for m in gazetteer.find_places(text)] == names
