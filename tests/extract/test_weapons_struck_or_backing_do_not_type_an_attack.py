"""A generic attack word (هجوم) takes no type from weapons that were its target (مواقع المدفعية، الذين يديرون
المدفعية) nor from the air strikes that backed it (بدعم من غارات جوية): it stays a ground attack. Weapons the
attack was made with still type it (هجوما صاروخيا، هجوما جويا)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _types(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2018, 5, 27))


@pytest.mark.parametrize("text", [
    "قتل جنديان أمس في هجوم على مواقع المدفعية السورية قرب مدينة دير الزور.",
    "قتل أمس في هجوم قرب مدينة دير الزور اثنان من الخبراء الذين يديرون المدفعية.",
    "شنت قوات النظام أمس هجوما على مدينة دير الزور بدعم من غارات جوية روسية.",
], ids=["artillery-positions", "artillery-operators", "backing-strikes"])
def test_a_generic_attack_is_not_typed_by_what_it_struck_or_what_backed_it(text: str) -> None:
    assert [t for t, _, _ in _types(text)] == ["ground_attack"]
    assert _types(text)[0][1:] == ("2018-05-26", "Deir ez-Zor")


@pytest.mark.parametrize("text, kind", [
    ("شنت قوات النظام أمس هجوما جويا على مدينة دير الزور.", "airstrike"),
    ("قتل جنديان أمس في هجوم بقذائف المدفعية على مدينة دير الزور.", "shelling"),
], ids=["air-attack", "artillery-shells"])
def test_the_weapons_an_attack_was_made_with_still_type_it(text: str, kind: str) -> None:
    assert _types(text) == [(kind, "2018-05-26", "Deir ez-Zor")]
