"""A country told as the one that saw the attacks (شهدت تركيا أمس أربع هجمات) is where they happened, not
who carried them out; the same country striking stays the actor."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _actors(text: str) -> list[str | None]:
    return [e.actor for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشهدت تركيا أمس 4 هجمات بأسلحة نارية ومتفجرات أسفرت عن مقتل 9 أشخاص في إسطنبول وشرناق.", [None, None]),
        ("وقصفت تركيا أمس مواقع الحزب في شمال العراق.", ["Turkey"]),
    ],
    ids=["the-country-saw-them", "the-country-struck"],
)
def test_a_country_that_saw_attacks(text: str, expected: list[str | None]) -> None:
    assert _actors(text) == expected
