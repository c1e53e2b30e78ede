"""A definite title right after a noun of violent death stands before a name (مقتل القيادي في التنظيم أبو محمد): one
killed, with the count of his men joined after it (مقتل الوالي وثلاثة من مساعديه: 4); not after a death of any
cause (وفاة الزعيم) nor after the charge of killing (المتهم بقتل العقيد)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return [(e.event_type, e.killed) for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن الجيش مقتل القيادي في تنظيم داعش أبو محمد العراقي في غارة جوية على الموصل أمس.", [("airstrike", 1)]),
        ("هاجمت العشائر أمس منزل والي داعش في كبيسة واشتبكت مع حراسه، ما أدى إلى مقتل الوالي وثلاثة من مساعديه.",
         [("ground_attack", 4)]),
        ("أكدت الحركة أمس وفاة الزعيم الروحي للحركة.", []),
        ("اعتقلت الشرطة أمس في اللاذقية المتهم بقتل العقيد في القوات الجوية حسان الشيخ.", []),
    ],
    ids=["leader", "leader-and-his-men", "death", "charge"],
)
def test_the_named_dead(text: str, expected: list) -> None:
    assert _tolls(text) == expected
