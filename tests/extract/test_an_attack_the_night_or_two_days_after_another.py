"""An attack told "the night after" or "in the two days after" an attack dated before it on its line (وفي الليلة
التالية شنت الطائرات، وفي اليومين التاليين قصفت المدفعية) is dated to those days, a range (basis
``event_relative``); with no date before it on its line it stays undated, and stays an event."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

MONDAY = dt.date(2015, 7, 27)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, MONDAY))]


def test_the_night_after_a_night() -> None:
    text = ("قصفت طائرات تركية مواقع لتنظيم داعش في مدينة جرابلس ليلة 23 – 24 يوليو، وفي الليلة التالية شنت طائرات "
            "تركية غارات على مواقع حزب العمال الكردستاني في جبال قنديل شمال العراق.")
    assert _events(text) == [
        ("airstrike", "2015-07-23", "2015-07-24", "range", "publication", "Jarābulus"),
        ("airstrike", "2015-07-24", "2015-07-25", "range", "event_relative", "Qandil Mountains"),
    ]


def test_the_two_days_after_a_day() -> None:
    text = ("شنت طائرات تركية غارات على مواقع حزب العمال الكردستاني في جبال قنديل شمال العراق يوم 20 تموز، وفي "
            "اليومين التاليين قصفت المدفعية التركية قرى في مدينة زاخو.")
    assert _events(text)[1] == ("shelling", "2015-07-21", "2015-07-22", "range", "event_relative", "Zaxo")


def test_the_night_after_a_day_of_another_paragraph_stays_undated() -> None:
    text = ("قصفت طائرات تركية مواقع لتنظيم داعش في مدينة جرابلس يوم الخميس.\nوفي الليلة التالية شنت طائرات تركية "
            "غارات على مواقع حزب العمال الكردستاني في جبال قنديل شمال العراق.")
    assert _events(text)[1] == ("airstrike", None, None, None, None, "Qandil Mountains")
