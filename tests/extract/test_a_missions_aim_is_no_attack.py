"""A verb in the present tense right after a noun of a mission, or after it and one adjective (كانا في مهمة سرية تستهدف
قياديا), tells the mission's aim: no attack of its own; the blast that struck the mission keeps its event, and a present
verb further from the noun is still read as before."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _attacks(text: str) -> list[tuple]:
    """The attack events of a composed article (a spokesman's saying is a statement of its own)."""
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))
            if e.event_type != "statement"]


def test_a_missions_aim_told_alone_is_no_attack() -> None:
    text = "وقال المتحدث إن الجنود، يوم 10 آب 2016 كانوا في مهمة سرية تستهدف قائدا في التنظيم."
    assert _attacks(text) == []


def test_a_mission_without_an_adjective_is_no_attack_either() -> None:
    text = "وقال المتحدث إن الجنود، يوم 10 آب 2016 كانوا في مهمة تستهدف قائدا في التنظيم."
    assert _attacks(text) == []


def test_the_blast_that_struck_the_mission_stays_alone() -> None:
    text = ("قتل ثلاثة جنود بانفجار في مدينة منبج، وقال المتحدث إن الجنود، يوم 10 آب 2016 كانوا في مهمة سرية "
            "تستهدف قائدا في التنظيم.")
    assert _attacks(text) == [("bombing", None, "Manbij", 3)]
