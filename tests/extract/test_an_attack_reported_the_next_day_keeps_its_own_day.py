"""An attack dated only by the day a report of it was given (بحسب ما أوردت الوكالة الثلاثاء) and an attack of its
type told in another sentence on its own day, the day before (يوم الاثنين), placed nowhere or at the same place, are
one attack dated by its own day. Its own telling alone telling dead, or another named place, keeps two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = ("استهدفت غارة جوية منسوبة لإسرائيل مستودعات قرب مطار دمشق الدولي، بحسب ما أوردت الوكالة الرسمية الثلاثاء.\n"
        "وقالت الوكالة إن الدفاعات الجوية تصدت للصواريخ.\n")
AIRPORT = ("airstrike", "2018-06-25", "Damascus International Airport", "Israel", None)
REPORTED = ("airstrike", "2018-06-26", "Damascus International Airport", "Israel", None)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 6, 26)))]


def test_the_explosion_of_monday_is_the_strike_reported_on_tuesday() -> None:
    text = LEAD + "وأضاف المرصد أن انفجارا وقع قرب المطار يوم الاثنين بسبب صاروخين أطلقتهما طائرات إسرائيلية."
    assert _events(text) == [AIRPORT]


def test_the_strike_told_at_the_same_place_on_monday_is_one() -> None:
    text = LEAD + "وأضاف المرصد أن غارة إسرائيلية استهدفت يوم الاثنين مطار دمشق الدولي."
    assert _events(text) == [AIRPORT]


def test_dead_told_only_on_monday_keep_two() -> None:
    text = LEAD + "وأضاف المرصد أن غارة إسرائيلية استهدفت يوم الاثنين سيارة ما أدى إلى مقتل شخصين."
    assert _events(text) == [REPORTED, ("airstrike", "2018-06-25", None, "Israel", 2)]


def test_another_town_keeps_two() -> None:
    text = LEAD + "وأضاف المرصد أن غارة إسرائيلية استهدفت يوم الاثنين مدينة حمص."
    assert _events(text) == [REPORTED, ("airstrike", "2018-06-25", "Homs", "Israel", None)]
