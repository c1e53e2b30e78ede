"""Confrontations and clashes (مواجهات، صدامات) are a clash of war when their clause names an armed group as
a side (مسلحين، المقاومة, or an actor that does not strike from the air); without one they are a protest's
or a match's (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أربعة أشخاص يوم الأربعاء في مواجهات بين قوات الأمن ومسلحين في مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij", 4)]),
        ("ودارت صدامات يوم الأربعاء بين الشرطة ومقاتلين في مدينة منبج أسفرت عن مقتل شرطي.",
         [("ground_attack", "2016-08-10", "Manbij", 1)]),
        ("قتل خمسة من عناصر التنظيم يوم الأربعاء في المواجهات مع المقاومة في مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij", 5)]),
    ],
    ids=["between-security-and-gunmen", "clashes-with-fighters", "with-the-resistance"],
)
def test_confrontations_with_an_armed_side_are_clashes(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قتل شابان يوم الأربعاء برصاص الجنود في مواجهات قرب الحدود في مدينة منبج.",
        "وتشهد المباراة يوم الأربعاء مواجهات قوية بين اللاعبين في مدينة منبج أسفرت عن إصابة لاعبين.",
    ],
    ids=["protesters-and-soldiers", "a-match"],
)
def test_confrontations_without_an_armed_side_are_no_clashes(text: str) -> None:
    assert _events(text) == []
