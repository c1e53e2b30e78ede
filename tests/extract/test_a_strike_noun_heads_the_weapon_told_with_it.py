"""An indefinite strike noun (بقصف سوري) with its weapon written right after it with the instrument ب (بالبراميل
المتفجرة) heads the attack: the weapon types it, but the attack is told as indefinitely as the noun, so it is no
re-mention though the weapon has the article; a definite noun (بالقصف بالبراميل) still names one told before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال ناشطون إن المدنيين قتلوا بقصف سوري بالبراميل المتفجرة على بلدة كفرنبل.",
         [("airstrike", None, "Kafranbel", "Syrian army", None)]),
        ("وقال ناشطون إن مدنيين قتلوا أمس بقصف سوري بالبراميل المتفجرة على بلدة كفرنبل.",
         [("airstrike", "2016-08-11", "Kafranbel", "Syrian army", None)]),
        ("وقال ناشطون إن المدنيين قتلوا بقصف بقذائف الهاون على بلدة كفرنبل.",
         [("shelling", None, "Kafranbel", None, None)]),
        ("وقال ناشطون إن المدنيين قتلوا بالقصف بالبراميل المتفجرة على بلدة كفرنبل.", []),
    ],
    ids=["barrels-undated", "barrels-yesterday", "mortars", "definite-noun-names-one-told"],
)
def test_a_strike_noun_heads_its_weapon(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
