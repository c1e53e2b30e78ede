"""A chronology entry telling missiles without a side (إطلاق صواريخ على قاعدة) is the strike of the one side
its other entries name: an airstrike when that side's missiles strike from afar, unless the entry names a
place they were fired from (من لبنان: fired across a front at that side, shelling without a side). The entries
of months before the article are history (no events), but still name the side."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

_ISRAELI = ("3 أيار/مايو 2016: إسرائيل تشن غارتين قرب دمشق.\n"
            "4 تموز/يوليو 2016: طائرات إسرائيلية تستهدف منطقة جمرايا قرب دمشق.")


def _typed(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("9 آب/أغسطس 2016: إطلاق صواريخ على مطار المزة العسكري في دمشق.", ("airstrike", "Israel")),
        ("9 آب/أغسطس 2016: إطلاق صواريخ ليلا من لبنان على مستوطنة كريات شمونة.",
         ("shelling", None)),  # fired from Lebanon at the side whose strikes the chronology tells: not its
    ],
    ids=["missiles-on-a-base", "fired-from-a-place"],
)
def test_the_missiles_of_a_chronology(entry: str, expected: tuple[str, str | None]) -> None:
    assert _typed(f"{_ISRAELI}\n{entry}") == [expected]
