"""Strikes counted as others after those a sentence told (بينما ضربت أهداف مماثلة في ثلاث غارات أخرى بالقرب من
كركوك) are more of the side's that struck first: a clause naming no side takes the side of the attack told before it
in the sentence. Not without the count (غارة أخرى) nor without the word of another, and a side named keeps its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

FIRST = "نفذ الجيش العراقي يوم الأحد خمس غارات بالقرب من تكريت دمرت مواقع للتنظيم بينما ضربت أهداف مماثلة في "
TIKRIT = ("Tikrīt", "2016-08-07", "Iraqi forces")


def _events(text: str) -> list[tuple]:
    return [(e.place, e.date, e.actor) for e in extract_article(article(FIRST + text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ثلاث غارات أخرى بالقرب من كركوك.", [TIKRIT, ("Kirkuk", "2016-08-07", "Iraqi forces")]),
        ("ثلاث غارات بالقرب من كركوك.", [TIKRIT, ("Kirkuk", "2016-08-07", None)]),
        ("غارة أخرى بالقرب من كركوك.", [TIKRIT, ("Kirkuk", "2016-08-07", None)]),
        ("ثلاث غارات أمريكية أخرى بالقرب من كركوك.", [TIKRIT, ("Kirkuk", "2016-08-07", "US")]),
    ],
    ids=["counted-as-others", "no-word-of-another", "not-counted", "a-side-of-their-own"],
)
def test_strikes_counted_as_others_take_the_side_before(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
