"""The air force named as a person's service or command (ضابطا في القوات الجوية، قائد سلاح الجو) is neither a
trigger nor the weapon that types the attack told beside it: a shooting of an air force officer is a ground attack,
rockets its commander tells of are shelling, and the air force that strikes is still an air strike."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 9, 14)))]


def test_an_officer_of_the_air_force_shot_dead_is_a_ground_attack() -> None:
    text = "قتل مسلحون مجهولون أمس ضابطا في القوات الجوية بإطلاق النار عليه في مدينة حمص."
    assert _events(text) == [("ground_attack", "2016-09-13", "Homs", None, None)]


def test_a_colonel_of_the_air_force_shot_dead_is_a_ground_attack() -> None:
    text = ("خرج المئات احتجاجا على قتل مسلح للعقيد سامر الحسن الضابط في القوى الجوية في مدينة حماة أمس "
            "بإطلاق النار عليه.")
    assert _events(text) == [("ground_attack", "2016-09-13", "Ḩamāh", None, None)]


def test_the_air_force_that_strikes_is_still_an_air_strike() -> None:
    text = "قتل خمسة مدنيين أمس في قصف للقوات الجوية على مدينة حمص."
    assert _events(text) == [("airstrike", "2016-09-13", "Homs", None, 5)]


def test_the_commander_of_the_air_force_telling_of_rockets_is_no_air_strike() -> None:
    text = "قال قائد سلاح الجو إن المسلحين أطلقوا 20 صاروخا على مدينة حماة أمس."
    assert _events(text) == [("shelling", "2016-09-13", "Ḩamāh", None, None)]
