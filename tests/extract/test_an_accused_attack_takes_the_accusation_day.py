"""An indefinite attack told at most six words after the day of a verb of accusing (actors.toml's accusers: اتهمت
دمشق إسرائيل الاثنين بشن غارة؛ وكانت الحكومة قد اتهمت التحالف في الثالث من آب بقصف جسر) takes that day, with basis
``report``, as the day of an announcing verb dates the attack it tells: the labelling guide takes an accusation's
day (null equally right). A definite attack (told before), one named far after the day, or the day of a denial
(نفى) dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واتهمت دمشق إسرائيل الاثنين بشن غارة جوية على مطار التيفور العسكري في محافظة حمص.",
         [("airstrike", "2016-08-08", "day", "report", "Tiyas (T4) airbase", "Israel")]),
        ("وكانت الحكومة السورية قد اتهمت إسرائيل في الثالث من آب/أغسطس بقصف مطار التيفور العسكري.",
         [("airstrike", "2016-08-03", "day", "report", "Tiyas (T4) airbase", "Israel")]),
    ],
    ids=["a-weekday", "a-day-of-the-month"],
)
def test_the_accusation_day(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونفت إسرائيل الاثنين شن غارة جوية على مطار التيفور العسكري في محافظة حمص.", []),
        ("واتهمت دمشق إسرائيل الاثنين بالوقوف وراء الغارة الجوية على مطار التيفور العسكري في محافظة حمص.",
         [("airstrike", None, None, None, "Tiyas (T4) airbase", "Israel")]),
        ("واتهمت دمشق الاثنين الحكومة الإسرائيلية وحلفاءها في المنطقة وفي الغرب كله بشن غارة جوية على مطار التيفور "
         "العسكري في محافظة حمص.",
         [("airstrike", None, None, None, "Tiyas (T4) airbase", None)]),
    ],
    ids=["a-denial", "definite", "named-far-after"],
)
def test_no_accusation_day(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
