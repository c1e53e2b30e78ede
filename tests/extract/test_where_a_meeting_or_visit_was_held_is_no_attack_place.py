"""Where a speaker's press conference or a minister's visit was held, told before the attack, is not
where the attack happened; a meeting told after the attack's trigger is its scene or its target."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الوالي في مؤتمر صحافي في شانلي اورفة إن الهجوم الانتحاري قتل 32 شخصا أمس.", [None]),
        ("قام وزير الدفاع الأميركي بزيارة غير معلنة إلى بغداد أمس بحث خلالها العمليات العسكرية ضد التنظيم.",
         [None]),
        ("وقال الوزير خلال زيارته إلى أنقرة إن طائرات التحالف قصفت أمس مواقع للتنظيم في مدينة الرقة.",
         ["Ar Raqqah"]),
        ("وقتل خمسة من قادة التنظيم أمس في غارة استهدفت اجتماعا لهم في مدينة إدلب.", ["Idlib"]),
        ("قتل أربعة أمس في تفجير انتحاري خلال اجتماع للحزب في مدينة كركوك.", ["Kirkuk"]),
        ("وزار الوزير مدينة منبج التي سيطرت عليها القوات أمس.", ["Manbij"]),
    ],
    ids=["a-press-conference", "a-visit", "a-visit-and-the-attack-place", "a-meeting-struck", "a-meeting-as-scene",
         "a-visited-town-the-attack-took"],
)
def test_a_venue_places_no_attack(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
