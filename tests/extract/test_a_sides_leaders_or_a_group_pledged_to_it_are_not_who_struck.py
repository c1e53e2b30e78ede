"""A side named as the one whose leaders were killed (مقتل ثلاثة من قادة التنظيم) or as the one a struck group is
pledged to (لواء المبايع لتنظيم داعش) is the target's side, never who struck: the event gets no actor from it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2017, 3, 14)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة من قادة تنظيم داعش في غارة جوية على مدينة الرقة أمس.",
         [("airstrike", "2017-03-13", "Ar Raqqah", None, 3)]),
        ("قتل أربعة من عناصر لواء الحق المبايع لتنظيم داعش في انفجار سيارة مفخخة في مدينة درعا أمس.",
         [("bombing", "2017-03-13", "Dar‘ā", None, 4)]),
        ("قتل ثلاثة مدنيين في غارة جوية لتنظيم داعش على مدينة الرقة أمس.",
         [("airstrike", "2017-03-13", "Ar Raqqah", "ISIS", 3)]),
    ],
    ids=["its-leaders-killed", "a-group-pledged-to-it", "the-side-that-struck"],
)
def test_the_targets_side_is_no_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
