"""Preparations for an operation, a right to strike, a pretext, the purpose of a meeting, a sale, a
purchase or the making of arms, a plot, fighters getting ready, a wide offensive or months of
fighting not dated to a day tell no attack; a wide attack on a named day does, and air cover
(بإسناد بطيران) is part of the attack it supports."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وكان المرصد قد نقل الأحد عن مصادر أن تحضيرات تجري لعملية عسكرية في مدينة منبج.",
        "ودافع البيت الأبيض عن حق تركيا في ضرب المسلحين في مدينة منبج.",
        "وتقود امرأة مقاتلات يستعدن لتحرير مدينة منبج.",
        "وتتعرض مدينة منبج لهجوم واسع من قبل قوات النظام.",
        "وشنت تركيا عملية عسكرية شاملة في مدينة منبج.",
        "واعتبر الوزير أن الاتهام ذريعة لشن عمليات عسكرية ضد مدينة منبج.",
        "وقال إن الاجتماع كان مخصصا للتنسيق مع الفصائل للبدء بعملية عسكرية في ريف حلب الشمالي.",
        "ودمرت المدينة في معارك ضارية استمرت أربعة أشهر وانتهت في كانون الثاني 2015 في مدينة منبج.",
        "ووقع البلدان في مدينة منبج صفقة تبيع بموجبها الحكومة 20 طائرة حربية للجيش بحلول عام 2020.",
        "ووقعت الحكومة في مدينة منبج يوم 10 آب 2016 اتفاقا لشراء بطاريات صواريخ.",
        "وأرسلت الوزارة إلى مدينة منبج يوم 10 آب 2016 فريقا متخصصا في صناعة العبوات الناسفة.",
        "وخططت الخلية لتفجير مسجدين في مدينة منبج يوم 10 آب 2016.",
        "وقال المسؤول إن القوات الحكومية تعد لهجوم على مدينة منبج.",
        "وقال المسؤول إن المسلحين يعدون لمعارك في مدينة منبج.",
    ],
    ids=["preparations", "right-to-strike", "fighters-get-ready", "wide-offensive", "sweeping-operation",
         "pretext", "meeting-to-start", "months-of-fighting", "arms-sale",
         "arms-purchase", "making-bombs", "a-cell-planned", "forces-prepare-an-attack", "gunmen-prepare-for-battles"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_raid_ranked_by_a_verb_of_the_same_letters_stays_an_event() -> None:
    assert _events("وتعد الغارة التي استهدفت مدينة منبج يوم 10 آب 2016 الأعنف منذ أشهر.") == [
        ("airstrike", "2016-08-10", "Manbij")]


def test_a_wide_attack_on_a_named_day_is_one() -> None:
    assert _events("شن التنظيم هجوما واسعا على مدينة منبج يوم 10 آب 2016.") == [
        ("ground_attack", "2016-08-10", "Manbij")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واقتحم الجيش شارعا وسط مدينة منبج بإسناد بطيران التحالف يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وشن طيران التحالف غارات على مدينة منبج يوم 10 آب 2016.", [("airstrike", "2016-08-10", "Manbij")]),
        ("ونفذت الشرطة يوم 10 آب 2016 مداهمات في مدينة منبج بدعم من المروحيات.", []),
        ("واقتحم الجيش يوم 10 آب 2016 حيا في مدينة منبج بدعم من الطيران الحربي الروسي.",
         [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["storming-with-air-cover", "air-raid", "police-raids-backed-by-helicopters", "storming-backed-by-jets"],
)
def test_air_cover(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "حررت قوات الجيش الوطني مسنودة بطيران التحالف اليوم مواقع جديدة في مدينة منبج.",
        "وقالت السفارة إن الولايات المتحدة ستسلم مصر ثماني مقاتلات خلال يومين.",
        "وتنازل النظام عن ترسانته الكيماوية لتفادي ضربة أميركية على مدينة منبج.",
    ],
    ids=["forces-backed-by-aircraft", "jets-to-be-delivered", "strike-averted"],
)
def test_no_strike_of_their_own(text: str) -> None:
    assert _events(text) == []
