"""An ambiguous word whose kind neither it nor a side tells (واستهدف المهاجم خمسة أشخاص: `Draft.defaulted`), placed
nowhere, in the sentence right after an attack whose kind is named (منفذ هجوم الطعن في مدينة إربيل، الجمعة), on its day
(في وقت متأخر من ليل الجمعة) and without other dead, is that attack told again by what it struck: one event, of the
named kind, with the dead the later sentence tells. Another day or another place keeps two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "كشف مصدر قضائي أن منفذ هجوم الطعن في مدينة إربيل، الجمعة، ولد في عام 1997. "
KNIFE = ("other", "2016-07-22", "Erbil", None)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2016, 7, 23)))]


def test_the_attacker_striking_that_night_is_the_knife_attack() -> None:
    text = LEAD + "واستهدف المهاجم في وقت متأخر من ليل الجمعة خمسة أشخاص قتل أحدهم وأصيب أربعة آخرون."
    assert _events(text) == [("other", "2016-07-22", "Erbil", 1)]


def test_another_day_keeps_two() -> None:
    text = LEAD + "واستهدف المهاجم الخميس خمسة أشخاص قتل أحدهم."
    assert _events(text) == [KNIFE, ("shelling", "2016-07-21", None, 1)]


def test_another_place_keeps_two() -> None:
    text = LEAD + "واستهدف مسلحون في مدينة كركوك خمسة أشخاص قتل أحدهم."
    assert _events(text) == [KNIFE, ("ground_attack", None, "Kirkuk", 1)]
