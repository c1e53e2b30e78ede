"""A town named as what the struck area faces (المقابلة لمدينة كيليس، قبالة مدينة جازان) is a reference
point near the attack, not the place it happened."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_relation) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت مقاتلات تركية أمس مواقع للتنظيم في المنطقة الحدودية المقابلة لمدينة كيليس.", [("Kilis", "near")]),
        ("واستهدفت الغارات أمس تجمعات للحوثيين في الشريط الحدودي قبالة مدينة جازان.", [("Jizan", "near")]),
        ("وقصفت مقاتلات تركية أمس مواقع للتنظيم في مدينة كيليس.", [("Kilis", None)]),
    ],
    ids=["facing-a-town", "across-from-a-town", "in-the-town"],
)
def test_a_faced_town_is_a_reference_point(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected
