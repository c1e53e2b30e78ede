"""A date in a relative clause describing a war, a battle or a campaign named by its singular noun (مدينة كوباني
المدمرة جراء المعركة التي دارت بين الطرفين من أيلول إلى كانون الثاني) is that war's time, not the date of the attack
told before it, which keeps its own date or none; a date in a relative clause describing the attack stays its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 21)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واستهدف التفجير مركزا ثقافيا في مدينة سروج يقيم فيه ناشطون أرادوا إعادة إعمار بلدة عين عيسى المدمرة "
         "جراء المعركة التي دارت بين الطرفين من سبتمبر إلى يناير الماضيين.",
         [("bombing", None, None, "Suruç", None)]),
        ("واستهدف التفجير مركزا ثقافيا في مدينة سروج يقيم فيه ناشطون أرادوا إعادة إعمار بلدة عين عيسى المدمرة "
         "جراء المعركة التي دارت بين التنظيم ووحدات حماية الشعب الكردية السورية من سبتمبر إلى يناير الماضيين.",
         [("bombing", None, None, "Suruç", None)]),
        ("قتل ثلاثة مدنيين الاثنين في قصف على مدينة إدلب التي عانت من الحرب التي اندلعت في آذار 2011.",
         [("shelling", "2015-07-20", "day", "Idlib", 3)]),
        ("وفي الهجوم الذي وقع في 3 تموز 2015، قتل 5 جنود في بلدة نصيب في ريف درعا.",
         [("ground_attack", "2015-07-03", "day", "Nasib crossing", 5)]),
    ],
    ids=["a-battle-s-months-after-the-attack", "a-battle-s-months-after-its-sides",
         "a-war-s-month-beside-the-attack-s-day", "the-attack-s-own-clause"],
)
def test_a_date_of_a_war_described_beside_an_attack_is_not_its(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
