"""A clause that opens with the attack it answers (وردا على قصف ...، شنت الطائرات غارات) is typed by
the attack told after that opening: the answered attack ends at the first comma or the first verb
after its trigger, and its weapons are not the new attack's."""

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
        ("وفي رد على قصف بقذائف الهاون، قصفت المقاتلات الروسية بلدة كفرنبل أمس.",
         [("airstrike", "2016-08-11", "Kafranbel")]),
        ("ردا على إطلاق الصواريخ، أغارت طائرات حربية على مواقع في مدينة خان يونس الأربعاء.",
         [("airstrike", "2016-08-10", "Khān Yūnis")]),
        ("وفي رد على قصف قوات النظام لمدينة درعا بالبراميل المتفجرة أعلنت فصائل المعارضة استهداف مقرات "
         "قوات النظام في مدينة خان أرنبة براجمات الصواريخ أمس.", [("shelling", "2016-08-11", "Khan Arnabah")]),
        ("وردا على الغارات الجوية قصفت الفصائل بقذائف الهاون مدينة اللاذقية أمس.",
         [("shelling", "2016-08-11", "Latakia")]),
    ],
    ids=["mortars-answered-by-jets", "rockets-answered-by-raids", "barrels-answered-by-launchers",
         "raids-answered-by-mortars"],
)
def test_the_attack_after_an_opening_reply_gives_the_type(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_reply_after_the_attack_still_ends_it() -> None:
    text = "وقصفت المدفعية التركية مواقع في مدينة عفرين أمس ردا على هجوم بطائرة مسيرة."
    assert _events(text) == [("shelling", "2016-08-11", "‘Afrīn")]


def test_a_clause_pointing_back_tells_the_attack_answered() -> None:
    text = ("قتل الحزب شرطيين قرب مدينة منبج يوم 10 آب 2016، وذلك ردا على هجوم انتحاري وقع يوم 8 آب 2016 "
            "في مدينة سروج التركية، واستهدف ناشطين.")
    assert _events(text) == [("bombing", "2016-08-08", "Suruç")]
