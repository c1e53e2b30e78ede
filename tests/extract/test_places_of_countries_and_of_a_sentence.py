"""Event places: a country whose name is also an actor is the place where the text writes it as one; of
several countries the one written as a place locates the event, a list of them none; a clause without
a place of its own is told where its sentence's earlier event is; a dual countryside head names
governorates; the base aircraft took off from is no place of the strike.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.place_precision, e.country)
            for e in extract_article(article(text, dt.date(2015, 7, 30), "a3", "AFP"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة جنود أمس في هجوم بعبوة ناسفة في جنوب شرق تركيا.", ("bombing", "Turkey", "country", "TR")),
        ("قتل جندي أمس في هجوم على دورية في جنوب إسرائيل.", ("ground_attack", "Israel", "country", "IL")),
    ],
    ids=["turkey", "israel"],
)
def test_an_actor_country_written_as_a_place_is_the_place(text, expected):
    assert _places(text) == [expected]


def test_of_two_countries_the_one_written_as_a_place_locates():
    text = "وقتل عشرة مدنيين أمس في غارات على مواقع في ليبيا، بحسب وسائل إعلام مصر."
    assert _places(text) == [("airstrike", "Libya", "country", "LY")]


def test_a_list_of_countries_locates_none():
    text = "ضرب الإرهاب أمس ثلاث مدن في الكويت وتونس وفرنسا."
    assert [p[1] for p in _places(text)] == [None]


def test_a_country_the_place_neighbours_is_only_its_reference():
    text = "قتل خمسة مدنيين أمس في غارة على بلدة قرب الحدود، في البلد المجاور لتركيا، داخل الأراضي السورية."
    assert _places(text) == [("airstrike", "Syria", "country", "SY")]


def test_a_clause_without_a_place_is_told_at_its_sentence_event():
    text = "قصفت طائرات حربية أمس مدينة دوما، في حين استهدفت مدفعية النظام حقولا زراعية مجاورة."
    assert _places(text) == [("airstrike", "Dūmā", "city", "SY"), ("shelling", "Dūmā", "city", "SY")]


def test_a_clause_without_a_place_takes_none_from_another_sentence():
    text = "قصفت طائرات حربية أمس مدينة دوما. واستهدفت مدفعية النظام أمس حقولا زراعية."
    assert _places(text) == [("airstrike", "Dūmā", "city", "SY"), ("shelling", None, None, None)]


def test_a_dual_countryside_locates_each_governorate():
    """Strikes on the countrysides of two governorates far apart are an attack on each."""
    text = "قتل 12 مدنيا أمس في غارات روسية على قرى في ريفي حماة وإدلب."
    events = extract_article(article(text, dt.date(2015, 7, 30), "a3", "AFP"))
    assert [(e.place, e.place_precision, e.admin1, e.place_text) for e in events] == [
        ("Hama", "governorate", "Hama", "حماة"), ("Idlib", "governorate", "Idlib", "وإدلب")]


def test_a_base_five_words_before_is_where_aircraft_took_off():
    text = "قصفت مقاتلات أقلعت من القاعدة الجوية في ديار بكر أمس مواقع للتنظيم في سوريا."
    assert _places(text) == [("airstrike", "Syria", "country", "SY")]
