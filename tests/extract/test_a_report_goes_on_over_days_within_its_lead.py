"""A sentence going on with the lead's report (وأوضح مصدر أن ...) at a place inside the lead's country takes the
lead's date when no other time is written between them. A day within the lead's own days (فجر الخميس after a lead
of the night to Thursday) or a span of years (قبل عامين) is no other time; another day (يوم الإثنين) is."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 11)  # a Thursday
LEAD = ("أعلنت وزارة الدفاع الروسية، الخميس، أن إسرائيل أطلقت 70 صاروخا في الضربات التي نفذتها ليلا على مواقع "
        "عسكرية في سوريا. ")
DETAIL = "وأوضح مصدر عسكري أن بعض الصواريخ استهدف مواقع في ريف دمشق."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_basis, e.place)
            for e in extract_article(article(text, PUBLISHED))]


def test_a_day_within_the_lead_s_night_keeps_the_report_going_on() -> None:
    assert _events(LEAD + "وقال الجيش الإسرائيلي إن القوات الإيرانية قصفت الجولان فجر الخميس. " + DETAIL) == [
        ("airstrike", "2016-08-10", "2016-08-11", "report", "Syria"),
        ("shelling", "2016-08-11", "2016-08-11", "publication", "Golan Heights"),
        ("shelling", "2016-08-10", "2016-08-11", "lead", "Rif Dimashq"),
    ]


def test_years_ago_keep_the_report_going_on() -> None:
    assert _events(LEAD + "وكانت إسرائيل قد قصفت مطار المزة قبل عامين. " + DETAIL)[2] == (
        "airstrike", "2016-08-10", "2016-08-11", "lead", "Rif Dimashq")


def test_another_day_between_ends_the_lead_s_report() -> None:
    assert _events(LEAD + "وقال الجيش الإسرائيلي إن القوات الإيرانية قصفت الجولان يوم الإثنين. " + DETAIL) == [
        ("airstrike", "2016-08-10", "2016-08-11", "report", "Syria"),
        ("shelling", "2016-08-08", "2016-08-08", "publication", "Golan Heights"),
    ]
