"""An indefinite attack noun followed by a word of another incident (تفجير آخر، غارة أخرى، تفجير مماثل) tells an
attack of its own and completes none told before it; a blow in a figure of speech (ضربة قوية) is no
attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_another_bombing_keeps_its_own_toll() -> None:
    text = ("قتل 24 شخصا في تفجير سيارة مفخخة في مدينة منبج يوم 10 آب 2016. "
            "وقتل سبعة أشخاص في تفجير آخر في مدينة منبج يوم 10 آب 2016.")
    assert _events(text) == [("bombing", "2016-08-10", "Manbij", 24), ("bombing", "2016-08-10", "Manbij", 7)]


def test_the_same_bombing_told_again_is_one() -> None:
    text = ("قتل 24 شخصا في تفجير سيارة مفخخة في مدينة منبج يوم 10 آب 2016. "
            "وقتل سبعة أشخاص في التفجير في مدينة منبج يوم 10 آب 2016.")
    assert _events(text) == [("bombing", "2016-08-10", "Manbij", 24)]


@pytest.mark.parametrize(
    "text",
    ["وشكل مقتل القائد في مدينة منبج يوم 10 آب 2016 ضربة موجعة لتنظيم داعش.",
     "وردت روسيا يوم 10 آب 2016 بأن العقوبات الأميركية تشكل ضربة جديدة للعلاقات بين البلدين."],
    ids=["painful-blow", "blow-to-relations"],
)
def test_a_blow_in_a_figure_of_speech_is_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("word", ["جديدا", "ثانيا"], ids=["new", "second"])
def test_another_attack_in_the_accusative_is_its_own(word: str) -> None:
    text = ("قتل خمسة جنود في هجوم لمسلحين على حاجز للجيش في مدينة منبج يوم 10 آب 2016. "
            f"وشن المسلحون يوم 10 آب 2016 هجوما {word} على مواقع الجيش في ريف حلب الشرقي.")
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", 5),
                             ("ground_attack", "2016-08-10", "Rural Aleppo", None)]


def test_the_attack_told_again_at_its_area_is_one() -> None:
    text = ("قتل خمسة جنود في هجوم لمسلحين على حاجز للجيش في مدينة منبج يوم 10 آب 2016. "
            "وشن المسلحون يوم 10 آب 2016 هجوما على مواقع الجيش في ريف حلب الشرقي.")
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", 5)]


@pytest.mark.parametrize("word", ["مماثل", "مشابه"], ids=["similar", "alike"])
def test_a_similar_bombing_is_another(word: str) -> None:
    text = ("قتل شخص وأصيب ثمانية آخرون يوم 10 آب 2016 في تفجير عبوة ناسفة في منطقة الحسينية شمالي بغداد. "
            f"وقال المصدر إن شخصا قتل، وأصيب خمسة آخرون بتفجير {word} في مدينة الصدر شرقي بغداد.")
    assert _events(text) == [("bombing", "2016-08-10", "Baghdad", 1), ("bombing", None, "Sadr City", 1)]
