"""Control imposed on a place (فرضت القوات سيطرتها على الحي، تمكنت من فرض سيطرتها أمس على البلدة) is a capture:
a ground attack; imposed on no place (فرض الفريق سيطرته ونجح مهاجمه، على مجريات المباراة) it is none."""

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
        ("وتمكنت القوات الأمنية من فرض سيطرتها أمس على مبنى المحكمة الواقع جنوبي مدينة الرمادي.",
         [("ground_attack", "2016-08-11", "Ramadi")]),
        ("وفرضت القوات الأمنية أمس سيطرتها على مدينة الرمادي.", [("ground_attack", "2016-08-11", "Ramadi")]),
        ("وفرضت قوات النظام سيطرتها الكاملة على بلدة القصير بريف حمص يوم الثلاثاء.",
         [("ground_attack", "2016-08-09", "Al Quşayr")]),
        ("وفرض الفريق سيطرته ونجح مهاجمه في تسجيل الهدف الثاني في مدينة حلب يوم الثلاثاء.", []),
        ("وفرض الفريق سيطرته أمس على مجريات المباراة في مدينة حلب.", []),
        ("وتقع البلدة على طريق يربط مدينة تدمر التي سيطر عليها التنظيم في 21 أيار بمناطق سيطرته في ريف حمص.",
         [("ground_attack", "2016-05-21", "Tadmur")]),
    ],
    ids=["from-imposing-with-its-day-between", "its-day-between", "subject-between", "a-game-no-on", "a-game",
         "a-capture-of-a-place-told-before-then-its-control"],
)
def test_control_imposed(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
