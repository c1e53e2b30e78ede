"""The Syrian army named by its president or its government (طيران نظام الأسد، غارات شنتها الحكومة
السورية) is the actor of its strikes; the government speaking is not."""

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
        ("وشن طيران نظام الأسد الحربي أمس 20 غارة جوية على مناطق في سهل الغاب.", ["Syrian army"]),
        ("وأصيب 11 شخصا أمس إثر غارات شنتها الحكومة السورية على بلدة سراقب.", ["Syrian army"]),
        ("وقالت الحكومة السورية إن مسلحين قصفوا أمس حي الميدان في دمشق.", [None]),
    ],
    ids=["the-regime-by-its-president", "the-government-struck", "the-government-speaks"],
)
def test_the_syrian_regime_named_otherwise(text: str, expected: list[str | None]) -> None:
    assert _actors(text) == expected
