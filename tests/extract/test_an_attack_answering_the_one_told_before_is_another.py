"""An attack a clause tells as the answer to the one told just before, by a reply verb in the past or the
present and a means (وردت الفصائل بقصف، وترد الفصائل بإطلاق صواريخ), is the other side's attack: never one event
with the attack it answers, though nothing else tells them apart. The same attack told again stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "كثفت قوات النظام الأحد قصفها على مدينة دوما. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 15)))]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "وترد الفصائل بإطلاق صواريخ على أحياء العاصمة، ما أدى الأحد إلى مقتل امرأتين.",
        LEAD + "وردت الفصائل بقصف أحياء العاصمة الأحد، ما أدى إلى مقتل امرأتين.",
    ],
    ids=["a-reply-told-in-the-present-with-a-firing-word", "a-reply-told-in-the-past"],
)
def test_the_answer_is_another_attack(text: str) -> None:
    assert _events(text) == [("shelling", "2016-08-14", "Dūmā", None), ("shelling", "2016-08-14", None, 2)]


def test_the_attack_told_again_is_one() -> None:
    assert _events(LEAD + "وأدى القصف الأحد إلى مقتل امرأتين.") == [("shelling", "2016-08-14", "Dūmā", 2)]
