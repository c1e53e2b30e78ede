"""An attack or an operation told by its explosives (هجوم تفجيري، هجمات تفجيرية، عملية تفجيرية) is a bombing, as a
suicide attack is, not a ground attack told by a generic word."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _typed(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 27)))]


@pytest.mark.parametrize("text", [
    "أسفرت هجمات تفجيرية في مدينة كركوك أمس عن مقتل 7 أشخاص.",
    "قتل 7 أشخاص في هجوم تفجيري استهدف سوقا في مدينة كركوك أمس.",
    "نفذ مسلحون أمس عملية تفجيرية في مدينة كركوك أوقعت 7 قتلى.",
], ids=["plural-attacks", "attack", "operation"])
def test_an_attack_told_by_its_explosives_is_a_bombing(text: str) -> None:
    assert _typed(text) == [("bombing", "2015-07-26", "Kirkuk", 7)]
