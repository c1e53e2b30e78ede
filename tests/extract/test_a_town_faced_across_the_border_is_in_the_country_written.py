"""A place told as what an attack lies near or faces (المقابلة لمدينة كيليس، قرب كلس), after the one country written
as where it struck (في سوريا) and lying in another country, is across the border: the attack is near the reference's
point in the country written; the reference keeps its own country when the country written is its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _placed(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.place, e.country) for e in extract_article(article(text, dt.date(2015, 7, 25)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت مقاتلات تركية الجمعة ثلاثة مواقع للمتطرفين في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس.",
         [("airstrike", "Kilis", "SY")]),
        ("وقصفت مقاتلات تركية الجمعة مواقع للمتطرفين في سورية قرب كلس.", [("airstrike", "Kilis", "SY")]),
        ("سقطت قذائف الجمعة في تركيا قرب مدينة كيليس.", [("shelling", "Kilis", "TR")]),
    ],
    ids=["facing", "near", "own-country"],
)
def test_the_country_written_is_where_it_struck(text: str, expected: list) -> None:
    assert _placed(text) == expected
