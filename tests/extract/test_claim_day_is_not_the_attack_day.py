"""The day of a claim (تبنى ... أمس) dates the claim: the attack takes its own day when the text
gives one, and the claim's only when it gives none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_text, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتبنى التنظيم أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين في مدينة منبج.",
         [("bombing", "2016-08-10", "أول من أمس", "Manbij", 2)]),
        ("وتبنى التنظيم أمس هجوما بسيارة مفخخة على مدينة منبج.",
         [("bombing", "2016-08-11", "أمس", "Manbij", None)]),
    ],
    ids=["attack-day-given", "only-the-claim-day"],
)
def test_claim_day(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
