"""A settlement written just before a part of a governorate (قرية البستان شرقي درعا) lies in that governorate: a
namesake in another country (Elbistan in Turkey) is not it. The name is a village the gazetteer lacks, which the
governorate locates; the same name before a part of a governorate of its own country keeps its place."""

from __future__ import annotations

import datetime as dt

from gazetteer.resolver import find_places
from tests.articles import article
from timeline.pipeline import extract_article


def test_a_village_east_of_daraa_is_no_town_in_turkey() -> None:
    matches = find_places("سيطرت قوات الحكومة على قرية البستان شرقي درعا.")
    assert [(m.text, m.chosen.name, m.chosen.precision, m.relation) for m in matches] == [
        ("درعا", "Daraa", "governorate", "east part")]


def test_the_capture_is_placed_in_the_governorate_the_text_names() -> None:
    text = "سيطرت قوات الحكومة يوم الجمعة على قرية البستان شرقي درعا."
    events = extract_article(article(text, dt.date(2018, 6, 23)))
    assert [(e.event_type, e.date, e.place, e.place_precision, e.actor) for e in events] == [
        ("ground_attack", "2018-06-22", "Daraa", "governorate", "Syrian army")]


def test_a_town_before_a_part_of_its_own_governorate_stays() -> None:
    matches = find_places("قصفت الطائرات بلدة الباب شرقي محافظة حلب.")
    assert [(m.text, m.chosen.name, m.chosen.precision, m.relation) for m in matches] == [
        ("الباب", "Al-Bab", "town", None), ("حلب", "Aleppo", "governorate", "east part")]
