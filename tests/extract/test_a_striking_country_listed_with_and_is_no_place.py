"""A country read as a side, written with the conjunction و after another side (وشاركت بريطانيا وفرنسا في
الضربات), is a side, not where the strikes were: the actor's name without its conjunction covers the place's.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_the_second_striking_country_is_no_place() -> None:
    events = extract_article(article("وشاركت بريطانيا وفرنسا فجر السبت في الضربات الجوية على مواقع النظام السوري.",
                                     dt.date(2018, 4, 14)))
    assert [(e.event_type, e.date, e.place, e.actor) for e in events] == [
        ("airstrike", "2018-04-14", None, "France")]
