"""A special operation told in the singular (في عملية نوعية) is a ground attack done by the side named; its plural
tells a side's way of fighting (نفذت الكثير من العمليات النوعية) and no one attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2015, 7, 26)))]


def test_a_special_operation_is_a_ground_attack() -> None:
    text = "وفي قضاء حديثة تمكنت قوة من الجيش العراقي أمس من قتل قيادي في التنظيم وستة من معاونيه في عملية نوعية."
    assert _events(text) == [("ground_attack", "2015-07-25", "Ḩadīthah", "Iraqi forces")]


def test_special_operations_as_a_way_of_fighting_are_no_attack() -> None:
    assert _events("وقال إن المجموعة نفذت الكثير من العمليات النوعية داخل البلاد.") == []
