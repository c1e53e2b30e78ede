"""A side told as opposed or hostile to another (جيش الفتح المناوئ للنظام السوري، مسلحون مناهضون للحكومة، الفصائل
المعادية للنظام) is not that other: the side named after the opposing word is no actor of the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 3, 20)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("وسيطر جيش الفتح المناوئ للنظام السوري على مدينة إدلب يوم الخميس.",
     ("ground_attack", "2018-03-15", "Idlib", "Syrian opposition")),
    ("وهاجم مسلحون مناهضون للحكومة السورية بلدة كفر بطنا يوم الخميس.",
     ("ground_attack", "2018-03-15", "Kafr Batna", None)),
    ("وقصفت الطائرات الروسية مواقع الفصائل المعادية للنظام السوري في بلدة كفر بطنا يوم الخميس.",
     ("airstrike", "2018-03-15", "Kafr Batna", "Russia")),
], ids=["opposed", "hostile-plural", "the-striker-stays"])
def test_a_side_opposed_to_another_is_not_that_other(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
