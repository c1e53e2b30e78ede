"""A verb in the present tense tells what a side does (a habit, no event) unless a past form of كان stands
a few words before it (كانت فصائل المعارضة تشن هجوما): then it tells what was going on at a past time,
one attack. Written كأن (as if) is no such form, even though folding makes it كان."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_an_attack_that_was_going_on_is_an_event() -> None:
    text = "قال المرصد إن فصائل المعارضة كانت تقصف مدينة حلب عندما قتل القائد."
    assert _events(text) == [("shelling", None, "Aleppo", "Syrian opposition")]


def test_an_attack_going_on_while_raids_fell_is_its_own() -> None:
    text = "وجاءت الغارات يوم 10 آب 2016 بينما كانت فصائل المعارضة تشن هجوما على المربع الأمني في مدينة درعا."
    assert _events(text) == [("airstrike", "2016-08-10", None, None),
                             ("ground_attack", "2016-08-10", "Dar‘ā", "Syrian opposition")]


def test_as_if_is_no_past_time() -> None:
    assert _events("وقال إنه كأن من يقصف مدينة حلب هي قوات النظام.") == []


def test_a_habit_in_the_past_stays_no_event() -> None:
    assert _events("وكانت فصائل المعارضة تقصف مدينة حلب بانتظام.") == []
