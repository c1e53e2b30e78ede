"""A base taken as a launch pad for a side's aircraft or attacks (اتخذت من القاعدة منطلقا لطائراتها لقصف مناطق
المعارضة) tells what the side does from it, a habit, not one attack: no event; a strike told from the base stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_a_launch_pad_tells_no_attack() -> None:
    text = "اتخذت روسيا من قاعدة حميميم في اللاذقية عام 2015 منطلقا لطائراتها لقصف مناطق المعارضة في إدلب."
    assert _events(text) == []


def test_a_strike_from_the_base_stays() -> None:
    text = "قصفت طائرات روسية انطلقت من قاعدة حميميم سوقا في مدينة إدلب يوم 10 آب 2016 ما أسفر عن مقتل 5 مدنيين."
    assert _events(text) == [("airstrike", "2016-08-10", "Idlib", 5)]
