"""The chemical and gas words in their common misspellings (كيمياوئي، كيمائية، لللغازات) name a chemical attack,
`other`, as the words spelt right do: not an air strike from the aircraft told beside, nor a ground attack for want
of a kind."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

WEDNESDAY = dt.date(2018, 4, 11)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.injured) for e in extract_article(article(text, WEDNESDAY))]


@pytest.mark.parametrize("gases", ["لللغازات", "للغازات"])
def test_wounded_by_gases_misspelt_or_not_tell_a_chemical_attack(gases: str) -> None:
    text = f"في أبريل/نيسان 2017، وقع هجوم على بلدة خان شيخون، مما أدى لإصابة المئات جراء تعرضهم {gases} سامة."
    assert _events(text) == [("other", "2017-04", "Khān Shaykhūn", None)]


@pytest.mark.parametrize("chemical", ["كيمياوئي", "كيمائي"])
def test_an_attack_with_its_chemical_word_misspelt_is_a_chemical_attack(chemical: str) -> None:
    text = f"قتل عشرات المدنيين في هجوم {chemical} استهدف السبت مدينة دوما."
    assert [e[:3] for e in _events(text)] == [("other", "2018-04-07", "Dūmā")]
