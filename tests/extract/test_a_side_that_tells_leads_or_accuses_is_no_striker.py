"""A side named after a word of telling (رواية حزب الله، التي أفصحت عنها ميليشيات حزب الله) or a leader's title
(الأمين العام لميليشيات حزب الله), or who accuses another side (اتهمت روسيا إسرائيل، ووجهت سوريا وروسيا وإيران
الاتهامات لإسرائيل), also when a relative clause describes it before the accused (اتهم الفصيل الذي كان
يسيطر على المدينة النظام بطمس الأدلة), speaks: it is never who struck. The accused side after the verb
(اتهمت دمشق إسرائيل بشن غارة) is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 4, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتحدثت رواية حزب الله عن غارات استهدفت مطار الشعيرات في ريف حمص يوم 17 نيسان 2018.",
         [("airstrike", "2018-04-17", "Shayrat airbase", None)]),
        ("وقال الأمين العام لميليشيات حزب الله إن الإسرائيليين ارتكبوا خطأ بقصفهم مطار التيفور يوم 9 نيسان 2018.",
         [("shelling", "2018-04-09", "Tiyas (T4) airbase", None)]),
        ("وقتل جنود في غارة على مطار التيفور يوم 9 نيسان 2018، ووجهت سوريا وروسيا وإيران الاتهامات لإسرائيل.",
         [("airstrike", "2018-04-09", "Tiyas (T4) airbase", None)]),
        ("وقتل جنود في غارة على مطار التيفور يوم 9 نيسان 2018، واتهمت روسيا إسرائيل بالوقوف وراءها.",
         [("airstrike", "2018-04-09", "Tiyas (T4) airbase", "Israel")]),
        ("وكانت دمشق قد اتهمت إسرائيل بشن غارة على مطار التيفور يوم 9 نيسان 2018.",
         [("airstrike", "2018-04-09", "Tiyas (T4) airbase", "Israel")]),
        ("وتتهم إسرائيل الحرس الثوري الإيراني بإطلاق 20 صاروخا على مواقعها في هضبة الجولان يوم 10 نيسان 2018.",
         [("airstrike", "2018-04-10", "Golan Heights", "Iran")]),
        ("وقتل 40 شخصا في هجوم كيماوي على مدينة دوما يوم 7 نيسان 2018، واتهم فصيل جيش الإسلام الذي كان يسيطر على "
         "المدينة النظام بطمس الأدلة.", [("other", "2018-04-07", "Dūmā", None)]),
        ("واجتمع المجلس بحضور سفير روسيا وفرنسا لبحث الهجوم الكيماوي على مدينة دوما يوم 7 نيسان 2018.",
         [("other", "2018-04-07", "Dūmā", None)]),
        ("وكشفت الرواية الرسمية وتلك التي أفصحت عنها ميليشيات حزب الله عن تضارب بشأن الغارات التي استهدفت مطار "
         "الشعيرات يوم 17 نيسان 2018.", [("airstrike", "2018-04-17", "Shayrat airbase", None)]),
    ],
    ids=["narrative-of", "leader-of", "accusers-listed", "accuser-before-accused", "accused-after-verb",
         "accused-after-accuser", "accuser-described-before-accused", "ambassadors-of", "account-given-by"],
)
def test_a_side_that_tells_leads_or_accuses_is_no_striker(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
