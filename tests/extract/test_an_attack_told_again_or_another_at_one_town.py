"""At one town (or a town in its area), a dated attack and an undated telling are one attack told again
or two attacks: an indefinite trigger with another number of dead tells an attack of its own; a
definite noun, the same toll, or a definite generic attack word re-tells the dated attack, and a
definite violent noun at a town in a dated, not recalled, attack's area details it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "قتل 12 شخصا في قصف مدفعي على مدينة منبج يوم 10 آب 2016. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_an_undated_indefinite_telling_with_another_toll_is_another_attack() -> None:
    text = LEAD + "وقتل 4 أطفال في قصف على مدينة منبج."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", 12), ("shelling", None, "Manbij", 4)]


@pytest.mark.parametrize(
    "retold",
    ["وقال مسؤول إن 15 شخصا قتلوا في القصف على مدينة منبج.", "وقتل 12 شخصا في قصف على مدينة منبج."],
    ids=["definite-noun-with-an-updated-toll", "indefinite-with-the-same-toll"],
)
def test_the_attack_told_again_stays_one(retold: str) -> None:
    assert _events(LEAD + retold) == [("shelling", "2016-08-10", "Manbij", 12)]


def test_a_lower_bound_met_by_the_other_toll_stays_one_attack() -> None:
    text = "قتل أكثر من 20 شخصا في قصف مدفعي على مدينة منبج يوم 10 آب 2016. وقتل 25 شخصا في قصف على مدينة منبج."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", 20)]


def test_a_toll_counting_the_attacker_stays_one_attack() -> None:
    text = ("قتل 3 أشخاص في هجوم مسلح على مدينة منبج يوم 10 آب 2016. وقتل 4 أشخاص بينهم المهاجم في إطلاق نار "
            "بمدينة منبج.")
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", 3)]


def test_a_strike_told_after_a_plural_summary_completes_it() -> None:
    text = "قتل 12 شخصا يوم 10 آب 2016 في غارات جوية على مدينة منبج. وقتل 4 أطفال في غارة على مدينة منبج."
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "شنت طائرات حربية غارة جوية على مدينة منبج يوم 10 آب 2016. وأكد الدفاع المدني أن الهجوم في منبج أوقع 20 قتيلا.",
        "قتل مدنيون في غارة جوية على مدينة منبج يوم 10 آب 2016. وقال الدفاع المدني إن الهجوم على مدينة منبج أوقع 20 "
        "قتيلا.",
    ],
    ids=["the-attack-in-the-town", "the-attack-on-the-town"],
)
def test_a_definite_generic_attack_undated_completes_the_dated_strike_at_the_town(text: str) -> None:
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", 20)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 12 شخصا يوم 10 آب 2016 في تفجير انتحاري في شرق سوريا. وأدى التفجير في مدينة البوكمال إلى إصابة 30 "
         "شخصا.", [("bombing", "2016-08-10", "Abu Kamal", 12)]),
        ("قتل 12 شخصا يوم 10 آب 2016 في تفجير انتحاري في شرق سوريا. وأدى تفجير في مدينة البوكمال إلى إصابة 30 "
         "شخصا.", [("bombing", "2016-08-10", "Eastern Syria", 12), ("bombing", None, "Abu Kamal", None)]),
        ("قتل 12 شخصا في كانون الثاني 2016 في تفجير انتحاري في شرق سوريا. وأدى التفجير في مدينة البوكمال إلى "
         "إصابة 30 شخصا.", [("bombing", "2016-01", "Eastern Syria", 12), ("bombing", None, "Abu Kamal", None)]),
    ],
    ids=["definite-re-telling-details-the-area", "indefinite-telling-stays-apart", "recalled-attack-stays-apart"],
)
def test_a_town_in_the_dated_attacks_area_told_with_a_definite_noun(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
