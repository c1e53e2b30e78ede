"""A date written after a word of a legal case and before the attack it concerns (وكانت النيابة قد وجهت في 14 يوليو
الاتهام إلى 29 شخصا في حادث التفجير) is the day of the indictment, never the attack's; a date the indictment tells
after the attack (وجهت الاتهام إلى 29 شخصا في التفجير الذي استهدف مسجدا في 26 يونيو) stays the attack's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 8, 6)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعرض مسجد في مدينة الكويت لتفجير انتحاري في 26 يونيو الماضي، ما أدى إلى مقتل 26 شخصا. وكانت النيابة "
         "العامة قد وجهت في 14 يوليو الماضي الاتهام إلى 29 شخصا في حادث التفجير الذي استهدف المسجد.",
         [("bombing", "2015-06-26", "day", "Kuwait City", 26)]),
        ("وكانت النيابة قد وجهت في 14 يوليو الماضي الاتهام إلى 29 شخصا في التفجير الانتحاري الذي استهدف مسجدا في "
         "مدينة الكويت وأدى إلى مقتل 26 شخصا.",
         [("bombing", None, None, "Kuwait City", 26)]),
        ("وكانت النيابة قد وجهت الاتهام إلى 29 شخصا في التفجير الانتحاري الذي استهدف مسجدا في مدينة الكويت في 26 "
         "يونيو الماضي وأدى إلى مقتل 26 شخصا.",
         [("bombing", "2015-06-26", "day", "Kuwait City", 26)]),
    ],
    ids=["the-indictment-s-day-beside-the-attack", "the-indictment-s-day-alone", "a-day-the-indictment-tells"],
)
def test_a_date_told_of_a_legal_case_is_not_the_attacks(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
