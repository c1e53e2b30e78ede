"""A generic attack by a side that fights on the ground (تتصدر قوات من حزب الله الهجوم على المدينة), or by a side's
ground forces, and an air strike at the same town named without that side (استهدف الطيران المروحي أحياء المدينة)
are two attacks: the strike is not given that side, and the side's assault is not typed an air strike. A generic
attack by a side that strikes from the air (الهجوم الإسرائيلي) is still the air strike told at its place."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2015, 7, 22)))]


def test_the_air_strike_is_not_the_ground_sides_attack() -> None:
    text = ("استهدف الطيران المروحي أحياء مدينة الزبداني بأكثر من 28 برميلا متفجرا. وتتصدر قوات من حزب الله "
            "طليعة الهجوم على مدينة الزبداني.")
    assert _events(text) == [("airstrike", "Az Zabadānī", None)]


def test_an_air_sides_generic_attack_is_its_air_strike() -> None:
    text = ("استهدف الطيران الحربي أمس مطار التيفور في ريف حمص بعدة صواريخ. وأدانت دمشق الهجوم الإسرائيلي على "
            "مطار التيفور.")
    assert _events(text) == [("airstrike", "Tiyas (T4) airbase", "Israel")]
