"""Coreference inside one article: tellings of one attack become one event (a summary and its
detail, a generic "attack" and the bombing it names, one toll dated two ways), and a sentence that
says it tells another incident stays apart."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل جنديان في تفجير سيارة مفخخة في مدينة منبج يوم 10 آب 2016. وفي حادثة منفصلة، قتل ثلاثة جنود "
         "في تفجير عبوة ناسفة يوم 10 آب 2016.",
         [("bombing", "2016-08-10", "day", "Manbij", 2), ("bombing", "2016-08-10", "day", None, 3)]),
        ("قتل جنديان في تفجير سيارة مفخخة في مدينة منبج يوم 10 آب 2016. وفي حادث آخر قتل ثلاثة جنود "
         "في تفجير عبوة ناسفة يوم 10 آب 2016.",
         [("bombing", "2016-08-10", "day", "Manbij", 2), ("bombing", "2016-08-10", "day", None, 3)]),
        ("قتل جنديان في تفجير سيارة مفخخة في مدينة منبج يوم 10 آب 2016. وقتل ثلاثة جنود في تفجير عبوة "
         "ناسفة يوم 10 آب 2016.",
         [("bombing", "2016-08-10", "day", "Manbij", 2)]),
        ("قتل ثلاثة مدنيين يوم 10 آب 2016 في غارات استهدفت مناطق عدة. وعلى جبهة أخرى، استهدفت غارات مواقع في "
         "مدينة منبج وقتل 36 عنصرا.",
         [("airstrike", "2016-08-10", "day", None, 3), ("airstrike", None, None, "Manbij", 36)]),
    ],
    ids=["separate-incident", "another-incident", "no-cue-one-event", "another-front"],
)
def test_a_sentence_telling_another_incident_stays_apart(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_dated_generic_attack_is_the_bombing_of_its_month() -> None:
    text = ("قتل 4 أشخاص في تفجيرات في مدينة منبج في كانون الثاني 2016. "
            "وأودى الهجوم بحياة منفذيه في كانون الثاني 2016.")
    assert _events(text) == [("bombing", "2016-01", "month", "Manbij", 4)]


def test_an_undated_generic_attack_does_not_take_another_type() -> None:
    text = ("قتل 4 أشخاص في تفجيرات في مدينة منبج في كانون الثاني 2016. "
            "وقتل جنديان في هجوم على حاجز في مدينة منبج.")
    assert _events(text) == [("bombing", "2016-01", "month", "Manbij", 4),
                             ("ground_attack", None, None, "Manbij", 2)]


def test_a_month_summary_over_a_country_is_its_dated_detail() -> None:
    text = ("شنت طائرات روسية غارات جوية على سوريا في آب 2016. "
            "وقصفت طائرات روسية مدينة منبج يوم 10 آب 2016 وقتل 5 مدنيين.")
    assert _events(text) == [("airstrike", "2016-08-10", "day", "Manbij", 5)]


def test_a_night_of_two_days_is_not_a_summary_of_a_day() -> None:
    text = ("شنت طائرات تركية غارات جوية يوم الجمعة. "
            "وقصفت المقاتلات التركية مواقع في شمال العراق ليل الخميس الجمعة.")
    assert _events(text) == [("airstrike", "2016-08-12", "day", None, None),
                             ("airstrike", "2016-08-11", "range", "Northern Iraq", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 32 شخصا في تفجير انتحاري في مدينة سروج يوم الاثنين. وكانت المدينة قد شهدت تفجيرا انتحاريا "
         "أمس الأول أسفر عن مقتل 32 شخصا.",
         [("bombing", "2016-08-08", "day", "Suruç", 32)]),
        ("قتل 32 شخصا في تفجير انتحاري في مدينة سروج يوم 2 آب 2016. وكانت المدينة قد شهدت تفجيرا انتحاريا "
         "يوم 8 آب 2016 أسفر عن مقتل 32 شخصا.",
         [("bombing", "2016-08-02", "day", "Suruç", 32), ("bombing", "2016-08-08", "day", None, 32)]),
        ("قتل تسعة مدنيين في غارة جوية على مدينة الباب يوم الأربعاء. وقال المرصد إن تسعة مدنيين قتلوا في الغارات "
         "الجوية التي شنتها طائرات تركية فجر أمس على مواقع في ريف حلب.",
         [("airstrike", "2016-08-10", "day", "Al-Bab", 9)]),
        ("قتل تسعة مدنيين في غارة جوية على مدينة الباب يوم الأربعاء. وقال المرصد إن تسعة عناصر من التنظيم قتلوا في "
         "الغارات الجوية التي شنتها طائرات تركية فجر أمس على مواقع في ريف حلب.",
         [("airstrike", "2016-08-10", "day", "Al-Bab", 9), ("airstrike", "2016-08-11", "day", "Rural Aleppo", 9)]),
    ],
    ids=["two-days-apart-one-attack", "six-days-apart-two-attacks", "same-kind-of-dead-one-attack",
         "civilians-and-fighters-two-attacks"],
)
def test_one_toll_dated_two_ways(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_same_toll_on_the_same_day_without_a_place_is_one_attack() -> None:
    text = ("قتل 40 شخصا وأصيب 60 في انفجارات في مدينة حماة مساء الأحد. ويعتقد أن إسرائيل تقف وراء الغارة "
            "التي وقعت مساء الأحد وأدت إلى مقتل 40 شخصا وإصابة 60.")
    assert _events(text) == [("bombing", "2016-08-07", "day", "Ḩamāh", 40)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مسؤول في بلدية منبج إن انتحاريا فجر حزامه الناسف داخل مطعم في مدينة منبج. وأسفر الهجوم الذي "
         "وقع في مدينة منبج عن مقتل سبعة أشخاص.",
         [("bombing", None, None, "Manbij", 7)]),
        ("وقال ناشطون إن الطيران الحربي نفذ غارات على مدينة منبج. وقتل جنديان في هجوم للمسلحين على حاجز في "
         "مدينة منبج.",
         [("airstrike", None, None, "Manbij", None), ("ground_attack", None, None, "Manbij", 2)]),
    ],
    ids=["definite-attack-is-the-bombing", "indefinite-attack-is-another"],
)
def test_an_undated_generic_attack_at_the_same_spot(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكد الجيش الأحد أن قائد التنظيم قتل في هجوم قبل أيام. ووقع الهجوم يوم السبت 6 آب 2016 في ريف مدينة "
         "منبج. وقالت مصادر في وقت سابق إن القائد قتل في غارة جوية.",
         [("airstrike", "2016-08-06", "day", "Manbij", None)]),
        ("أكد الجيش الأحد أن جنديين قتلا في هجوم قبل أيام. ووقع الهجوم الذي شنه مقاتلو حزب العمال الكردستاني "
         "يوم السبت 6 آب 2016 قرب مدينة منبج. وقالت مصادر في وقت سابق إن مقاتلات الجيش ردت بغارة جوية.",
         [("ground_attack", "2016-08-06", "day", "Manbij", None)]),
        ("أكد الجيش الأحد أن قائد التنظيم قتل في هجوم قبل أيام. ووقع الهجوم يوم السبت 6 آب 2016 في ريف مدينة "
         "منبج وقتل فيه 4 أشخاص. وقالت مصادر في وقت سابق إن 9 أشخاص قتلوا في غارة جوية.",
         [("ground_attack", "2016-08-06", "day", "Manbij", 4)]),
    ],
    ids=["kind-told-next", "another-side-answers", "another-toll"],
)
def test_a_generic_attack_typed_by_its_retelling(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 12 مدنيا في غارات استهدفت ليل الأربعاء إلى الخميس مدينة منبج. وقال المرصد إن قصفا جويا "
         "عنيفا استهدف مساء الأربعاء مدينة منبج.",
         [("airstrike", "2016-08-10", "range", "Manbij", 12)]),
        ("قتل 12 مدنيا في غارات استهدفت ليل الأربعاء إلى الخميس مدينة منبج. وقال المرصد إن قصفا جويا "
         "عنيفا استهدف مساء الأربعاء مدينة جرابلس.",
         [("airstrike", "2016-08-10", "range", "Manbij", 12), ("airstrike", "2016-08-10", "day", "Jarābulus", None)]),
    ],
    ids=["one-town", "another-town"],
)
def test_a_day_of_a_night_at_the_same_town_is_the_night_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعرضت مدينة منبج لغارات جوية جديدة يوم الأربعاء. وأفاد ناشطون بأن منبج تعرضت لقصف جوي جديد "
         "يوم الأربعاء.",
         [("airstrike", "2016-08-10", "day", "Manbij", None)]),
        ("قتل 4 مدنيين في غارة جديدة على مدينة منبج يوم الأربعاء. وقتل 6 آخرون في غارة جديدة على "
         "مدينة منبج يوم الأربعاء.",
         [("airstrike", "2016-08-10", "day", "Manbij", 4), ("airstrike", "2016-08-10", "day", "Manbij", 6)]),
    ],
    ids=["new-twice", "new-twice-other-tolls"],
)
def test_the_same_new_attack_told_twice_is_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل 15 مدنيا في قصف على ريف منبج. وقتل 15 مدنيا في غارات جوية استهدفت مدينة منبج يوم الأربعاء.",
         [("airstrike", "2016-08-10", "day", "Manbij", 15)]),
        ("تعرضت مدينة منبج لقصف يوم الأربعاء. وشنت طائرات حربية غارات على مدينة منبج يوم الأربعاء.",
         [("airstrike", "2016-08-10", "day", "Manbij", None)]),
        ("مقتل 15 مدنيا في قصف على ريف منبج. وقتل 7 مدنيين في غارات جوية استهدفت مدينة منبج يوم الأربعاء.",
         [("shelling", None, None, "Manbij", 15), ("airstrike", "2016-08-10", "day", "Manbij", 7)]),
    ],
    ids=["same-dead", "same-day-and-town", "other-dead"],
)
def test_a_bombardment_told_without_its_side_is_the_air_strike_it_retells(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
