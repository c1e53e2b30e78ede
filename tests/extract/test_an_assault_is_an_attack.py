"""An assault (اعتداء، اعتداءات) is an attack as the generic هجوم is, weak as it is: a toll, a side or a strike
verb in its clause tells it; a sexual or a verbal assault, or one condemned in general, is none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2018, 3, 24)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل ثلاثة جنود الجمعة في اعتداء استهدف حاجزا للجيش في مدينة العريش.",
     ("ground_attack", "2018-03-23", "Arīsh", None, 3, None)),
    ("وأصيب شرطي تركي في اعتداء جديد قام به مسلحون أكراد على مقر حزب في حي بي أوغلو وسط اسطنبول أمس.",
     ("ground_attack", "2018-03-23", "Istanbul", "PKK", None, 1)),
    ("قتل خمسة أشخاص أمس في اعتداءات شنها مسلحون في مدينة الموصل.",
     ("ground_attack", "2018-03-23", "Mosul", None, 5, None)),
], ids=["toll", "side", "plural"])
def test_an_assault_is_an_attack(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", [
    "أصيبت فتاة بجروح في اعتداء جنسي نفذه رجلان في مدينة القاهرة أمس.",
    "أدانت الوزارة الاعتداءات المتكررة على الأراضي السورية.",
], ids=["sexual", "condemned-in-general"])
def test_an_assault_of_no_war_is_no_attack(text: str) -> None:
    assert _events(text) == []
