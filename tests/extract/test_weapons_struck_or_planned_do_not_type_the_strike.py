"""A weapon word naming what was struck (منشآت للأسلحة الكيميائية، مصنع للمتفجرات), an attack only planned
(يخططون لعمليات انتحارية), weapons given up (بإزالة الأسلحة الكيماوية) or gas as fuel (خزانات الوقود والغاز) does not
type the strike told beside it; the weapon it was done with still does, and a strike told as the reply to an attack
(للرد على هجوم) takes nothing from the attack answered."""

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
        ("وجهت الولايات المتحدة وفرنسا ضربات يوم 10 آب 2016 ضد مواقع قرب مدينة حمص مرتبطة ببرنامج الأسلحة "
         "الكيميائية.", ("airstrike", "2016-08-10", "Homs", "France")),
        ("شنت الولايات المتحدة ضربات يوم 10 آب 2016 على منشآت للأسلحة الكيماوية قرب مدينة حمص.",
         ("airstrike", "2016-08-10", "Homs", "US")),
        ("شن الجيش السوري هجوما يوم 10 آب 2016 على مصنع للمتفجرات في مدينة منبج.",
         ("ground_attack", "2016-08-10", "Manbij", "Syrian army")),
        ("قصفت إسرائيل يوم 10 آب 2016 مقرا لمسلحين كانوا يخططون لعمليات انتحارية في مدينة منبج.",
         ("airstrike", "2016-08-10", "Manbij", "Israel")),
        ("قال الرئيس إن روسيا تعهدت بإزالة الأسلحة الكيماوية وإن ضربات الطيران الأمريكي على مدينة حمص يوم 10 آب "
         "2016 نتيجة لذلك.", ("airstrike", "2016-08-10", "Homs", "US")),
        ("قال الرئيس إن روسيا وعدت بنزع الأسلحة الكيماوية وإن ضربات الطيران الأمريكي على مدينة حمص يوم 10 آب 2016 "
         "نتيجة لذلك.", ("airstrike", "2016-08-10", "Homs", "US")),
        ("قصف الحوثيون يوم 10 آب 2016 خزانات الوقود والغاز في مدينة تعز.",
         ("shelling", "2016-08-10", "Taiz", "Houthis")),
        ("هاجم تنظيم داعش يوم 10 آب 2016 حقلا للغاز قرب مدينة تدمر.",
         ("ground_attack", "2016-08-10", "Tadmur", "ISIS")),
    ],
    ids=["chemical-programme", "chemical-facilities", "explosives-factory", "planned-suicide-attacks",
         "chemical-weapons-removed", "chemical-weapons-stripped", "fuel-gas-tanks", "gas-field"],
)
def test_what_was_struck_does_not_type_the_strike(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_the_weapon_it_was_done_with_still_types_it() -> None:
    text = "شن مسلحون هجوما على مستودع بالمتفجرات في مدينة منبج يوم 10 آب 2016."
    assert [kind for kind, *_ in _events(text)] == ["bombing"]


def test_a_strike_in_reply_takes_no_place_from_the_attack_answered() -> None:
    text = ("شنت الولايات المتحدة ضربات على مواقع يعتقد أنها منشآت للأسلحة الكيميائية في تحرك قالت إنه للرد على "
            "هجوم دوما.")
    assert _events(text) == []
