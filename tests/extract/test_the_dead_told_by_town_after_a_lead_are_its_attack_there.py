"""A lead that tells a side's bombardment at a governorate or a region (شهدت محافظتا إدلب وحلب مجزرتين نفذهما طيران
النظام) and, in one of the next two sentences, the dead counted at each town without an attack of their own (وسقط 12
قتيلا في بلدة س، كما سقط 7 قتلى في بلدة ص، و3 قتلى في مدينة ع): one attack at each town, of the lead's kind, side
and day, with the dead counted before the town; the town inside the lead's own area is the lead itself. Not a
town without a count before it (a reference point), a town outside the lead's areas, a clause with a day of its
own, deaths of hunger or a siege, nor a lead without a side."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "شهدت محافظتا إدلب وحلب في شمال سوريا مجزرتين أمس، نفذهما طيران النظام الحربي."


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.place, e.date, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 3, 9)))]


def test_each_towns_dead_are_the_leads_attack_there() -> None:
    assert _events(LEAD, "وسقط 12 قتيلا في بلدة معرة مصرين شمال مدينة إدلب، كما سقط 7 قتلى بينهم طفلان في بلدة "
                         "دارة عزة، و3 قتلى في مدينة الباب.") == [
        ("airstrike", "Ma‘arratmişrīn", "2016-03-08", "Syrian army", 12),
        ("airstrike", "Darat Izza", "2016-03-08", "Syrian army", 7),
        ("airstrike", "Al-Bab", "2016-03-08", "Syrian army", 3)]


def test_towns_told_before_an_attack_of_the_clause() -> None:
    assert _events(LEAD, "كما سقط 7 قتلى في بلدة دارة عزة، و3 قتلى في مدينة الباب، مع استمرار المعارك في "
                         "محيط بلدتي نبل والزهراء.") == [
        ("airstrike", "Idlib", "2016-03-08", "Syrian army", None),
        ("airstrike", "Darat Izza", "2016-03-08", "Syrian army", 7),
        ("airstrike", "Al-Bab", "2016-03-08", "Syrian army", 3)]


def test_a_town_outside_the_leads_areas_is_no_share_of_it() -> None:
    assert _events(LEAD, "وسقط 12 قتيلا في مدينة دوما.") == [
        ("airstrike", "Idlib", "2016-03-08", "Syrian army", None)]


def test_deaths_of_hunger_are_no_share_of_it() -> None:
    assert _events(LEAD, "وقضى 3 أطفال جوعا في بلدة دارة عزة.") == [
        ("airstrike", "Idlib", "2016-03-08", "Syrian army", None)]


def test_a_day_of_its_own_is_no_share_of_it() -> None:
    assert [e[1:] for e in _events(LEAD, "وسقط 7 قتلى في بلدة دارة عزة يوم الأحد.")] == [
        ("Idlib", "2016-03-08", "Syrian army", None)]


def test_a_lead_without_a_side_lends_nothing() -> None:
    assert _events("شهدت محافظتا إدلب وحلب في شمال سوريا مجزرتين أمس.", "وسقط 7 قتلى في بلدة دارة عزة.") == []


def test_a_count_told_again_after_and_is_the_next_towns_dead() -> None:
    assert _events(LEAD, "وقتل عشرة في بلدة دارة عزة وسبعة في مدينة الباب.") == [
        ("airstrike", "Idlib", "2016-03-08", "Syrian army", None),
        ("airstrike", "Darat Izza", "2016-03-08", "Syrian army", 10),
        ("airstrike", "Al-Bab", "2016-03-08", "Syrian army", 7)]


def test_wounded_told_after_and_are_no_dead_again() -> None:
    assert _events(LEAD, "وقتل عشرة في بلدة دارة عزة وأصيب سبعة في مدينة الباب.")[1:] == [
        ("airstrike", "Darat Izza", "2016-03-08", "Syrian army", 10)]
