"""A day and month right after a plural attack noun with no year (تفجيرات 7 يوليو) name an attack of a
year the text does not give: it is not read in the publication's year; a year written with it dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _dated(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ووضع السكان أكاليل الزهور في لندن تكريما لضحايا تفجيرات 7 يوليو التي قتلت 52 شخصا.",
         [("bombing", None, "London")]),
        ("ووضع السكان أكاليل الزهور في لندن تكريما لضحايا تفجيرات 7 يوليو 2005 التي قتلت 52 شخصا.",
         [("bombing", "2005-07-07", "London")]),
        ("وقتل خمسة جنود في هجوم 3 آب على حاجز للجيش في مدينة العريش.",
         [("ground_attack", "2016-08-03", "Arīsh")]),
    ],
    ids=["a-named-attack-without-a-year", "a-named-attack-with-its-year", "a-single-attack-with-its-day"],
)
def test_a_named_attack_takes_no_day_of_the_publication_year(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _dated(text) == expected
