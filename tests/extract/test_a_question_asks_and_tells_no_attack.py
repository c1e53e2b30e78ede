"""A question (هل ... ؟) asks whether an attack happened, it tells none; the answer that tells it is the event, and
an attack told before a question about it stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)


def test_a_question_tells_no_attack() -> None:
    assert dated_events("هل قتل 20 شخصا في الغارة التي استهدفت مدينة دوما أمس؟", PUBLISHED) == []


def test_the_answer_tells_the_attack_the_question_asked_about() -> None:
    text = ("وسألناه: هل شنت الطائرات غارات على مدينة دوما أمس؟ فقال إن الطائرات شنت أمس غارات على مدينة دوما قتل "
            "فيها 20 شخصا.")
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-08-11", "publication", "Dūmā", 20)]


def test_an_attack_told_before_a_question_stays() -> None:
    text = "قتل 20 شخصا في غارة استهدفت مدينة دوما أمس، فهل يتحرك المجتمع الدولي؟"
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-08-11", "publication", "Dūmā", 20)]
