"""Strikes a clause counts near a town by a side, writing no day (وفي سوريا نفذت الطائرات الأمريكية أربع غارات
بالقرب من الحسكة), are part of the total the nearest sentence before that counts strikes and names a side counts when
that side is theirs: they take the day it writes after its report word (شنت 18 غارة جوية ... يوم الأربعاء), across
a sentence of the total's detail that names no side. Another side, strikes in a town rather than near it, or a day
written before the report word (the statement's) lend nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

TOTAL = ("قال الجيش في بيان اليوم الخميس إن الطائرات الأمريكية شنت 18 غارة جوية على التنظيم في العراق وسوريا يوم "
         "الأربعاء.\nونفذت 11 غارة بالقرب من مدن الموصل وتكريت وبيجي والرمادي في العراق.\n")
SYRIA = "وفي سوريا نفذت الطائرات الأمريكية أربع غارات بالقرب من الحسكة دمرت مواقع للتنظيم."


def _hasakah(text: str) -> list[tuple]:
    return [(e.date, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12))) if e.place == "Al Ḩasakah"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOTAL + SYRIA, [("2016-08-10", "US")]),
        (TOTAL + SYRIA.replace("الأمريكية", "الروسية"), [(None, "Russia")]),
        (TOTAL + SYRIA.replace("بالقرب من", "في"), [(None, "US")]),
        ("قال الجيش في بيان يوم الأربعاء إن الطائرات الأمريكية شنت 18 غارة جوية على التنظيم في العراق وسوريا.\n"
         + SYRIA, [(None, "US")]),
    ],
    ids=["the-totals-day", "another-side", "in-a-town-not-near", "the-statements-day-is-not-lent"],
)
def test_strikes_near_a_town_by_the_totals_side_take_its_day(text: str, expected: list[tuple]) -> None:
    assert _hasakah(text) == expected
