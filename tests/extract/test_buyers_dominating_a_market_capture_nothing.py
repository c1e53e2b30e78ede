"""Buyers or sellers dominating a market's trading (تعاملات سيطر عليها المشترون: [exclude] phrases) capture no place:
no attack; fighters taking a town still do."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 8, 10)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أغلقت سوق الأسهم المحلية أمس على ارتفاع، خلال تعاملات سيطر عليها المشترون.", []),
        ("أغلقت السوق أمس على ارتفاع بعد جلسة سيطر فيها البائعون على التداولات.", []),
        ("وسيطر المسلحون أمس على بلدة القريتين.", [("ground_attack", "2015-08-09", "Al Qaryatayn")]),
    ],
    ids=["buyers", "sellers", "fighters-take-a-town"],
)
def test_buyers_dominating_a_market_capture_nothing(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
