"""A clause telling one attack and then the total it raised (قتل خمسة مدنيين في قصف على البلدة ليرتفع عدد القتلى منذ
بدء التصعيد إلى 105): the period after the rise word is the total's, the attack before it is still told; a clause
telling only the total stays no attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 6, 30)))]


def test_the_attack_before_the_rise_is_told() -> None:
    text = "وقتل أربعة مدنيين الجمعة في مدينة نوى جراء قصف مدفعي ليرتفع عدد القتلى منذ بدء التصعيد إلى 90 مدنيا."
    assert _events(text) == [("shelling", "2018-06-29", "Nawa", 4)]


def test_a_total_alone_stays_no_attack() -> None:
    text = "وقتل 90 مدنيا في مدينة نوى جراء القصف المدفعي منذ بدء التصعيد."
    assert _events(text) == []
