"""Merging: two tellings at two towns more than 10 km apart are two attacks, even when a missing date
or toll would let them agree; the same town told twice is one attack, and a governorate's toll is
completed by the detail of a town inside it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_different_tolls_at_two_towns_are_two_attacks() -> None:
    text = "قتل 12 مدنيا الخميس في غارات جوية على مدينة سراقب. وقتل ثلاثة مدنيين في غارة على مدينة أريحا."
    assert _events(text) == [
        ("airstrike", "2016-08-11", "Saraqib", 12),
        ("airstrike", None, "Ariha (Idlib)", 3),
    ]


def test_a_town_without_toll_or_date_is_not_merged_into_another_town() -> None:
    text = "قصفت طائرات حربية مدينة سراقب الخميس. وقصفت طائرات حربية مدينة معرة النعمان."
    assert _events(text) == [
        ("airstrike", "2016-08-11", "Saraqib", None),
        ("airstrike", None, "Maarat al-Numan", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 12 مدنيا الخميس في غارات جوية على مدينة سراقب. وقتل 12 مدنيا في الغارات على مدينة سراقب.",
         [("airstrike", "2016-08-11", "Saraqib", 12)]),
        ("قتل 12 مدنيا الخميس في غارات جوية على مدينة سراقب. وقتل ثلاثة مدنيين في غارة على مدينة سراقب.",
         [("airstrike", "2016-08-11", "Saraqib", 12)]),
        ("قتل 12 مدنيا الخميس في غارات جوية على محافظة إدلب. وقتل ثلاثة مدنيين في غارة على مدينة سراقب.",
         [("airstrike", "2016-08-11", "Saraqib", 12)]),
    ],
    ids=["same-toll-same-town", "same-town", "governorate-and-a-town-in-it"],
)
def test_other_tellings_still_merge(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
