"""The wounded told after a "while" (فيما، بينما، في حين) right after the dead (قتل ثلاثة مدنيين فيما أصيب خمسة
آخرون بغارة على البلدة) are the same attack's: no clause of its own, so the attack told after the wounded keeps the
dead told before them. After an attack told with its own trigger (قتل ثلاثة في غارة على بلدة أ، بينما أصيب خمسة في
قصف على بلدة ب) the "while" still opens a clause of another attack. Wounded told after "while" or "also" (كما، كذلك
after a comma) by a clause naming no attack of its own (غارة على بلدة أ، كما أصيب خمسة آخرون) are the attack's
told before them: its toll, no second attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 6, 22)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, PUBLISHED))]


def test_the_attack_told_after_the_wounded_keeps_the_dead() -> None:
    text = "قتل أربعة مدنيين فيما أصيب سبعة آخرون بغارة جوية على مدينة الحراك يوم الخميس."
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", None, 4, 7)]


def test_the_dead_said_by_a_source_join_the_barrels_after_the_wounded() -> None:
    text = ("وقالت مصادر طبية إن خمسة مدنيين قتلوا فيما أصيب عدد آخر بإلقاء مروحيات النظام براميل متفجرة على مدينة"
            " الحراك.")
    assert _events(text) == [("airstrike", None, "Al-Hirak", "Syrian army", 5, None)]


def test_in_the_meantime_joins_them_too() -> None:
    text = "لقي ستة أشخاص حتفهم، بينما أصيب عشرة آخرون بجروح، جراء قصف قوات النظام لمدينة الحراك يوم الخميس."
    assert _events(text) == [("shelling", "2018-06-21", "Al-Hirak", "Syrian army", 6, 10)]


def test_after_an_attack_of_its_own_the_while_opens_another() -> None:
    text = "قتل ثلاثة مدنيين في غارة على بلدة الحراك، بينما أصيب خمسة في قصف مدفعي على مدينة درعا."
    assert _events(text) == [
        ("airstrike", None, "Al-Hirak", None, 3, None),
        ("shelling", None, "Dar‘ā", None, None, 5),
    ]


def test_others_told_while_join_the_dead_of_the_battles_after_them() -> None:
    text = ("أعلن التحالف يوم الخميس أن عشرات المسلحين قتلوا في حين اعتقل آخرون في المعارك مع القوات المشتركة في"
            " مديرية حيس.")
    assert _events(text) == [("ground_attack", None, "Ḩays", None, None, None)]


@pytest.mark.parametrize("opening", ["فيما", "بينما", "كما", "كذلك"])
def test_the_wounded_of_a_clause_without_an_attack_join_the_attack_before(opening: str) -> None:
    text = f"قتل ثلاثة مدنيين في غارة جوية على مدينة الحراك يوم الخميس، {opening} أصيب خمسة آخرون بجروح."
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", None, 3, 5)]


def test_the_wounded_of_a_clause_with_an_attack_of_its_own_stay_its_own() -> None:
    text = "قتل ثلاثة مدنيين في غارة جوية على مدينة الحراك، كما أصيب خمسة آخرون في قصف مدفعي على مدينة درعا."
    assert _events(text) == [
        ("airstrike", None, "Al-Hirak", None, 3, None),
        ("shelling", None, "Dar‘ā", None, None, 5),
    ]


@pytest.mark.parametrize("told", ["يوم الجمعة", "في مدينة درعا", "يوم الجمعة في مدينة درعا"])
def test_the_wounded_of_another_day_or_town_do_not_join_the_attack_before(told: str) -> None:
    text = f"قتل ثلاثة مدنيين في غارة جوية على مدينة الحراك يوم الخميس، كما أصيب خمسة آخرون {told}."
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", None, 3, None)]


@pytest.mark.parametrize("told", ["يوم الخميس", "في مدينة الحراك", "في ريف درعا", "في المدينة"])
def test_the_wounded_of_the_same_day_or_town_join_the_attack_before(told: str) -> None:
    text = f"قتل ثلاثة مدنيين في غارة جوية على مدينة الحراك بريف درعا يوم الخميس، كما أصيب خمسة آخرون {told}."
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", None, 3, 5)]


def test_the_wounded_at_a_town_of_the_area_struck_join_the_attack_before() -> None:
    text = "قتل ثلاثة مدنيين في غارات جوية على ريف درعا يوم الخميس، فيما أصيب خمسة آخرون في مدينة الحراك."
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", None, 3, 5)]


@pytest.mark.parametrize(("struck", "told"), [("سوريا", "في مدينة الحراك"), ("مدينة الحراك", "في سوريا")])
def test_a_country_named_on_either_side_keeps_the_wounded_with_the_attack(struck: str, told: str) -> None:
    text = f"قتل ثلاثة مدنيين في غارة جوية على {struck} يوم الخميس، كما أصيب خمسة آخرون {told}."
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", None, 3, 5)]


def test_the_wounded_taken_to_another_town_join_the_attack_before() -> None:
    text = ("قتل ثلاثة مدنيين في غارة جوية على مدينة الحراك يوم الخميس، كما أصيب خمسة آخرون نقلوا إلى مستشفى في "
            "مدينة درعا.")
    assert _events(text) == [("airstrike", "2018-06-21", "Al-Hirak", None, 3, 5)]
