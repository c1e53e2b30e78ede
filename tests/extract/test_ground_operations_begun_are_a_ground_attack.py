"""Ground operations told in the plural (العمليات البرية) are a ground attack, as the singular is, when they are
told as begun; operations still to come (سوف تنطلق) are none."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2018, 9, 11)))]


def test_ground_operations_begun_are_a_ground_attack() -> None:
    text = "بدأت قوات سوريا الديمقراطية يوم الاثنين العمليات البرية ضد التنظيم في بلدة هجين."
    assert _events(text) == [("ground_attack", "2018-09-10", "Hajīn", "SDF")]


def test_ground_operations_to_come_are_none() -> None:
    assert _events("وقال إن العمليات البرية سوف تنطلق قريبا ضد التنظيم في بلدة هجين.") == []
