"""A settlement written just before a locative that puts it inside the place after it (مدينة الحسينية بمديرية بيت
الفقيه، مدينة شقراء في محافظة أبين) lies there: a namesake in another country (al-Husayniyah in Egypt, Shaqra in
Saudi Arabia) is not it. The name is a place the gazetteer lacks, which the place after it locates, or the
namesake there that it holds (Shuqrah of Abyan). A place of the
same country stays, as do the last name of a list of capitals before في (their governments) and a city before a
city no wider than it (علاقات تل أبيب بأنقرة).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.resolver import find_places
from tests.articles import article
from timeline.pipeline import extract_article


def _chosen(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.chosen.name, m.chosen.country) for m in find_places(text)]


@pytest.mark.parametrize(("text", "places"), [
    ("قصف الطيران تجمعات للحوثيين في مدينة الحسينية بمديرية بيت الفقيه",
     [("بيت الفقيه", "Bayt al Faqīh", "YE")]),
])
def test_a_namesake_abroad_before_a_place_that_holds_it_is_left_out(text: str, places: list) -> None:
    assert _chosen(text) == places


@pytest.mark.parametrize(("text", "places"), [
    ("استعادت القوات الحكومية مدينة شقراء في محافظة أبين", [("شقراء", "Shuqrah", "YE"), ("أبين", "Abyan", "YE")]),
    ("قتل ثلاثة جنود بهجوم في شقراء بأبين", [("شقراء", "Shuqrah", "YE"), ("بأبين", "Abyan", "YE")]),
])
def test_the_town_of_the_place_that_holds_it_wins_over_its_namesake_abroad(text: str, places: list) -> None:
    assert _chosen(text) == places  # Shuqrah of Abyan, which the supplement now holds, not Shaqra of Saudi Arabia


@pytest.mark.parametrize(("text", "places"), [
    ("قتل ثلاثة مدنيين في دمشق بسوريا", [("دمشق", "Damascus", "SY"), ("بسوريا", "Syria", "SY")]),
    ("قال إن علاقات تل أبيب بأنقرة تحسنت", [("تل أبيب", "Tel Aviv", "IL"), ("بأنقرة", "Ankara", "TR")]),
    ("ضربات لواشنطن ولندن وباريس في سوريا", [("لواشنطن", "Washington, D.C.", "US"), ("ولندن", "London", "GB"),
                                           ("وباريس", "Paris", "FR"), ("سوريا", "Syria", "SY")]),
])
def test_a_place_of_the_same_country_a_list_or_a_city_beside_a_city_stays(text: str, places: list) -> None:
    assert _chosen(text) == places


def test_the_airstrike_is_placed_in_the_district_the_text_names() -> None:
    text = "قصفت طائرات التحالف أمس تجمعات للحوثيين شرقي مدينة الحسينية بمديرية بيت الفقيه بمحافظة الحديدة."
    events = extract_article(article(text, dt.date(2018, 7, 31)))
    assert [(e.event_type, e.date, e.place, e.country) for e in events] == [
        ("airstrike", "2018-07-30", "Bayt al Faqīh", "YE")]
