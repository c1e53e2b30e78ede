"""Air strikes whose toll is said to have risen (ارتفع عدد القتلى جراء الغارات الجوية ... الاثنين إلى 60 قتيلا) and a
definite قصف told without a side that counts fewer dead the same day (وأسفر القصف الاثنين عن مقتل حوالي 40 مدنيا)
are one bombardment: the risen toll is the later count. A bombardment on another day, or counting more dead than
the risen toll, stays apart."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 19)  # a Tuesday
RISEN = "ارتفع عدد القتلى جراء الغارات الجوية لقوات النظام على مدينة دوما الاثنين إلى 60 قتيلا، وفق ما أورد المرصد. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_earlier_count_of_the_days_bombardment_is_the_strikes() -> None:
    text = RISEN + "وأسفر القصف الاثنين عن مقتل حوالي 40 مدنيا وإصابة نحو 100 آخرين."
    assert _events(text) == [("airstrike", "2016-07-18", "Dūmā", 60)]


def test_a_bombardment_on_another_day_stays_apart() -> None:
    text = RISEN + "وأسفر القصف الأحد عن مقتل حوالي 40 مدنيا وإصابة نحو 100 آخرين."
    assert _events(text) == [("airstrike", "2016-07-18", "Dūmā", 60), ("shelling", "2016-07-17", None, 40)]


def test_a_bombardment_counting_more_dead_stays_apart() -> None:
    text = RISEN + "وأسفر القصف الاثنين عن مقتل حوالي 70 مدنيا وإصابة نحو 100 آخرين."
    assert _events(text) == [("airstrike", "2016-07-18", "Dūmā", 60), ("shelling", "2016-07-18", None, 70)]
