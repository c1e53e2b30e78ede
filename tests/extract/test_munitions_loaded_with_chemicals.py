"""A munition loaded with a chemical weapon (صواريخ محملة بغاز الكلور، قذائف تحتوي على غازات سامة) makes a
chemical attack (`other`), whoever fired it and from wherever; a shell hitting a tanker loaded with gas
stays shelling."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت قوات النظام بلدة كفرزيتا بصواريخ محملة بغاز الكلور أمس.", [("other", "2016-08-11", "Kafr Zita")]),
        ("وسقط صاروخ محمل بالسارين على بلدة كفرزيتا أمس.", [("other", "2016-08-11", "Kafr Zita")]),
        ("وأطلق التنظيم قذائف تحتوي على غازات سامة على بلدة كفرزيتا أمس.",
         [("other", "2016-08-11", "Kafr Zita")]),
        ("وألقت المروحيات براميل متفجرة محملة بغاز الكلور على بلدة كفرزيتا أمس.",
         [("other", "2016-08-11", "Kafr Zita")]),
        ("وأصابت قذيفة صهريجا محملا بالغاز في بلدة كفرزيتا أمس.", [("shelling", "2016-08-11", "Kafr Zita")]),
    ],
    ids=["rockets-loaded-with-chlorine", "rocket-loaded-with-sarin", "shells-holding-gases",
         "barrels-loaded-with-chlorine", "a-tanker-loaded-with-gas"],
)
def test_a_chemical_load_makes_a_chemical_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_chemical_attack_takes_the_date_set_off_after_it() -> None:
    text = ("واتهمت المعارضة التنظيم بإطلاق قذائف تحتوي على غازات سامة على مدينة منبج، وعلى مواقع أخرى جنوب "
            "المدينة، الشهر الماضي.")
    assert _events(text) == [("other", "2016-07", "Manbij")]


@pytest.mark.parametrize(
    "recalled",
    ["في أغسطس 2013 قتل المئات في هجوم كيماوي على الغوطة الشرقية.",
     "في أغسطس 2013 أطلق صاروخ محمل بغاز السارين على الغوطة الشرقية ما أسفر عن مقتل المئات."],
    ids=["chemical-attack", "sarin-rocket"],
)
def test_an_undated_telling_elsewhere_does_not_place_a_recalled_attack(recalled: str) -> None:
    text = recalled + "\nوتتهم المعارضة النظام بتنفيذ الهجوم الكيماوي على مدينة دوما الذي أودى بحياة العشرات."
    assert _events(text) == [("other", "2013-08", "Eastern Ghouta")]
