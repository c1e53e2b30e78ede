"""A place the gazetteer does not know, written after its head and followed by its country's adjective (قرية
س السورية، منطقة س البحرينية), places the event in that country, its text kept, unless the clause names a
finer place; a country named after it (وإيران) is not where the attack was. منطقة names a place only so:
followed by no country adjective it names none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.country, e.place_text, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 30)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل ثلاثة أشخاص أمس في غارة جوية على قرية بلابلا السورية.",
         [("airstrike", "2015-07-29", "Syria", "SY", "قرية بلابلا السورية", 3)]),
        ("وقتل شرطيان أمس في انفجار عبوة ناسفة في منطقة كرزكان البحرينية.",
         [("bombing", "2015-07-29", "Bahrain", "BH", "منطقة كرزكان البحرينية", 2)]),
        ("وعن علاقة بين التفجير الذي وقع الثلاثاء الماضي في منطقة كرزكان البحرينية، وإيران، لم يعلق الوزير.",
         [("bombing", "2015-07-28", "Bahrain", "BH", "منطقة كرزكان البحرينية", None)]),
    ],
    ids=["a-syrian-village", "a-bahraini-area", "not-the-country-named-after-it"],
)
def test_the_adjective_places_the_event_in_its_country(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


def test_a_finer_place_of_the_clause_stays_its_place() -> None:
    [event] = extract_article(article("وقتل ثلاثة أشخاص أمس في غارة جوية على قرية بلابلا السورية قرب مدينة حلب.",
                                      dt.date(2015, 7, 30)))
    assert (event.place, event.place_relation) == ("Aleppo", "near")


def test_an_area_without_a_country_adjective_names_no_place() -> None:
    [event] = extract_article(article("وقتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في منطقة كرزكان.",
                                      dt.date(2015, 7, 30)))
    assert (event.place, event.place_text) == (None, None)


def test_an_adjective_not_agreeing_with_the_head_is_another_nouns() -> None:
    [event] = extract_article(article(
        "وقتل ثلاثة مدنيين أمس في قصف مدفعي على قرية الزعفرانة في منطقة النفوذ التركي.", dt.date(2015, 7, 30)))
    assert (event.place, event.country, event.place_unresolved) == (None, None, "الزعفرانة")
