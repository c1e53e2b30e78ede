"""Merging: an attack told at a region (الحدود التركية السورية) and, the same day, at a finer place whose clause
names that region beside it (على الحدود السورية التركية في منطقة ألبيلي) is one attack at the finer place."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = ("شهدت الحدود التركية السورية أمس أول اشتباك من نوعه بين جنود أتراك ومسلحين من تنظيم داعش هاجموا "
        "مركزا حدوديا تركيا. ")


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 7, 24)))]


def test_the_place_on_the_border_it_names_is_the_same_attack() -> None:
    text = LEAD + "وكان مسلحون من التنظيم هاجموا أمس موقعا عسكريا تركيا على الحدود السورية التركية في منطقة ألبيلي."
    assert events(text) == [("ground_attack", "2015-07-23", "Elbeyli")]


def test_a_place_told_without_the_border_stays_apart() -> None:
    text = LEAD + "وكان مسلحون من التنظيم هاجموا أمس موقعا عسكريا تركيا في منطقة ألبيلي."
    assert events(text) == [("ground_attack", "2015-07-23", "Syria–Turkey border"),
                            ("ground_attack", "2015-07-23", "Elbeyli")]


def test_the_place_on_the_border_another_day_stays_apart() -> None:
    text = LEAD + ("وكان مسلحون من التنظيم هاجموا يوم 20 تموز موقعا عسكريا تركيا على الحدود السورية التركية "
                   "في منطقة ألبيلي.")
    assert events(text) == [("ground_attack", "2015-07-23", "Syria–Turkey border"),
                            ("ground_attack", "2015-07-20", "Elbeyli")]
