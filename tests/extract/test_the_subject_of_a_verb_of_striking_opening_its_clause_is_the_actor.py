"""The side right after a verb of striking that opens its clause (وشنت القوات العراقية وقوات الحشد الشعبي هجوما) is
who struck: chosen before another side of its clause nearer the attack word (the second of a list of sides), and a
side named after a target word (مواقع الوحدات الكردية) is never taken; a target word before the verb's clause (ردا على
الهجوم، شنت قوات النظام) makes it no target, nor does one before a verb of taking (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشنت القوات العراقية وقوات الحشد الشعبي هجوما واسعا على مواقع التنظيم قرب مدينة تكريت يوم الأحد.",
         [("ground_attack", "2016-08-07", "Tikrīt", "Iraqi forces")]),
        ("وأطلقت الولايات المتحدة وفرنسا وبريطانيا صواريخ على مواقع عسكرية قرب مدينة حمص فجر السبت.",
         [("airstrike", "2016-08-06", "Homs", "US")]),
        ("وشنت تركيا وفصائل المعارضة السورية هجوما على مواقع الوحدات الكردية قرب مدينة عفرين يوم الأحد.",
         [("ground_attack", "2016-08-07", "‘Afrīn", "Turkey")]),
    ],
    ids=["forces-before-their-allies", "the-first-of-three-states", "a-state-before-its-allies"],
)
def test_the_subject_of_a_verb_of_striking_is_the_actor(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفيما بدا ردا على الهجوم، شنت قوات النظام الأحد غارات على بلدة بنش في ريف إدلب.",
         [("airstrike", "2016-08-07", "Binnish", "Syrian army")]),
        ("وفيما تتواصل الحرب ضد داعش، سيطرت فصائل المعارضة أمس على قرية القرقور في ريف حماة الغربي بعد اشتباكات مع "
         "القوات النظامية.", [("ground_attack", "2016-08-11", "Qarqur", "Syrian opposition")]),
    ],
    ids=["after-the-attack-answered", "taking-after-a-war-against-a-side"],
)
def test_a_target_word_before_the_clause_of_a_verb_of_striking_or_taking_makes_no_target(
        text: str, expected: list) -> None:
    assert _events(text) == expected
