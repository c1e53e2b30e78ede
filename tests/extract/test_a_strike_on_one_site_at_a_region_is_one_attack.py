"""An indefinite singular strike on one site named right after it (غارة جوية لمبنى، غارة على موقع عسكري) is one
attack even where only its region places it and no date or toll is told; strikes on sites, a count of strikes on a
site, and a region's bombardment told as a whole stay out."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("أظهر تسجيل مصور لحظة سقوط غارة جوية لمبنى سكني في الغوطة الشرقية.", "Eastern Ghouta"),
        ("أفادت مصادر محلية بسقوط جرحى في غارة جوية على موقع عسكري في ريف دير الزور.", "Rural Deir ez-Zor"),
    ],
    ids=["a-strike-on-a-building", "a-strike-on-a-site-after-ala"],
)
def test_a_strike_on_one_site_at_a_region_is_an_attack(text: str, place: str) -> None:
    assert typed_events(text) == [("airstrike", None, place)]


@pytest.mark.parametrize(
    "text",
    [
        "أفادت مصادر محلية بسقوط جرحى في غارات جوية على مواقع عسكرية في ريف دير الزور.",
        "أفادت مصادر محلية بشن عشرين غارة جوية على موقع عسكري في ريف دير الزور.",
        "واستنكرت الحكومة القصف على الغوطة الشرقية.",
    ],
    ids=["strikes-on-sites", "a-count-of-strikes-on-a-site", "a-regions-bombardment"],
)
def test_strikes_over_a_region_stay_out(text: str) -> None:
    assert typed_events(text) == []
