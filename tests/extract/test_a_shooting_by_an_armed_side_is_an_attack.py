"""Bullets and gunshots (برصاص، بأعيرة نارية، بطلق ناري) tell a shooting, a ground attack, when their clause names
an armed side (مسلحين، مجهولين، قناص) or a side of the war, and so does a sniper targeting (استهدف قناص حاجزا);
not a protest's (خلال تظاهرات), not without a side, not an execution by shooting (رميا بالرصاص: its own trigger)
nor a shot never fired (دون أن تطلق رصاصة واحدة)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل شرطي برصاص مجهولين في مدينة الموصل صباح أمس.", [("ground_attack", "2016-08-11", "Mosul", 1)]),
        ("قتل جنديان وأصيب ثالث بأعيرة نارية أطلقها مسلحون على دورية في مدينة الموصل يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Mosul", 2)]),
        ("لقي مقاتل مصرعه برصاص قناص في مدينة حلب يوم 10 آب 2016.", [("ground_attack", "2016-08-10", "Aleppo", 1)]),
        ("استهدف قناص حاجزا في مدينة حلب يوم 10 آب 2016.", [("ground_attack", "2016-08-10", "Aleppo", None)]),
        ("واستهدف قناصو التنظيم جنديين في مدينة حلب يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Aleppo", None)]),
    ],
    ids=["unknown-gunmen", "gunshots-of-gunmen", "a-sniper", "a-sniper-targets", "snipers-of-a-side-target"],
)
def test_a_shooting_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة شبان برصاص الجنود خلال تظاهرات في مدينة الموصل يوم 10 آب 2016.",
        "أصيب رجل برصاصة طائشة في مدينة الموصل يوم 10 آب 2016.",
        "ألقت القوات القبض على المطلوب في مدينة الموصل يوم 10 آب 2016 دون أن تطلق رصاصة واحدة.",
    ],
    ids=["shots-at-a-protest", "no-side", "not-one-shot"],
)
def test_no_shooting_of_war(text: str) -> None:
    assert _events(text) == []


def test_an_execution_by_shooting_stays_an_execution() -> None:
    text = "أعدم التنظيم رميا بالرصاص أربعة رجال في مدينة الموصل يوم 10 آب 2016."
    assert [e[0] for e in _events(text)] == ["other"]


def test_snipers_ending_the_sentence_before_are_no_subject_of_its_targeting() -> None:
    text = ("ونشر الحزب في الأحياء مسلحين وقناصة. واستهدفت ضربات الحزب البلدة في ريف حلب يوم 10 آب 2016، ما أدى لمقتل "
            "خمسة مدنيين بقصف على منزلهم.")
    assert _events(text) == [("shelling", "2016-08-10", "Rural Aleppo", 5)]
