"""A date in a relative clause describing an accord (a truce, an agreement, elections: وفي خرق لهدنة الجنوب التي تم
الاتفاق عليها في تموز 2017، قصفت القوات ...) is the day of that accord, not of the attack told beside it, before or
after it, and its beginning (الهدنة التي بدأت الخميس) makes no campaign of the attack after it, which is kept
undated; a date in a relative clause describing the attack (في الهجوم الذي وقع في 3 آذار) stays the attack's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2018, 3, 19)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي خرق لهدنة الجنوب التي تم الاتفاق عليها في تموز 2017، قصفت قوات النظام بلدة نصيب في ريف درعا.",
         [("shelling", None, None, "Nasib crossing", "Syrian army")]),
        ("قصفت قوات النظام بلدة نصيب في ريف درعا في خرق للاتفاق الذي أبرم الأحد.",
         [("shelling", None, None, "Nasib crossing", "Syrian army")]),
        ("قصفت قوات النظام السبت بلدة نصيب في ريف درعا رغم الهدنة التي أعلنت في تموز 2017.",
         [("shelling", "2018-03-17", "day", "Nasib crossing", "Syrian army")]),
        ("وفي الهجوم الذي وقع في 3 آذار 2018، قتل 5 جنود في بلدة نصيب في ريف درعا.",
         [("ground_attack", "2018-03-03", "day", "Nasib crossing", None)]),
        ("ورغم الهدنة التي بدأت الخميس، قصفت قوات النظام بلدة نصيب في ريف درعا ما أدى إلى مقتل ثلاثة مدنيين.",
         [("shelling", None, None, "Nasib crossing", "Syrian army")]),
    ],
    ids=["a-truce-s-month-before", "an-agreement-s-day-after", "the-attack-s-own-day-beside", "the-attack-s-clause",
         "a-truce-that-began-before"],
)
def test_a_date_of_an_accord_told_beside_an_attack_is_not_its(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
