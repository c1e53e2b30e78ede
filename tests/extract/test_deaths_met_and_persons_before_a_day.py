"""A death met with the verb before its subject (لقي خمسة مدنيين مصرعهم) counts the dead, as قتل does; a
person counted by its own word (جندي، جنديان) before a day (قتل جنديان يوم الأحد) is still a toll, the day
no thing counted; a toll told during a campaign (خلال حملة التصعيد) is its total, no one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import Toll, find_toll
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لقي خمسة مدنيين مصرعهم في القصف", Toll(killed=5, victims="civilians")),
        ("لقيت ثلاث نساء حتفهن في الغارة", Toll(killed=3, victims="civilians")),
        ("قتل جنديان يوم الأحد في قصف على البلدة", Toll(killed=2)),
        ("قتل جندي يوم الجمعة في انفجار لغم", Toll(killed=1)),
        ("أصيب شرطيان يوم السبت بجروح", Toll(injured=2)),
    ],
    ids=["met-death", "met-death-feminine", "dual-before-a-day", "singular-before-a-day", "injured-dual-before-a-day"],
)
def test_the_dead_are_counted(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["سقوط 3 قذائف يوم الأحد على الحي", "لقي الاقتراح ترحيبا واسعا من الأهالي"],
    ids=["shells-before-a-day", "a-welcome-met"],
)
def test_no_dead_are_counted(text: str) -> None:
    assert find_toll(normalize(text)) == Toll()


def test_deaths_met_in_a_shelling_make_it_an_event() -> None:
    assert _events("لقي خمسة مدنيين مصرعهم بقصف على بلدة كفرنبل الأحد.") == [
        ("shelling", "2016-08-07", "Kafranbel", 5)
    ]


def test_a_soldier_killed_on_a_named_day_in_a_shelling_is_an_event() -> None:
    assert _events("قتل جندي يوم الأحد في قصف على بلدة كفرنبل.") == [("shelling", "2016-08-07", "Kafranbel", 1)]


def test_a_toll_during_a_campaign_is_a_total() -> None:
    assert _events("قتل أكثر من 400 مدني في قصف القوات الحكومية على الغوطة الشرقية خلال حملة التصعيد الأخيرة.") == []
