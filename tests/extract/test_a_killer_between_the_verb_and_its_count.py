"""A killing verb before its subject and a count of an indefinite accusative noun (قتل مسلح 27 سائحا) counts the
killed, whatever people the noun names; a verb of hitting before such a count (أصابت الغارات 20 هدفا) counts what
was hit, no toll, and a count of days or of a month's day stays none."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import dated_events
from timeline.extract.toll import Toll, find_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل مسلح 27 سائحا في هجوم على فندق", Toll(killed=27)),
        ("وقع انفجار قتل فيه 19 ناشطا", Toll(killed=19)),
        ("وأعدم التنظيم أمس 14 صحفيا", Toll(killed=14)),
        ("أصابت الغارات الجوية 20 هدفا", Toll()),
        ("قتلت الغارات 3 أيام متتالية", Toll()),
        ("قتل في 22 أبريل", Toll()),
    ],
    ids=["gunman-tourists", "activists-after-fiha", "executed-journalists", "hit-targets", "days", "month-day"],
)
def test_a_count_after_a_killing_verb_and_its_subject(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


def test_the_attack_takes_the_count_its_killer_is_told_before() -> None:
    text = "وقتل مسلح 27 سائحا في هجوم على فندق في مدينة سوسة يوم الجمعة."
    assert dated_events(text, dt.date(2016, 8, 12)) == [
        ("ground_attack", "2016-08-12", "publication", "Sousse", 27)]
