"""Air strikes that back a ground fight (مدعومة بغارات جوية، بغطاء جوي) do not make the fight an air
strike; suffocation and gases (حالات اختناق، بمزيج من الغازات) make a generic attack or a bombardment a
chemical one (`other`)."""

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
        ("وتخوض قوات النظام، مدعومة بغارات جوية روسية، الثلاثاء معارك عنيفة في قرية القصير بريف حمص.",
         [("ground_attack", "2016-08-09", "Al Quşayr")]),
        ("وطردت القوات الكردية التنظيم من منبج بعد معارك عنيفة وبغطاء جوي من التحالف في أغسطس 2016.",
         [("ground_attack", "2016-08", "Manbij")]),
        ("وأدى الهجوم على مدينة دوما إلى مقتل عشرات الأشخاص، وإصابة المئات بحالات اختناق.",
         [("other", None, "Dūmā")]),
        ("وقصف الجيش العراقي مدينة حلبجة بمزيج من الغازات عام 1988.", [("other", "1988", "Halabja")]),
        ("وأدى الهجوم على مدينة دوما إلى مقتل عشرات الأشخاص.", [("ground_attack", None, "Dūmā")]),
        ("وطردت القوات الكردية التنظيم من مدينة منبج في أغسطس 2016 في هجوم ساندته ضربات جوية للتحالف.",
         [("ground_attack", "2016-08", "Manbij")]),
    ],
    ids=["backed-by-air-strikes", "under-air-cover", "suffocation", "gases", "an-attack-without-gas",
         "an-attack-the-strikes-backed"],
)
def test_the_attack_s_type(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
