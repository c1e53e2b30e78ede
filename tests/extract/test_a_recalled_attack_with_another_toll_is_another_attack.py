"""An undated telling and a past attack the article recalls (dated more than a week before the
paper) that give different numbers of dead at one place are two attacks; a toll told again the same
day stays one attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_an_undated_attack_keeps_apart_from_a_recalled_one_with_another_toll() -> None:
    text = ("قتل 31 شخصا في هجوم انتحاري استهدف مركزا في مدينة منبج. "
            "ويعد التفجير الأعنف منذ مقتل 100 شخص في هجوم استهدف سوقا في مدينة منبج في كانون الثاني 2016.")
    assert _events(text) == [("bombing", None, "Manbij", 31), ("bombing", "2016-01", "Manbij", 100)]


def test_a_toll_told_again_the_same_day_stays_one_attack() -> None:
    text = ("قتل 31 شخصا في هجوم انتحاري استهدف مركزا في مدينة منبج يوم 10 آب 2016. "
            "وقال مسؤول إن 40 شخصا قتلوا في التفجير.")
    assert _events(text) == [("bombing", "2016-08-10", "Manbij", 31)]
