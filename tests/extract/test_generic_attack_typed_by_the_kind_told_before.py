"""A definite generic attack word that nothing else types (الهجوم، أكثر الهجمات دموية) names an attack
the article told before with its kind: it takes the kind of the last one that may be it, passing over
another attack (another day, another side, or another toll of a single attack); an indefinite one (هجوم)
tells a new attack and stays a ground attack. A rocket bombardment (قصف صاروخي) by a state whose missiles strike
from afar is an air strike."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)
BOMBINGS = "قتل 20 شخصا في تفجيرات استهدفت أسواقا في مدينة بعقوبة يوم 10 آب 2016. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_deadliest_of_the_bombings_told_before_is_a_bombing() -> None:
    text = BOMBINGS + "واستهدف أكثر الهجمات دموية سوقا في بلدة المقدادية حيث قتل 9 أشخاص."
    assert _events(text) == [
        ("bombing", "2016-08-10", "Baqubah", None, 20),
        ("bombing", None, "Al Miqdādīyah", None, 9),
    ]


def test_the_attack_after_a_chemical_attack_is_chemical() -> None:
    text = ("قتل 40 شخصا في هجوم كيماوي على مدينة دوما يوم 7 نيسان 2016. "
            "وأصيب 500 شخص في الهجوم الذي وقع في الغوطة الشرقية.")
    assert _events(text) == [
        ("other", "2016-04-07", "Dūmā", None, 40),
        ("other", None, "Eastern Ghouta", None, None),
    ]


def test_an_attack_of_another_day_between_them_is_passed_over() -> None:
    text = ("قتل 40 شخصا في هجوم كيماوي على مدينة دوما. "
            "وكانت مقاتلات أمريكية قد قصفت قاعدة الشعيرات الجوية يوم 7 نيسان 2015. "
            "وأصيب 500 شخص في الهجوم الذي وقع يوم 6 آب 2016 في الغوطة الشرقية.")
    assert _events(text)[2] == ("other", "2016-08-06", "Eastern Ghouta", None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BOMBINGS + "واستهدف هجوم سوقا في بلدة المقدادية حيث قتل 9 أشخاص.",
         ("ground_attack", None, "Al Miqdādīyah", None, 9)),
        ("قتل 20 شخصا في تفجير سيارة مفخخة في مدينة بعقوبة يوم 10 آب 2016. "
         "وأصيب 30 شخصا في الهجوم الذي وقع يوم 8 آب 2016 في بلدة المقدادية.",
         ("ground_attack", "2016-08-08", "Al Miqdādīyah", None, None)),
        ("قتل 20 شخصا في تفجيرات تبناها تنظيم داعش في مدينة بعقوبة يوم 10 آب 2016. "
         "واستهدف أكثر الهجمات التي شنها الجيش العراقي دموية قرية في بلدة المقدادية حيث قتل 9 أشخاص.",
         ("ground_attack", None, "Al Miqdādīyah", "Iraqi forces", 9)),
    ],
    ids=["indefinite-attack-is-new", "attack-of-another-day", "attack-of-another-side"],
)
def test_another_attack_keeps_its_generic_type(text: str, expected: tuple) -> None:
    assert _events(text)[1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 12 عسكريا حين شنت إسرائيل قصفا صاروخيا على مطار المزة العسكري يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "Mezzeh", "Israel", 12)),
        ("وقتل 12 عسكريا حين شنت قوات النظام قصفا صاروخيا على مدينة منبج يوم 10 آب 2016.",
         ("shelling", "2016-08-10", "Manbij", "Syrian army", 12)),
    ],
    ids=["state-missiles-from-afar", "rockets-across-a-front"],
)
def test_a_rocket_bombardment_typed_by_the_side_that_fired(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
