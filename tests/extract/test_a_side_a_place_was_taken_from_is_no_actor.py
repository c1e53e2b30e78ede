"""A side right after من with a verb or verbal noun of taking a place a few words before (استعادت القوات المدينة
من الحوثيين، تحرير المطار من التنظيم) is who the place was taken from, a target: not the capture's actor; a side
after من with no such verb (مقاتلون من هيئة تحرير الشام) still is. Likewise a side driven out, right before من or its
pronoun with a verb or verbal noun of driving out before it (طردت القوات تنظيم داعش من منبج، إخراج المقاتلين منها): the
loser, not who drove it out (but تمكنت القوات من طرد التنظيم: the side before من that drives out)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.actors import find_actors
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المتحدث إن المقاومة استعادت يوم 10 آب 2016 مدينة منبج من الحوثيين.",
         [("ground_attack", "2016-08-10", "Manbij", None)]),
        ("وانتزعت وحدات حماية الشعب السيطرة على مدينة منبج يوم 10 آب 2016 من تنظيم داعش.",
         [("ground_attack", "2016-08-10", "Manbij", "YPG")]),
        ("وشن مقاتلون من هيئة تحرير الشام هجوما على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Hayat Tahrir al-Sham")]),
    ],
    ids=["retaken-from", "wrested-from", "fighters-from-a-side"],
)
def test_the_side_a_place_was_taken_from_is_not_the_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وتمكنت القوات من تحرير مطار منبج من الحوثيين.", True),
        ("وحررت المقاومة أربع مديريات من الحوثيين.", True),
        ("وقالت مجموعة من الحوثيين إنها هاجمت المطار.", False),
    ],
    ids=["verbal-noun", "verb-and-object", "a-group-from-a-side"],
)
def test_a_side_after_a_taking_and_from_is_a_target(text: str, target: bool) -> None:
    [hit] = [h for h in find_actors(normalize(text)) if h.name == "Houthis"]
    assert hit.target is target


def test_a_side_announcing_it_drove_another_out_is_the_actor() -> None:
    text = ("أعلنت قوات سوريا الديمقراطية، الأحد، أنها طردت قوات النظام السوري من عدة قرى في محافظة دير الزور "
            "كانت سيطرت عليها في وقت سابق اليوم.")
    assert [(e.event_type, e.actor) for e in extract_article(article(text, dt.date(2018, 4, 29)))] == [
        ("ground_attack", "SDF")]


@pytest.mark.parametrize(
    ("text", "side", "target"),
    [
        ("وطردت القوات العراقية تنظيم داعش من مدينة الرمادي.", "ISIS", True),
        ("وسيطرت القوات على المدينة بعد إخراج تنظيم داعش منها.", "ISIS", True),
        ("وتمكنت القوات العراقية من طرد تنظيم داعش من المدينة.", "Iraqi forces", False),
        ("وطردت القوات العراقية تنظيم داعش من مدينة الرمادي.", "Iraqi forces", False),
    ],
    ids=["driven-out-from", "driven-out-of-it", "managing-to-drive-out", "who-drove-out"],
)
def test_a_side_driven_out_before_from_is_a_target(text: str, side: str, target: bool) -> None:
    [hit] = [h for h in find_actors(normalize(text)) if h.name == side]
    assert hit.target is target
