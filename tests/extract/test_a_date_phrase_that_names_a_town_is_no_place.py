"""A date the date reader reads (في العاشر من رمضان: a Hijri day) is no place, though a town bears its name;
the town named as a town (مدينة العاشر من رمضان) is no date and is the place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _dates_and_places(text: str) -> list[tuple[str | None, ...]]:
    events = extract_article(article(text, dt.date(2015, 7, 21)))
    return [(e.date, e.date_precision, e.date_basis, e.place) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع انفجار في العاشر من رمضان أسفر عن مقتل خمسة أشخاص.", [("2015-06-27", "day", "publication", None)]),
        ("وقع انفجار أمس في مدينة العاشر من رمضان أسفر عن مقتل خمسة أشخاص.",
         [("2015-07-20", "day", "publication", "Al ‘Āshir min Ramaḑān")]),
    ],
    ids=["the-day", "the-town"],
)
def test_a_date_phrase_is_no_place(text: str, expected: list) -> None:
    assert _dates_and_places(text) == expected
