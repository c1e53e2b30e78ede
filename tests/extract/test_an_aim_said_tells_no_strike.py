"""A present strike verb right after a complementizer carrying its subject's pronoun (تقول أنقرة إنه يستهدف الوحدات
الكردية) tells what a side says its attack aims at, not a strike: the attack named before it keeps the kind its own
word names (a ground attack), where the verb typed it shelling by default. A past verb so told (أعلن الجيش أنه
استهدف) still tells the strike."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 3, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتطوق القوات التركية مدينة عفرين منذ الاثنين، إثر هجوم بدأته يوم 20 كانون الثاني 2018 تقول إنه يستهدف "
         "الوحدات الكردية.", [("ground_attack", "2018-01-20", "‘Afrīn", "Turkey")]),
        ("ويأتي هذا التقدم في إطار العملية العسكرية المستمرة التي بدأتها تركيا والفصائل الموالية لها يوم 20 كانون "
         "الثاني 2018، وتقول أنقرة إنها تستهدف الوحدات الكردية.", [("ground_attack", "2018-01-20", None, "Turkey")]),
    ],
    ids=["an-attack-said-to-aim-at", "an-operation-said-to-aim-at"],
)
def test_the_attack_named_before_keeps_its_kind(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_past_strike_verb_so_told_is_the_strike() -> None:
    text = "أعلن الجيش التركي أنه استهدف يوم 15 آذار 2018 مواقع الوحدات الكردية في مدينة عفرين."
    assert _events(text) == [("shelling", "2018-03-15", "‘Afrīn", "Turkey")]
