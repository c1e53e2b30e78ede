"""Missiles told again without their side (بعض الصواريخ استهدف مواقع), in a report whose speaker's side stands
before its complementizer (وأوضح مصدر من القوات الموالية أن ...), are those a sentence at most two before names
by the adjective of a side whose missiles strike from afar (واستهدفت الصواريخ الإسرائيلية): that side's
airstrike, not shelling; not missiles only made there (الصواريخ الإيرانية الصنع). (Another side attacks later in the
article, so that Israel is not its one side striking from afar.)"""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

THURSDAY = dt.date(2018, 5, 10)


def _told_again(named: str) -> list[tuple]:
    text = ("قصفت طائرات حربية إسرائيلية فجر الخميس مواقع عسكرية في ريف حمص. وقال المرصد إن الدفاعات الجوية "
            "تصدت لعدد من الصواريخ. وأكدت الحكومة أنها سترد على العدوان. ودعت الأمم المتحدة إلى ضبط النفس. "
            f"واستهدفت {named}، وفق الوكالة الرسمية، كتائب الدفاع الجوي. وأوضح مصدر من القوات الموالية لدمشق "
            'أن "بعض الصواريخ استهدف فوج الدفاع الجوي" وقتل ثلاثة جنود. '
            "وفي حادثة منفصلة، قصفت فصائل المعارضة الخميس مدينة درعا.")
    return [(e.event_type, e.date, e.actor, e.killed) for e in extract_article(article(text, THURSDAY))]


def test_missiles_told_again_are_the_airstrike_of_the_side_named_before() -> None:
    assert _told_again("الصواريخ الإسرائيلية") == [
        ("airstrike", "2018-05-10", "Israel", None),
        ("airstrike", "2018-05-10", "Israel", 3),
        ("shelling", "2018-05-10", "Syrian opposition", None),
    ]


def test_missiles_made_by_a_side_give_no_side_to_missiles_told_again() -> None:
    assert _told_again("الصواريخ الإيرانية الصنع") == [
        ("airstrike", "2018-05-10", "Israel", None),
        ("shelling", "2018-05-10", None, 3),
        ("shelling", "2018-05-10", "Syrian opposition", None),
    ]
