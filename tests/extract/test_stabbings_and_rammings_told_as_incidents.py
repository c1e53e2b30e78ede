"""A stabbing or a ramming told as an incident (حادث طعن، عملية دهس) or a knife attack told as an assault
(الاعتداء بالسكين) is an attack of the `other` type; a verdict appealed (طعن في الحكم), a road accident
(دهست شاحنة مارة) and a bare assault (معاهدة عدم الاعتداء) are not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل جنديان يوم 10 آب 2016 في عملية دهس قرب مدينة نابلس.",
         [("other", "2016-08-10", "Nablus", 2)]),
        ("وأصيب أربعة أشخاص في حادث طعن بمدينة منبج يوم 10 آب 2016.",
         [("other", "2016-08-10", "Manbij", None)]),
        ("وقتل شخصان في حادثة طعن بمدينة منبج يوم 10 آب 2016.",
         [("other", "2016-08-10", "Manbij", 2)]),
        ("وأوقع الاعتداء بالسكين ثلاثة قتلى في مدينة منبج يوم 10 آب 2016.",
         [("other", "2016-08-10", "Manbij", 3)]),
    ],
    ids=["ramming", "stabbing-incident", "stabbing-incident-feminine", "knife-assault"],
)
def test_a_stabbing_or_a_ramming_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وطعن محامي المتهم بالقتل في الحكم أمام محكمة الاستئناف في مدينة منبج يوم 10 آب 2016.",
        "ودهست شاحنة صغيرة ثلاثة مارة فقتلتهم في حادث سير بمدينة منبج يوم 10 آب 2016.",
        "ووقعت الدولتان معاهدة عدم الاعتداء بعد مقتل السفير في مدينة منبج يوم 10 آب 2016.",
    ],
    ids=["appealed-verdict", "road-accident", "non-aggression-pact"],
)
def test_an_appeal_an_accident_or_a_pact_is_no_attack(text: str) -> None:
    assert _events(text) == []
