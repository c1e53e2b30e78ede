"""A second attack added to the one its sentence told before by a word of ``[clauses] besides`` (فضلا عن،
إضافة إلى) and told by its own indefinite trigger a few words after it, at a place that is not the first one's,
is an attack of its own at the first one's time, with its own toll. What such a word adds without a trigger
of its own, a definite trigger after it, or a place inside the first one's area is still the one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 مدنيين أمس في غارات على مدينة سراقب، فضلا عن قصف مدفعي على مدينة أريحا.",
         [("airstrike", "2016-08-11", "Saraqib", 5), ("shelling", "2016-08-11", "Ariha (Idlib)", None)]),
        ("قتل 5 مدنيين أمس في غارات على مدينة سراقب، إضافة إلى مقتل امرأة جراء قصف مدفعي على مدينة أريحا.",
         [("airstrike", "2016-08-11", "Saraqib", 5), ("shelling", "2016-08-11", "Ariha (Idlib)", 1)]),
    ],
    ids=["shelling-besides-strikes", "a-death-in-shelling-besides-strikes"],
)
def test_an_attack_added_at_another_place_is_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 مدنيين أمس في غارات على مدينة سراقب، بالإضافة إلى تدمير منازل في المدينة.",
         [("airstrike", "2016-08-11", "Saraqib", 5)]),
        ("قتل 5 مدنيين أمس في غارات على مدينة سراقب، فضلا عن القصف على مدينة أريحا.",
         [("airstrike", "2016-08-11", "Saraqib", 5)]),
        ("قتل 5 مدنيين أمس في غارات على ريف إدلب، فضلا عن قصف على مدينة أريحا.",
         [("airstrike", "2016-08-11", "Ariha (Idlib)", 5)]),
    ],
    ids=["damage-added-without-a-trigger", "a-definite-trigger-after-the-word", "a-town-inside-the-first-area"],
)
def test_what_is_added_to_one_attack_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
