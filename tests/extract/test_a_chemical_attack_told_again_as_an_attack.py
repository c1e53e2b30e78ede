"""A chemical attack is an attack for merging, though its type is ``other``: told again on its day at its
town by a generic attack word (هجوم السبت في مدينة س), or with the same dead by an attack of another kind,
it is one event with the chemical attack's type. Told on another day, or at another town, it stays apart."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("قال مسؤولون إن التحقيق جرى في هجوم السبت الذي قتل 40 شخصا في مدينة دوما.",
          "وأدان الرئيس الهجوم الكيماوي الذي وقع مساء السبت في مدينة دوما."),
         [("other", "2016-08-06", "Dūmā", 40)]),
        (("قتل 12 مدنيا يوم السبت 6 آب 2016 في هجوم بغاز الكلور على بلدة سراقب.",
          "وكان المرصد قال إن 12 مدنيا قتلوا يوم السبت 6 آب 2016 في غارة على البلدة."),
         [("other", "2016-08-06", "Saraqib", 12)]),
    ],
    ids=["the-saturday-attack-is-the-chemical-attack", "the-same-dead-on-its-day"],
)
def test_the_chemical_attack_told_again_is_one_event(sentences: tuple[str, ...], expected: list[tuple]) -> None:
    assert _events(*sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("قال مسؤولون إن التحقيق جرى في هجوم الجمعة الذي قتل 40 شخصا في مدينة دوما.",
          "وأدان الرئيس الهجوم الكيماوي الذي وقع مساء السبت في مدينة دوما."),
         [("ground_attack", "2016-08-12", "Dūmā", 40), ("other", "2016-08-06", "Dūmā", None)]),
        (("قال مسؤولون إن التحقيق جرى في هجوم السبت الذي قتل 40 شخصا في مدينة سراقب.",
          "وأدان الرئيس الهجوم الكيماوي الذي وقع مساء السبت في مدينة دوما."),
         [("ground_attack", "2016-08-06", "Saraqib", 40), ("other", "2016-08-06", "Dūmā", None)]),
    ],
    ids=["another-day", "another-town"],
)
def test_another_day_or_town_stays_apart(sentences: tuple[str, ...], expected: list[tuple]) -> None:
    assert _events(*sentences) == expected
