"""A killing whose kind no weapon word tells, told by a toll alone (a statement's lead) or by an assassination, is a
shooting, a ground attack, when its clause names gunfire (برصاص، بإطلاق النار، بعيار ناري) or gunmen after a passive's
agent word (على يد مسلحين): not `other`. An assassination with a bomb is a bombing; one told without its means, an
execution by bullets and the gunmen counted among the dead keep their reading."""

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
        ("أكدت مصادر طبية مقتل ستة أشخاص، الخميس، برصاص الشرطة خلال مواجهات في مدينة الرمادي.",
         [("ground_attack", "2016-08-11", "Ramadi", 6)]),
        ("قتل 14 جنديا على يد مسلحين في مدينة الرمادي، حسبما أعلن مصدر أمني الخميس.",
         [("ground_attack", "2016-08-11", "Ramadi", 14)]),
        ("وأعلن المحافظ أنه تم العثور صباح أمس على شرطيين قتلا بعيار ناري في مدينة الرمادي.",
         [("ground_attack", "2016-08-11", "Ramadi", 2)]),
        ("وقال مسؤول محلي إن مسلحين مجهولين اغتالوا يوم 10 آب 2016 عضوا في المجلس البلدي بالرصاص في مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij", None)]),
        ("وتعرض عناصر الدفاع المدني لعمليات اغتيال كان آخرها مقتل ثلاثة منهم بإطلاق النار عليهم في مدينة منبج يوم 10 آب"
         " 2016.",
         [("ground_attack", "2016-08-10", "Manbij", 3)]),
    ],
    ids=["toll-by-bullets", "toll-by-gunmen", "found-shot", "assassinated-by-bullets", "assassinations-shot"],
)
def test_a_killing_told_with_gunfire_is_a_shooting(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مسؤول محلي إن عضوا في المجلس البلدي اغتيل بعبوة ناسفة يوم 10 آب 2016 في مدينة منبج.",
         [("bombing", "2016-08-10", "Manbij", None)]),
        ("وقال مسؤول محلي إن مسلحين مجهولين اغتالوا يوم 10 آب 2016 عضوا في المجلس البلدي بمدينة منبج.",
         [("other", "2016-08-10", "Manbij", None)]),
        ("وقال مصدر إن التنظيم أعدم رميا بالرصاص 20 شابا في ساحة مدينة منبج يوم 10 آب 2016.",
         [("other", "2016-08-10", "Manbij", 20)]),
        ("أعلن مصدر أمني الخميس مقتل 20 مسلحا وجنديين في مدينة الرمادي.",
         [("other", "2016-08-11", "Ramadi", 22)]),  # 20 gunmen and two soldiers
    ],
    ids=["assassinated-by-a-bomb", "assassinated-no-means", "executed-by-bullets", "gunmen-among-the-dead"],
)
def test_a_killing_keeps_the_kind_its_words_tell(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
