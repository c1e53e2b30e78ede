"""An attack told only at the border with a country, across it or outside it (في هجوم على الحدود مع سورية،
قرب الحدود مع العراق، خارج سوريا) happened on a side the sentence does not say: that country is no place of it,
and the attack stays unplaced rather than put in the country beyond. A place the sentence names beside the
border still places it; the country told as where it was still does.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision) for e in extract_article(article(text, dt.date(2015, 7, 25)))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل ضابط تركي أمس في هجوم لداعش على الحدود مع سورية.", (None, None)),
        ("قتل جندي أمس في هجوم مسلح قرب الحدود مع العراق.", (None, None)),
        ("قتل ضابط تركي أمس في هجوم لداعش على بلدة كلس على الحدود مع سوريا.", ("Kilis", "city")),
        ("قتل ضابط تركي أمس في هجوم لداعش في سورية.", ("Syria", "country")),
    ],
    ids=["at-the-border", "near-the-border", "a-town-at-the-border", "in-the-country"],
)
def test_the_country_beyond_the_border_is_no_place(text: str, place: tuple) -> None:
    assert _places(text) == [place]
