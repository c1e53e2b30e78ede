"""A strike verb whose subject is an attack pointed to (استهدفت تلك الهجمات منتجعا) tells again the attacks
told before it: it adds no event of its own, and the attack it points to stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_attacks_pointed_to_add_no_event() -> None:
    text = "استهدفت تلك الهجمات منتجعا سياحيا في مدينة سوسة يوم 10 آب 2016 ما أسفر عن مقتل 38 شخصا."
    assert _events(text) == []


def test_the_attack_told_before_them_stays() -> None:
    text = "وكان تنظيم داعش شن ثلاث هجمات يوم 10 آب 2016، واستهدفت تلك الهجمات منتجعا في مدينة سوسة."
    assert _events(text) == [("ground_attack", "2016-08-10", "Sousse", "ISIS", None)]
