"""A part of a country (في شرق سوريا، في شمال العراق) locates an attack when the clause's countries are
written only as names of something else (قوات سوريا ...، موقف تركيا): the part is where it happened. The
Syrian Democratic Forces are read in both spellings of their name (الديمقراطية، الديموقراطية)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _placed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.place, e.place_precision, e.actor) for e in extract_article(article(text, dt.date(2018, 9, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت قوات سوريا الجديدة الثلاثاء هجوما على منطقة في شرق سوريا.", [("Eastern Syria", "region", None)]),
        ("شنت قوات سوريا الديموقراطية الثلاثاء هجوما في شرق سوريا.", [("Eastern Syria", "region", "SDF")]),
        ("شنت قوات سوريا الديمقراطية الثلاثاء هجوما في شرق سوريا.", [("Eastern Syria", "region", "SDF")]),
        ("شنت قوات سوريا الجديدة الثلاثاء هجوما في سوريا.", [("Syria", "country", None)]),
    ],
    ids=["a-part-after-a-forces-name", "the-sdf-spelt-with-waw", "the-sdf-spelt-without-waw", "the-country-itself"],
)
def test_a_part_of_a_country_locates_the_attack(text: str, expected: list) -> None:
    assert _placed(text) == expected


def test_two_parts_of_two_countries_locate_none() -> None:
    text = "شنت قوات سوريا الجديدة الثلاثاء هجوما في شرق سوريا وفي شمال العراق."
    assert [p for p, _, _ in _placed(text)] == [None]
