"""A side named after a verb of striking whose subject is an attack (الهجوم استهدف مخازن كانت إيران تخزنها، القصف
الأخير استهدف حيا حولته قوات النظام إلى قاعدة) is in what the attack struck: never who struck; the attack's own
side before the verb, or a side claiming it, still is (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت مصادر محلية إن الغارة الإسرائيلية استهدفت مخازن صواريخ كانت إيران تخزنها قرب مدينة حماة يوم الأحد.",
         [("airstrike", "2016-08-07", "Ḩamāh", "Israel", None)]),
        ("وقال مصدر عسكري إن الهجوم استهدف مخازن صواريخ كانت إيران تخزنها قرب مدينة حماة يوم الأحد.",
         [("shelling", "2016-08-07", "Ḩamāh", None, None)]),
        ("وقال الناطق باسم الفصائل إن القصف الأخير استهدف حيا في وسط مدينة درعا حولته قوات النظام إلى قاعدة يوم "
         "الجمعة.",
         [("shelling", "2016-08-12", "Dar‘ā", None, None)]),
        ("وقتل 7 جنود يوم الاثنين في انفجار استهدف حافلة للشرطة في مدينة العريش وتبناه تنظيم داعش.",
         [("bombing", "2016-08-08", "Arīsh", "ISIS", 7)]),
    ],
    ids=["its-own-side-before", "depots-a-side-held", "a-district-a-side-held", "a-claiming-side"],
)
def test_a_side_in_what_an_attack_struck_is_not_its_actor(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت طائرات مجهولة قاعدة عسكرية قرب مدينة حماة يوم الأحد ما أسفر عن تدمير الصواريخ الإيرانية.",
        "وقصفت طائرات مجهولة قاعدة عسكرية قرب مدينة حماة يوم الأحد ما أسفر عن تدمير دبابات روسية.",
    ],
    ids=["a-sides-missiles-destroyed", "a-sides-tanks-destroyed"],
)
def test_a_side_whose_arms_were_destroyed_is_not_the_actor(text: str) -> None:
    assert _events(text) == [("airstrike", "2016-08-07", "Ḩamāh", None, None)]
