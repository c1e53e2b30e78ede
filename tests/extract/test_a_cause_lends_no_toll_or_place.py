"""What an attack came after or answers (وبعد مقتل جنود في هجوم على حاجز في مدينة س، شنت الطائرات غارات؛ قصفت
الطائرات مواقع بعد مقتل جنود في مدينة س) lends it neither its toll, nor its place, nor its day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبعد إقدام مسلحين من التنظيم على قتل ثلاثة من رجال الشرطة في مدينة تكريت، شنت القوات العراقية عدة "
         "غارات جوية على مواقع التنظيم في الموصل يوم الأحد.", [("airstrike", "2016-07-17", "Mosul", None)]),
        ("وبعد مقتل ثلاثة جنود في هجوم على حاجز في مدينة تكريت السبت، شنت الطائرات العراقية غارات على مواقع "
         "التنظيم في الموصل يوم الأحد.", [("airstrike", "2016-07-17", "Mosul", None)]),
        ("وردا على مقتل ثلاثة جنود في هجوم على حاجز في مدينة تكريت، شنت الطائرات العراقية غارات على مواقع "
         "التنظيم يوم الأحد.", [("airstrike", "2016-07-17", None, None)]),
        ("وإثر هجوم على حاجز في مدينة تكريت، قصفت الطائرات العراقية مواقع التنظيم يوم الأحد.",
         [("airstrike", "2016-07-17", None, None)]),
        ("وبعيد التفجير في مدينة سوروتش، استهدف هجوم انتحاري بسيارة مفخخة حاجزا للقوات الكردية في مدينة كوباني "
         "أمس، ما أدى إلى مقتل خمسة مقاتلين.", [("bombing", "2016-07-17", "‘Ayn al ‘Arab", 5)]),
        ("وبعد هذا الهجوم على مدينة سوروتش، استهدف انتحاري بسيارة مفخخة حاجزا للقوات الكردية في مدينة كوباني "
         "يوم الأحد، ما أدى إلى مقتل خمسة مقاتلين.", [("bombing", "2016-07-17", "‘Ayn al ‘Arab", 5)]),
        ("وبعد أسبوع من الهجوم على حاجز في مدينة تكريت يوم السبت، قصفت الطائرات العراقية مواقع التنظيم في "
         "مدينة الموصل.", [("airstrike", None, "Mosul", None)]),
        ("وبعد ثلاثة أيام من الهجوم، الذي وقع في مدينة تكريت وقتل فيه خمسة جنود، شنت الطائرات العراقية غارات على "
         "مواقع التنظيم في مدينة الموصل يوم الأحد.", [("airstrike", "2016-07-17", "Mosul", None)]),
        ("وبعد الهجوم، الذي وقع في مدينة تكريت يوم 10 تموز، شنت الطائرات العراقية غارات على مواقع التنظيم في "
         "مدينة الموصل.", [("airstrike", None, "Mosul", None)]),
        ("وبعد يومين من سيطرة القوات على مدينة بيجي، قصفت الطائرات العراقية مواقع التنظيم في مدينة تكريت.",
         [("airstrike", None, "Tikrīt", None)]),
    ],
    ids=["killing-before-raids", "dated-killing-before-raids", "reply-to-deaths", "after-an-attack",
         "shortly-after-a-bombing", "after-this-attack", "a-week-after-an-attack",
         "days-after-an-attack-described", "after-an-attack-described", "two-days-after-a-capture"],
)
def test_an_opening_cause_lends_nothing(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات العراقية غارات على مواقع التنظيم في الموصل يوم الأحد بعد مقتل ثلاثة من رجال الشرطة في "
         "هجوم على مدينة تكريت.", [("airstrike", "2016-07-17", "Mosul", None)]),
        ("قصفت الطائرات العراقية مواقع التنظيم يوم الأحد بعد مقتل ثلاثة من رجال الشرطة في هجوم في مدينة تكريت.",
         [("airstrike", "2016-07-17", None, None)]),
    ],
    ids=["raids-after-deaths", "shelling-after-deaths"],
)
def test_deaths_an_attack_came_after_are_not_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبعد ظهر الأحد، قصفت الطائرات العراقية مواقع التنظيم في مدينة تكريت.",
         [("airstrike", "2016-07-17", "Tikrīt", None)]),
        ("قتل ثلاثة مدنيين في غارة على مدينة تكريت يوم الأحد بعد مقتل جندي في هجوم.",
         [("airstrike", "2016-07-17", "Tikrīt", 3)]),
    ],
    ids=["a-time-after-noon", "deaths-told-before-the-cause"],
)
def test_what_is_no_cause_stays_the_attacks(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def _sides(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكانت تركيا قصفت في الأيام الأخيرة مواقع للحزب في شمال العراق إثر التفجير الانتحاري في مدينة سروج يوم 10 "
         "تموز الذي أودى بحياة 32 شخصا.", [("bombing", "2016-07-10", "Suruç", None, 32)]),
        ("وتتوقع أوساط قيام الولايات المتحدة بشن ضربات على مواقع في سوريا بعد هجوم كيماوي أدى إلى مقتل 60 مدنيا في "
         "مدينة دوما يوم السبت.", [("other", "2016-07-16", "Dūmā", None, 60)]),
    ],
    ids=["strikes-after-a-bombing", "strikes-expected-after-a-chemical-attack"],
)
def test_the_side_of_what_a_cause_brought_about_is_not_the_causes(text: str, expected: list[tuple]) -> None:
    assert _sides(text) == expected
