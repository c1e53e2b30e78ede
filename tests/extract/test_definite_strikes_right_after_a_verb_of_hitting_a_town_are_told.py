"""Definite strikes right after a verb of hitting, its subject, with a town after them (وفي العراق أصابت الغارات
أهدافا قرب تسع مدن بينها الموصل وتكريت والرمادي) tell where strikes hit: no re-mention completing nothing. Not at
a country only, nor without a verb of hitting before them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _told(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.date) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


LEAD = "قال المتحدث باسم الجيش إن الطقس تحسن في البلاد. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "وأصابت الغارات مواقع للتنظيم قرب مدينة الموصل يوم الخميس.",
         [("airstrike", "Mosul", "2016-08-11")]),
        (LEAD + "وفي العراق أصابت الغارات أهدافا عدة قرب تسع مدن بينها الموصل وتكريت والرمادي.",
         [("airstrike", "Mosul", None), ("airstrike", "Tikrīt", None), ("airstrike", "Ramadi", None)]),
        (LEAD + "وأصابت الغارات أهدافا عدة في العراق.", []),
        (LEAD + "وكانت الغارات قرب مدينة الموصل.", []),
    ],
    ids=["one-town-and-its-day", "three-towns", "a-country-only", "no-verb-of-hitting"],
)
def test_definite_strikes_right_after_a_verb_of_hitting_a_town(text: str, expected: list[tuple]) -> None:
    assert _told(text) == expected
