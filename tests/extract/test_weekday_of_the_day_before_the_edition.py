"""A relative day whose written weekday is the day before the publication date (اليوم الخميس in a
paper dated Friday: an edition is dated the morning after it was written) is that weekday; one that
fits neither day stays undated."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2016, 8, 12)


def _dates(text: str) -> list[tuple]:
    return [(e.date, e.date_precision, e.date_basis, e.date_text) for e in extract_article(article(text, FRIDAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف الطيران الروسي مدينة الأتارب اليوم الخميس.", [("2016-08-11", "day", "publication", "اليوم الخميس")]),
        ("قصف الطيران الروسي مدينة الأتارب أمس الأربعاء.", [("2016-08-10", "day", "publication", "أمس الأربعاء")]),
        ("قصف الطيران الروسي مدينة الأتارب اليوم الجمعة.", [("2016-08-12", "day", "publication", "اليوم الجمعة")]),
        ("قصف الطيران الروسي مدينة الأتارب اليوم الاثنين.", [(None, None, None, "اليوم الاثنين")]),
        ("قصف الطيران الروسي مدينة الأتارب يوم الخميس 11 آب 2016.",
         [("2016-08-11", "day", "explicit", "يوم الخميس 11 آب 2016")]),
    ],
    ids=["today-thursday-in-fridays-paper", "yesterday-wednesday", "today-friday", "today-monday-fits-neither",
         "written-date"],
)
def test_weekday_of_an_edition(text: str, expected: list[tuple]) -> None:
    assert _dates(text) == expected
