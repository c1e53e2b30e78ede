"""A present verb of undergoing right before a trigger noun (البلدة التي تتعرض لغارات، ما دامت المدينة تتعرض للقصف)
tells what a place undergoes, not one attack; with a toll in its clause the attack is still told."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 6, 25)))]


def test_raids_a_town_undergoes_are_no_attack() -> None:
    assert _events("وتحاول القوات السيطرة على بلدة داعل التي تتعرض لغارات روسية ودارت فيها الثلاثاء معارك عنيفة.") == []


def test_a_toll_still_tells_the_attack() -> None:
    text = "قتل أربعة مدنيين أمس في مدينة حماة التي تتعرض لقصف مدفعي عنيف من قوات النظام."
    assert _events(text) == [("shelling", "2018-06-24", "Ḩamāh", 4)]


def test_raids_told_as_done_are_an_attack() -> None:
    text = "وشنت طائرات روسية أمس غارات على مدينة درعا."
    assert _events(text) == [("airstrike", "2018-06-24", "Dar‘ā", None)]
