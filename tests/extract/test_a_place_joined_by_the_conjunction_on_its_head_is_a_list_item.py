"""A place whose head carries the conjunction (بلدة بصر الحرير وبلدة المجيدل، قضاء حديثة وناحية البغدادي) is an item
of the list the place before it opens, like one joined by و on its name: the attack is placed at the first item, not
at a finer one further on. Only the choice of the place: two far cities with their heads may still be a wave
told apart (test_a_wave_over_two_far_places_is_two_events)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 6, 22)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.place_text, e.actor)
            for e in extract_article(article(text, PUBLISHED))]


def test_the_first_town_of_a_headed_list_places_the_attack_not_a_village_after_it() -> None:
    text = "واستهدفت مقاتلات حربية سورية يوم الخميس الأحياء السكنية في بلدة بصر الحرير وبلدة المجيدل."
    assert _events(text) == [("airstrike", "2018-06-21", "Busr al-Harir", "town", "بصر الحرير", "Syrian army")]


def test_three_headed_items_are_one_list() -> None:
    text = "قصفت طائرات النظام يوم الخميس بلدة بصر الحرير وبلدة المجيدل وقرية الحراك."
    assert _events(text) == [("airstrike", "2018-06-21", "Busr al-Harir", "town", "بصر الحرير", "Syrian army")]


def test_the_first_of_two_towns_with_their_heads_places_the_attack() -> None:
    text = "قصفت الطائرات يوم الخميس بلدة الحراك وبلدة بصر الحرير."
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", "town", "الحراك", None)]
