"""A state named as a verb's subject (أعلن العراق قصف ...، الضربات التي نفذها العراق) is its forces, the side that
struck, not the side whose operations room it struck (غرفة عمليات لتنظيم داعش: a target); elsewhere (في العراق) the
state is a place."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

THURSDAY = dt.date(2018, 8, 16)


def _sides(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.actor) for e in extract_article(article(text, THURSDAY))]


def test_a_state_announcing_it_struck_an_operations_room_is_the_actor() -> None:
    assert _sides("أعلن العراق قصف غرفة عمليات لتنظيم داعش في البوكمال يوم الخميس.") == [
        ("shelling", "2018-08-16", "Iraqi forces")]


def test_the_strikes_a_state_carried_out_are_its_forces() -> None:
    assert _sides("وقال متحدث إن الضربات الجوية التي نفذها العراق على مواقع داعش في البوكمال الخميس قتلت عشرة.") == [
        ("airstrike", "2018-08-16", "Iraqi forces")]


def test_a_bombing_in_the_state_has_no_side_from_its_name() -> None:
    assert _sides("قتل خمسة أشخاص في تفجير سيارة مفخخة في العراق يوم الخميس.") == [("bombing", "2018-08-16", None)]
