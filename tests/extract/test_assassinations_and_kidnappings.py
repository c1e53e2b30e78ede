"""An assassination or a kidnapping told by its verb (اغتال مسلحون، اغتيل، اختطف التنظيم) is an attack of the
`other` type, though no weapon is named; the present tense tells a habit or a threat."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مسؤول محلي إن مسلحين مجهولين اغتالوا يوم 10 آب 2016 عضوا في المجلس البلدي بمدينة منبج.",
         [("other", "2016-08-10", "Manbij", None)]),
        ("وذكر ناشطون أن تنظيم داعش اختطف يوم 10 آب 2016 عشرين مدنيا من قرية قرب مدينة منبج.",
         [("other", "2016-08-10", "Manbij", "ISIS")]),
        ("وأفاد المرصد بأن عناصر من التنظيم اختطفتا معلمتين في مدينة منبج يوم 10 آب 2016.",
         [("other", "2016-08-10", "Manbij", None)]),
        ("وقال مسؤول محلي إن عضوا في المجلس البلدي اغتيل يوم 10 آب 2016 في مدينة منبج.",
         [("other", "2016-08-10", "Manbij", None)]),
    ],
    ids=["gunmen-assassinated", "isis-kidnapped", "dual-kidnapped", "assassinated-passive"],
)
def test_an_assassination_or_a_kidnapping_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن التنظيم يختطف المدنيين في مدينة منبج منذ سنوات.",
        "وحذر المسؤول من أن الخلايا تغتال الموظفين في مدينة منبج.",
    ],
    ids=["present-kidnapping-habit", "present-assassination"],
)
def test_the_present_tense_tells_no_attack(text: str) -> None:
    assert _events(text) == []
