"""A place written in a title (رئيس مجلس قضاء الخالدية، محافظ نينوى) is the seat of an office: it locates the
clause's event only when the clause names no other place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_relation) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال رئيس مجلس قضاء الخالدية إن طائرة قصفت يوم 7 آب 2016 موقعا للتنظيم شرقي الرمادي.",
         [("Ramadi", "east")]),
        ("وقال رئيس مجلس قضاء الخالدية إن طائرة قصفت يوم 7 آب 2016 موقعا للتنظيم في ناحية الصقلاوية.",
         [("Saqlawiyah", None)]),
        ("وقال محافظ نينوى إن 10 مدنيين قتلوا يوم 7 آب 2016 في تفجير سيارة مفخخة.", [("Nineveh", None)]),
    ],
    ids=["another-place-east", "another-town", "the-title-alone"],
)
def test_title_places(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected
