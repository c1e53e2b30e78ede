"""Who struck when the text names the side an attack is blamed on, a passive's agent, or a side backing
another in a joint offensive (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.actors import find_actors
from timeline.extract.morphology import noun_forms
from timeline.extract.triggers import find_triggers
from timeline.pipeline import extract_article

DAY = "يوم 10 آب 2016."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "roles"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وقتل 4 جنود في ضربة نسبت إلى إسرائيل واستهدفت مستودعا للحرس الثوري الإيراني في مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "Israel", 4, None)),
        (f"وأصيب 5 أشخاص في هجوم مسلح نفذ على يد تنظيم داعش في مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "ISIS", None, 5)),
        (f"وقتل جندي في تفجير تبنى تنظيم داعش المسؤولية عنه في مدينة منبج {DAY}",
         ("bombing", "2016-08-10", "Manbij", "ISIS", 1, None)),
        (f"وأكدت تقارير وقوف إسرائيل وراء الغارة على مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "Israel", None, None)),
    ],
    ids=["blamed-on", "passive-agent", "claimed-by", "behind-it"],
)
def test_the_side_an_attack_is_blamed_on_or_done_by_is_its_actor(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وشنت قوات النظام السوري بدعم من الطيران الروسي غارات على مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "Russia", None, None)),
        (f"وتقدمت القوات العراقية في مدينة منبج بإسناد من غارات التحالف الدولي {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "International coalition", None, None)),
        (f"وهاجمت القوات العراقية بإسناد من طيران التحالف الدولي مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "Iraqi forces", None, None)),
        (f"وشنت قوات النظام السوري بدعم من الطيران الروسي هجوما بريا على مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "Syrian army", None, None)),
        (f"وشنت قوات النظام بإسناد من مروحيات روسية هجوما على مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "Syrian army", None, None)),
        (f"وقصفت قوات النظام بإسناد من مروحيات روسية مدينة منبج {DAY}",
         ("shelling", "2016-08-10", "Manbij", "Syrian army", None, None)),
        (f"وشنت القوات العراقية والتحالف الدولي هجوما على مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "Iraqi forces", None, None)),
        (f"وشن التحالف الدولي هجوما على مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "International coalition", None, None)),
    ],
    ids=["air-strikes-of-the-backing-air-force", "strikes-by-backing-coalition", "assault-by-the-backed",
         "ground-assault-of-the-backed",
         "assault-with-backing-helicopters", "shelling-by-the-backed", "ground-assault-of-the-ground-side",
         "ground-assault-of-an-air-side-alone"],
)
def test_in_a_joint_offensive_air_strikes_belong_to_the_side_with_aircraft(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وقصفت الدبابات التركية مدينة منبج {DAY}", ("shelling", "2016-08-10", "Manbij", "Turkey", None, None)),
        (f"وشنت نحو عشرين مقاتلة تركية غارات على مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "Turkey", None, None)),
        (f"وقصفت الولايات المتحدة وحلفاؤها مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "International coalition", None, None)),
        (f"وهاجم المتمردون الأكراد مركزا للشرطة في مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "PKK", None, None)),
    ],
    ids=["tanks", "fighter-jet", "us-and-allies", "kurdish-rebels"],
)
def test_actor_phrases_of_tanks_jets_allies_and_rebels(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ضربة نسبت إلى إسرائيل", [("Israel", False, True, False)]),
        ("قتل على أيدي مسلحي داعش", [("ISIS", False, True, False)]),
        ("تقدمت بدعم من الطيران الروسي", [("Russia", False, False, True)]),
        ("فصائل بدعم من إيران", [("Iran", True, False, True)]),
        ("هاجمت مواقع للجيش التركي", [("Turkey", True, False, False)]),
        ("سقط العشرات من القوات السورية بين قتيل وجريح", [("Syrian army", True, False, False)]),
    ],
    ids=["blamed-on", "at-the-hands-of", "backing-air-force", "backer-without-aircraft-is-no-striker",
         "target-stays-target", "victims-counted-from-a-side"],
)
def test_actor_roles(text: str, expected: list) -> None:
    assert [(a.name, a.target, a.claimed, a.backer) for a in find_actors(normalize(text))] == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [("شنوا هجوما بريا على القرية", "هجوما بريا"), ("بدأ الهجوم البري على القرية", "هجوم البري"),
     ("وسعت عمليتها البرية في القرية", "عمليتها البرية"), ("القصف بالبراميل على القرية", "القصف")],
    ids=["accusative-adjective-with-b", "definite-adjective-with-b", "possessed-adjective-with-b",
         "preposition-takes-no-article"],
)
def test_an_adjective_starting_with_b_agrees_with_its_noun(text: str, trigger: str) -> None:
    folded = normalize(text)
    assert [folded[t.start : t.end] for t in find_triggers(folded)] == [normalize(trigger)]


def test_forms_of_a_noun_and_an_adjective_starting_with_b() -> None:
    assert noun_forms("هجوم بري") == ["هجوم بري", "هجوما بريا", "هجومان بريان", "هجومين بريين"]
