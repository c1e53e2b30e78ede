"""Attacks told after one trigger over two places joined by و with a preposition, a place head or a word told
before the first or a word of another standing for it (ومدينة ص، ومواقع في مدينة ص، وأخرى في مدينة ص) more
than 25 km apart, neither inside the other, are one attack at each (the labelling guide: places far apart are
separate events even in one wave). Neighbouring places, a list of three or more (an item the gazetteer lacks
counted: ووادي الضيف), places told after a word of what lies between them (الطريق بين س وص), a clause telling
a toll of both (as `test_a_lead_told_without_its_day_takes_it_from_the_next_sentence` has it), more than two
attacks counted over both (23 غارة قرب س وص, as `test_follow_ups_of_a_report` has it) and two bare names one
list of places holds (الرقة ودير الزور, as `test_type_evidence_and_non_attacks` has it) keep one event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات الحربية أمس غارات على مدينة حلب ومدينة حماة.",
         [("airstrike", "2016-08-11", "Aleppo"), ("airstrike", "2016-08-11", "Ḩamāh")]),
        ("قصفت الطائرات أمس مواقع في مدينة الرمادي، ومواقع في مدينة بيجي.",
         [("airstrike", "2016-08-11", "Ramadi"), ("airstrike", "2016-08-11", "Bayjī")]),
        ("هاجمت طائرات مسيرة أمس القاعدتين في مدينة حلب ومدينة حماة.",
         [("airstrike", "2016-08-11", "Aleppo"), ("airstrike", "2016-08-11", "Ḩamāh")]),
        ("قصفت الطائرات أمس مواقع في مدينة الرمادي، وأخرى في مدينة بيجي.",
         [("airstrike", "2016-08-11", "Ramadi"), ("airstrike", "2016-08-11", "Bayjī")]),
        ("شنت الطائرات الحربية أمس غارات على مدينة حمص ومدينة درعا.",
         [("airstrike", "2016-08-11", "Homs"), ("airstrike", "2016-08-11", "Dar‘ā")]),
    ],
    ids=["two-cities", "sites-in-two-cities", "a-dual-over-two-cities", "others-standing-for-the-sites",
         "a-finer-place-told-second"],
)
def test_one_attack_at_each_far_place(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات الحربية أمس غارات على مدينة دوما ومدينة حرستا.", [("airstrike", "2016-08-11", "Dūmā")]),
        ("قصفت الطائرات أمس مواقع في مدينة دوما، وأخرى في مدينة حرستا.", [("airstrike", "2016-08-11", "Ḩarastā")]),
        ("قصفت الطائرات أمس الطريق بين مدينة حمص ومدينة تدمر.", [("airstrike", "2016-08-11", "Homs")]),
        ("شنت الطائرات الحربية أمس غارات على مدينة حلب ومدينة حماة ومدينة حمص.",
         [("airstrike", "2016-08-11", "Aleppo")]),
        ("قتل 30 مسلحا أمس بقصف على مدينة حلب ومدينة حماة.", [("shelling", "2016-08-11", "Aleppo")]),
        ("شن التحالف أمس 23 غارة قرب مدينة تلعفر ومدينة الرمادي.", [("airstrike", "2016-08-11", "Tal Afar")]),
        ("شنت الطائرات الحربية أمس غارات على مدينة حلب ومدينة حماة ووادي الضيف.",
         [("airstrike", "2016-08-11", "Aleppo")]),
    ],
    ids=["neighbouring-towns", "others-in-a-neighbouring-town", "a-road-between-two-cities", "a-list-of-three",
         "a-toll-of-both", "counted-over-both", "a-list-going-on-with-an-unknown-name"],
)
def test_one_wave_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
