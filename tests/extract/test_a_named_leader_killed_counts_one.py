"""A definite title right after a noun of violent death stands before a name (مقتل القيادي في التنظيم أبو محمد، مقتل
الضابط فلان), and a name after it stands before a title in apposition after a comma (مقتل فلان، زعيم الجماعة؛ مقتل
فلان، أحد قادة التنظيم; not مقتل مدنيين في القصف، أحد سكان): one killed, with the count of his men joined after
it (مقتل الوالي وثلاثة من مساعديه: 4); not after a death of any cause (وفاة الزعيم) nor after the charge of killing
(المتهم بقتل العقيد)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import find_toll
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
        ("أعلن الجيش أمس مقتل سمير الخالدي، زعيم جماعة مسلحة، في غارة جوية على الموصل.", [("airstrike", 1)]),
        ("أعلن الجيش أمس مقتل سمير الخالدي، أحد قادة التنظيم، في غارة جوية على الموصل.", [("airstrike", 1)]),
        ("هاجم مسلحون أمس موقعا للجيش قرب الموصل، ما أسفر عن مقتل الضابط «سمير خالد».", [("ground_attack", 1)]),
    ],
    ids=["leader", "leader-and-his-men", "death", "charge", "a-title-after-the-name", "one-of-the-leaders-after-it",
         "an-officer"],
)
def test_the_named_dead(text: str, expected: list) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    ["وأعلن الجيش مقتل مسلحين في الغارة، قائد الجيش قال إن الغارة أصابت أهدافها",
     "وأعلن المرصد مقتل المدنيين في القصف، أحد سكان المدينة قال إن القصف استمر"],
    ids=["a-count-before-the-comma", "a-circumstance-before-the-comma"],
)
def test_no_name_before_the_comma(text: str) -> None:
    assert find_toll(normalize(text)).killed is None
