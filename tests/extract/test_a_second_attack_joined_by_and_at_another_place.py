"""An attack joined by و to the one its clause told before (غارات على بلدة أ وقصف على بلدة ب; قصفت
المدفعية أ وقصفت الطائرات ب) tells its own attack when its trigger is indefinite and it names a place that
is not the first one's: an event of its own, at the first one's time. A list of places after one trigger,
a definite trigger after و, a second place inside the first one's area, or the first place being that of an
attack the first answers (ردا على هجوم في س) is still one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 مدنيين أمس في غارات على مدينة سراقب وقصف على مدينة أريحا.",
         [("airstrike", "2016-08-11", "Saraqib", 5), ("shelling", "2016-08-11", "Ariha (Idlib)", None)]),
        ("قصفت المدفعية أمس مدينة دوما وقصفت الطائرات بلدة سقبا.",
         [("shelling", "2016-08-11", "Dūmā", None), ("airstrike", "2016-08-11", "Saqba", None)]),
        ("استهدفت غارات أمس مدينة حلب واشتباكات في مدينة حماة.",
         [("airstrike", "2016-08-11", "Aleppo", None), ("ground_attack", "2016-08-11", "Ḩamāh", None)]),
    ],
    ids=["strikes-on-one-town-and-shelling-on-another", "two-verbs-two-towns", "strikes-and-clashes-in-two-cities"],
)
def test_a_second_attack_at_another_place_is_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات أمس غارات على بلدة سراقب وبلدة أريحا.", [("airstrike", "2016-08-11", "Saraqib", None)]),
        ("قتل 5 مدنيين أمس في غارات على مدينة سراقب والقصف على مدينة أريحا.",
         [("airstrike", "2016-08-11", "Saraqib", 5)]),
        ("قتل 5 مدنيين أمس في غارات على ريف إدلب وقصف على مدينة أريحا.",
         [("airstrike", "2016-08-11", "Ariha (Idlib)", 5)]),
        ("شنت الطائرات أمس غارات على محافظة إدلب ردا على هجوم في مدينة سراقب، وقصفت مدينة أريحا.",
         [("airstrike", "2016-08-11", "Idlib", None)]),
    ],
    ids=["a-list-of-towns-after-one-trigger", "a-definite-noun-after-and", "a-town-inside-the-first-area",
         "the-town-of-the-attack-answered"],
)
def test_one_attack_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
