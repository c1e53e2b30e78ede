"""Strikes counted right after a past verb of doing whose subject is the side of the sentence before (ففي العراق
نفذ 21 ضربة قرب ...) are part of the total that sentence tells, and take the one day it writes after its report
word (إن التحالف نفذ 29 ضربة يوم الأربعاء); a day written before the report word is the statement's, not lent."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events

NEAR = "ففي العراق نفذ 21 ضربة أصابت مواقع بالقرب من الموصل وتكريت وبيجي والرمادي."
TOWNS = ["Mosul", "Tikrīt", "Bayjī", "Ramadi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال البيان إن التحالف نفذ 29 ضربة جوية ضد التنظيم في العراق وسوريا يوم الأربعاء. " + NEAR,
         [("airstrike", "2016-08-10", town) for town in TOWNS]),
        ("وقال البيان يوم الأربعاء إن التحالف نفذ 29 ضربة جوية ضد التنظيم في العراق وسوريا. " + NEAR,
         [("airstrike", None, town) for town in TOWNS]),
    ],
    ids=["the-totals-day", "the-statements-day-is-not-lent"],
)
def test_counted_strikes_take_the_totals_day(text: str, expected: list[tuple]) -> None:
    assert typed_events(text, dt.date(2016, 8, 12)) == expected
