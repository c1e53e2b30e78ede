"""A definite attack (التفجير، القصف) dated only by the day of the report that tells it (وذكر التحالف في بيان
أمس أن الغارات ...) after an attack of its type told with a day of its own is that attack told again: the
report's day is not its day. Told first, or indefinite, the report's day stays its only date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

THURSDAY = dt.date(2016, 7, 21)
LEAD = "شنت طائرات التحالف غارات صباح الاثنين على مدينة الرقة وقتل 7 عناصر من التنظيم. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, THURSDAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "وذكر التحالف في بيان أمس أن الغارات استهدفت مقرات للتنظيم في مدينة الرقة.",
         [("airstrike", "2016-07-18", "Ar Raqqah", 7)]),
        (LEAD + "وذكر التحالف في بيان أمس أن الغارات استهدفت مقرات للتنظيم.",
         [("airstrike", "2016-07-18", "Ar Raqqah", 7)]),
        ("وأفادت الشرطة في بيان أمس أن التفجير الذي استهدف سوقا في مدينة كركوك أوقع 7 قتلى.",
         [("bombing", "2016-07-20", "Kirkuk", 7)]),
    ],
    ids=["told-again-at-its-place", "told-again", "told-first"],
)
def test_a_definite_attack_in_a_later_report(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
