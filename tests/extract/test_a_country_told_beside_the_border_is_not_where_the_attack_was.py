"""Of two countries written as places, the one told beside or across (قرب الحدود مع النيجر) is not where
the attack was while the other is (في مالي): a far country written after a locative is a place even when
its name is also a common word."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل سبعة جنود يوم 7 آب 2016 في هجوم على دورية في مالي قرب الحدود مع النيجر.", ["Mali"]),
        ("قتل سبعة جنود يوم 7 آب 2016 في هجوم على دورية في العراق قرب الحدود مع سوريا.", ["Iraq"]),
        ("وقال إن مالي لا يكفي يوم 7 آب 2016.", []),
        ("قتل سبعة جنود يوم 7 آب 2016 في هجوم على دورية في إقليم كونار الواقع على حدودها مع باكستان.", [None]),
    ],
    ids=["far-country", "neighbour", "common-word", "its-border-with"],
)
def test_the_country_where_it_was(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
