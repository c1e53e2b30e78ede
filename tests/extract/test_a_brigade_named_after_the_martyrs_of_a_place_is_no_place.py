"""A brigade named after the martyrs of a place (لواء شهداء اليرموك، كتائب شهداء الأقصى) is a group: the place in
its name is not where the attack was, so the area the sentence places the attack in stays its place.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import gazetteer
from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision) for e in extract_article(article(text, dt.date(2015, 8, 1)))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل ثلاثة من عناصر لواء شهداء اليرموك أمس في غارة على مواقعهم في حوض اليرموك غرب درعا.",
         ("Yarmouk Basin", "region")),
        ("شنت الفصائل أمس هجوما على بلدة نوى بريف درعا الخاضعة لسيطرة لواء شهداء اليرموك.", ("Nawa", "town")),
    ],
    ids=["group-before-the-area", "group-after-the-town"],
)
def test_the_attack_stays_where_the_sentence_puts_it(text: str, place: tuple) -> None:
    assert _places(text) == [place]


def test_the_group_alone_names_no_place() -> None:
    assert [m.chosen.name for m in gazetteer.find_places("انفجرت عربة مفخخة قرب مقر للواء شهداء اليرموك")
            if m.chosen] == []


def test_martyrs_told_at_a_place_are_still_there() -> None:
    """With the preposition the place stays: سقط شهداء بدمشق is in Damascus."""
    assert [m.chosen.name for m in gazetteer.find_places("سقط ثلاثة شهداء بدمشق") if m.chosen] == ["Damascus"]
