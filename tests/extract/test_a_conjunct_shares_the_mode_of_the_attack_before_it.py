"""A trigger noun joined by و to an unasserted trigger noun before it in its clause, or its weapon after ب, with no
strike verb between them and no toll told, shares its mode (دعا المبعوث إلى وقف القصف على الغوطة وقصف دمشق بقذائف
الهاون: both are what he called to stop); a strike verb of its own, a toll, or an asserted attack before it keep it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 2, 23)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "كرر المبعوث الجمعة دعوته لوقف القصف على الغوطة الشرقية وقصف العاصمة دمشق بقذائف الهاون.",
        "طالب المبعوث الجمعة بوقف الغارات على الغوطة الشرقية والقصف على دمشق بقذائف الهاون.",
        'وكتب القيادي الأربعاء "تفجيرات مفتعلة وسيارات مفخخة وعراقيل لا تنتهي" في مدينة دوما.',
    ],
    ids=["a-call-to-stop-both", "a-demand-to-stop-both", "staged-bombings-and-car-bombs"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 مدنيين الجمعة بعد توقف الغارات على الغوطة الشرقية والقصف على دمشق بقذائف الهاون.",
         [("shelling", "2018-02-23", "Damascus", 5)]),
        ("أسقطت الدفاعات الجوية الجمعة طائرة مسيرة وقصفت المدفعية مواقع المسلحين في بلدة كفرنبل.",
         [("shelling", "2018-02-23", "Kafranbel", None)]),
        ("شنت الطائرات الجمعة غارات على بلدة كفرنبل وقصف على مدينة معرة النعمان.",
         [("airstrike", "2018-02-23", "Kafranbel", None), ("shelling", "2018-02-23", "Maarat al-Numan", None)]),
    ],
    ids=["a-toll-told", "a-strike-verb-of-its-own", "an-asserted-strike-before"],
)
def test_the_attack_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
