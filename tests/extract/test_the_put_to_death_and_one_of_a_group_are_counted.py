"""The put to death count as killed (أعدم التنظيم أربعة، إعدام 19 شخصا); one of a group counts one before
the group's people (مقتل أحد عناصر الشرطة، استشهاد أحد أفرادها، مقتل أحد قادته,
not سقوط إحدى مقاتلاتها or أحد القتلى هو);
a singular person joined to another person or a count adds up (مقتل ضابط وثلاثة جنود: four)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import Toll, find_toll
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعدم التنظيم نحو 40 شخصا في ساحة المدينة", Toll(killed=40)),
        ("أعلن مصدر أمني إعدام 19 شخصا من عناصر التنظيم", Toll(killed=19, victims="fighters")),
        ("أسفر القصف عن مقتل أحد عناصر الشرطة وإصابة اثنين", Toll(killed=1, injured=2, victims="fighters")),
        ("مما نتج عنه استشهاد أحد أفرادها وإصابة زميله", Toll(killed=1)),
        ("تعرض حارسان لهجوم أسفر عن مقتل أحدهما", Toll(killed=1)),
        ("قتل ضابط وثلاثة جنود في انفجار عبوة", Toll(killed=4, victims="fighters")),
        ("أسفر القصف عن مقتل رجل وامرأة", Toll(killed=2, victims="civilians")),
        ("قتل قائد ميداني وأحد عناصره في الاشتباكات", Toll(killed=2)),
        ("قصف الطيران مواقع التنظيم ما أدى إلى مقتل أحد قادته", Toll(killed=1)),
    ],
    ids=["executed", "execution-noun", "one-of-the-police", "one-of-its-members", "one-of-the-two",
         "officer-and-three-soldiers", "man-and-woman", "leader-and-one-of-his-men", "one-of-its-leaders"],
)
def test_counted(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "شنت الطائرات غارات بعد سقوط إحدى مقاتلاتها قرب الحدود",
        "قال المصدر إن أحد القتلى هو قائد المجموعة",
        "قتل عدد من العناصر بينهم قيادي في المجموعة",
        "أسفر القصف عن مقتل طفل وعشرات المدنيين",
    ],
    ids=["one-of-its-planes", "one-of-the-dead-is", "among-them-a-leader", "a-child-and-tens"],
)
def test_not_counted(text: str) -> None:
    assert find_toll(normalize(text)).killed is None


def test_an_execution_at_an_air_force_college_stays_an_execution() -> None:
    text = "وكان التنظيم قد أعدم نحو 300 من طلاب كلية القوة الجوية في قاعدة قرب مدينة تكريت الشهر الماضي."
    events = extract_article(article(text, dt.date(2015, 7, 27)))
    assert [(e.event_type, e.date, e.date_precision, e.place, e.killed) for e in events] == [
        ("other", "2015-06", "month", "Tikrīt", 300)
    ]
