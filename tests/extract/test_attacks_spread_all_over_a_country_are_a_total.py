"""Attacks told as spread all over a country (في مناطق متفرقة من اليمن، في مختلف مواقع العمليات بالعراق، استهدفت مناطق
مختلفة في العراق) are a total over it: no event. Spread over a district or near a town, and several sites of one
country struck by one side on a day without a spread word, they stay one wave."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2016, 7, 18)


def test_fighters_killed_across_a_countrys_fronts_are_a_total() -> None:
    assert typed_events("قتل 30 مسلحا من التنظيم في مختلف مواقع العمليات العسكرية بالعراق أمس.", PUBLISHED) == []


def test_raids_in_scattered_areas_of_a_country_are_a_total() -> None:
    text = "وشنت طائرات التحالف أمس عدة غارات على مواقع المتمردين في مناطق متفرقة من اليمن."
    assert typed_events(text, PUBLISHED) == []


def test_a_series_of_bombings_over_various_areas_of_a_country_is_a_total() -> None:
    assert typed_events("وقتل 20 شخصا في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أمس.", PUBLISHED) == []


def test_raids_in_scattered_areas_of_a_district_stay() -> None:
    text = "وشنت طائرات التحالف أمس غارات على مواقع المتمردين في مناطق متفرقة من مديرية باقم بمحافظة صعدة."
    assert typed_events(text, PUBLISHED) == [("airstrike", "2016-07-17", "Baqim")]


def test_strikes_on_scattered_areas_near_a_town_stay() -> None:
    assert typed_events("وقصفت مقاتلات حربية مناطق متفرقة قرب معبر نصيب أمس.", PUBLISHED) == [
        ("airstrike", "2016-07-17", "Nasib crossing")]


def test_several_sites_of_a_country_struck_by_one_side_stay() -> None:
    assert typed_events("وقصفت طائرات تركية أمس عدة مواقع للتنظيم في سوريا.", PUBLISHED) == [
        ("airstrike", "2016-07-17", "Syria")]
