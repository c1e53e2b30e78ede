"""A capture told as achieved (تمكنت الفصائل من السيطرة على المدينة، تمكن الجيش ... من استعادة، نجحت القوات ... في
السيطرة على، تمكنت ... من انتزاع السيطرة على) or a town wrested or seized (انتزعت الفصائل بلدة س، استولى التنظيم على
مدينة س) or as control
imposed or completed (بسط الجيش سيطرته على، أحكمت القوات سيطرتها على، نجح الجيش في فرض السيطرة على، استكملت
القوات سيطرتها على) is a ground attack, with its subject between the
verb and its object too; told as a purpose (ليتمكن الجيش من بسط سيطرته) or of no place (مجريات المباراة) it
is none."""

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
        ("وقال المرصد إن فصائل المعارضة تمكنت من السيطرة على مدينة منبج يوم 10 آب 2016 بعد معارك عنيفة.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian opposition")]),
        ("وتمكن الجيش السوري يوم 10 آب 2016 من استعادة مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("وأعلن الجيش السوري بسط سيطرته على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("وأحكمت القوات الحكومية سيطرتها على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("وقال المرصد إن فصائل المعارضة نجحت في استعادة مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian opposition")]),
        ("ونجحت القوات التي يقودها الجيش السوري في السيطرة على مدينة منبج يوم 10 آب 2016، في إطار عملية بدأت منذ "
         "شهرين أسفرت عن مقتل مدنيين في القصف.", [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("واستكملت القوات الحكومية سيطرتها على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("وأكملت القوات الحكومية أمس السيطرة على مدينة منبج.",
         [("ground_attack", "2016-08-11", "Manbij", "Syrian army")]),
        ("ونجح الجيش السوري في فرض السيطرة على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("وتمكنت فصائل المعارضة يوم 10 آب 2016 من انتزاع السيطرة على مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian opposition")]),
        ("ونجحت القوات الحكومية في انتزاع السيطرة على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("وانتزعت فصائل المعارضة أمس مدينة منبج من التنظيم.",
         [("ground_attack", "2016-08-11", "Manbij", "Syrian opposition")]),
        ("واستولت فصائل المعارضة أمس على مدينة منبج.",
         [("ground_attack", "2016-08-11", "Manbij", "Syrian opposition")]),
        ("وتمكنت قوات النظام السوري والميليشيات المتحالفة معها أمس من السيطرة على مدينة منبج.",
         [("ground_attack", "2016-08-11", "Manbij", "Syrian army")]),
    ],
    ids=["achieved", "achieved-subject-between", "imposed-verbal-noun", "imposed-subject-between", "succeeded",
         "succeeded-subject-between-with-the-campaigns-shelling", "completed", "completed-day-between",
         "succeeded-in-imposing", "control-wrested-subject-between", "succeeded-in-wresting-control",
         "a-town-wrested", "a-town-seized", "achieved-two-sides-and-the-day-between"],
)
def test_a_capture_achieved_or_imposed_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وانسحبت الفصائل من أطراف المدينة ليتمكن الجيش من بسط سيطرته على مدينة منبج يوم 10 آب 2016.",
        "وتمكن الفريق من السيطرة على مجريات المباراة في مدينة منبج يوم 10 آب 2016.",
        "ونجح الفريق في السيطرة على مجريات المباراة في مدينة منبج يوم 10 آب 2016.",
        "وتسعى القوات الحكومية إلى فرض السيطرة على مدينة منبج يوم 10 آب 2016.",
        "وانتزع فريق منبج الصدارة من منافسه في مدينة منبج يوم 10 آب 2016.",
        "وانتزعت الفرق الهندسية مئات الألغام في مدينة منبج يوم 10 آب 2016.",
        "واستولى مسلحون على أموال مصرف في مدينة منبج يوم 10 آب 2016.",
        "وانتزع المسلحون قلب الجندي في مدينة منبج يوم 10 آب 2016.",
        "وانتزع المسلحون قلب الجندي وهو حي يوم 10 آب 2016.",
    ],
    ids=["purpose", "a-game-dominated", "a-game-dominated-by-success", "imposing-as-an-aim", "a-lead-wrested",
         "mines-lifted", "money-seized", "wrested-in-a-town", "wrested-alive"],
)
def test_a_capture_as_a_purpose_or_of_no_place_is_no_attack(text: str) -> None:
    assert _events(text) == []
