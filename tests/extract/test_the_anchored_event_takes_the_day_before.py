"""X غداة Y: when the trigger is Y, the event anchored to, and X has a day, Y's day is X's less the
shift the anchor word counts (غداة: one day; بعد يومين على: two); without X's day, Y stays undated."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, FRIDAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتوجه رئيس الوزراء اليوم الجمعة إلى مدينة منبج غداة تفجير انتحاري قتل فيه 31 شخصا في المدينة.",
         [("bombing", "2016-08-11", "day", "Manbij", 31)]),
        ("وزار الوزير مدينة منبج يوم 10 آب 2016 بعد يومين على تفجير انتحاري قتل فيه 31 شخصا في المدينة.",
         [("bombing", "2016-08-08", "day", "Manbij", 31)]),
        ("وزار الوزير مدينة منبج في آب 2016 غداة تفجير انتحاري قتل فيه 31 شخصا في المدينة.",
         [("bombing", None, None, "Manbij", 31)]),
    ],
    ids=["day-after", "two-days-after", "month-only-gives-no-day"],
)
def test_the_event_anchored_to_is_dated_back_from_the_day_of_the_other(text: str, expected: list) -> None:
    assert _events(text) == expected
