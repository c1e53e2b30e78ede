"""قصف told without a side (typed by default) dated to a week at an airbase, and an air strike on the same airbase
told without any date expression, neither telling other dead: one air strike told twice, dated by the first
telling. A dated strike on it, or a strike on another airbase, stays its own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

BOMBARDED = "تعرض مطار التيفور العسكري لقصف الأسبوع الماضي.\n"


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2018, 4, 20)))]


def test_the_undated_air_strike_on_the_bombarded_airbase_is_the_same_strike() -> None:
    text = BOMBARDED + "وقبل أيام قتل جنود في غارة على قاعدة التيفور الجوية في حمص، ولم تعلن أي جهة مسؤوليتها."
    assert _events(text) == [("airstrike", "2018-04-09", "2018-04-15", "Tiyas (T4) airbase", None)]


def test_its_dead_complete_the_strike() -> None:
    text = BOMBARDED + "وقتل سبعة جنود في غارة على قاعدة التيفور الجوية في حمص."
    assert _events(text) == [("airstrike", "2018-04-09", "2018-04-15", "Tiyas (T4) airbase", 7)]


def test_a_strike_of_another_month_on_the_airbase_is_its_own() -> None:
    text = BOMBARDED + "وفي شباط الماضي قتل جنود في غارة على قاعدة التيفور الجوية في حمص."
    assert _events(text) == [("shelling", "2018-04-09", "2018-04-15", "Tiyas (T4) airbase", None),
                             ("airstrike", "2018-02", "2018-02-28", "Tiyas (T4) airbase", None)]


def test_a_strike_on_another_airbase_is_its_own() -> None:
    text = BOMBARDED + "وقبل أيام قتل جنود في غارة على مطار الشعيرات العسكري في حمص."
    assert [e[3] for e in _events(text)] == ["Tiyas (T4) airbase", "Shayrat airbase"]
