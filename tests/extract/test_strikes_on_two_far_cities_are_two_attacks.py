"""Strikes told by a plural on two cities or governorates of one country more than 25 km apart (ضربات
على ريفي حماة وحلب) are two attacks, one at each, the toll told of both on neither: one wave reaches
neighbouring places. Two neighbouring towns, capitals of two countries (which name governments) and clashes
stay one event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_strikes_on_two_far_governorates_are_two_attacks() -> None:
    assert _events("قتل 26 مقاتلا في ضربات صاروخية استهدفت ليل الأحد مواقع عسكرية في ريفي حماة وحلب.") == [
        ("airstrike", "2016-08-07", "Hama", None), ("airstrike", "2016-08-07", "Aleppo", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات أمس غارات على مدينتي دوما وحرستا.", [("airstrike", "2016-08-11", "Ḩarastā", None)]),
        ("قتل 26 شخصا في اشتباكات عنيفة أمس في حماة وحلب.", [("ground_attack", "2016-08-11", "Ḩamāh", 26)]),
    ],
    ids=["two-neighbouring-towns", "clashes"],
)
def test_one_event_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
