"""An execution told as an operation (نفذ التنظيم عملية إعدام، عملية الإعدام) is a weak trigger of an execution
(other): an event with a side or a toll in its clause, none for a slow death told of a statue or for executions
broadcast in general, and none for a court's sentence carried out."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "نفذ تنظيم داعش عملية إعدام بحق أربعة أسرى في مدينة البوكمال يوم 10 آب 2016.",
        "وقال ناشطون إن تنظيم داعش نفذ عملية الإعدام في ساحة مدينة البوكمال يوم 10 آب 2016.",
    ],
    ids=["indefinite", "definite"],
)
def test_an_execution_operation_by_a_side_is_an_event(text: str) -> None:
    assert _events(text) == [("other", "2016-08-10", "Abu Kamal", "ISIS")]


@pytest.mark.parametrize(
    "text",
    [
        "يتعرض التمثال في مدينة البوكمال إلى عملية إعدام بطيئة منذ 10 آب 2016.",
        "كانت القنوات تبث تنفيذ عمليات الإعدام في مدينة البوكمال يوم 10 آب 2016.",
        "نفذت السلطات عملية الإعدام بحق المدان في مدينة الكويت يوم 10 آب 2016 بعد إدانته بالقتل.",
    ],
    ids=["a-statue", "broadcast-in-general", "a-courts-sentence"],
)
def test_an_execution_operation_without_an_armed_side_is_no_event(text: str) -> None:
    assert _events(text) == []
