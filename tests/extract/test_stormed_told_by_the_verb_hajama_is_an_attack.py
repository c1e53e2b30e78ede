"""The verb هجم (stormed: هجمت عناصر على المقر، المقر الذي هجم عليه المسلحون) tells a ground attack; the noun
هجمة of a match (بناء الهجمة، قاد هجمة), written like the verb with an object pronoun, does not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "هجمت عناصر مسلحة أمس على مقر الشرطة في مدينة الرقة.",
        "واقتربت الشركة من المقر الذي هجم عليه المسلحون أمس في مدينة الرقة.",
    ],
    ids=["feminine-past", "with-its-preposition"],
)
def test_the_verb_stormed_tells_a_ground_attack(text: str) -> None:
    assert _events(text) == [("ground_attack", "2016-08-11", "Ar Raqqah")]


@pytest.mark.parametrize(
    "text",
    ["ونجح الفريق في بناء الهجمة أمس في ملعب مدينة حمص.", "وقاد اللاعب هجمة خطيرة أمس في ملعب مدينة حمص."],
    ids=["building-the-attack", "led-an-attack"],
)
def test_a_match_attack_is_no_attack(text: str) -> None:
    assert _events(text) == []
