"""A weekday written right before the count of the dead (قتل الجمعة 4 أشخاص) is the attack's day: the number is no
day of a month."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_a_weekday_before_the_count_of_the_dead_dates_the_attack() -> None:
    text = "وكان مسلح قتل الجمعة 4 أشخاص في هجوم على متجر في مدينة حلب."
    assert [(e.event_type, e.date, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2018, 3, 24)))] == [
        ("ground_attack", "2018-03-23", "publication", "Aleppo", 4)]
