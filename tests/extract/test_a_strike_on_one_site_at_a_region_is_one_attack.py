"""An indefinite singular strike on one site named right after it (غارة جوية لمبنى، غارة على موقع عسكري) is one
attack even where only its region places it and no date or toll is told, and so is one told as done as a
launching verb's object (وجه الجيش ضربة جوية لاجتماع، أنه شن غارة جوية على موقع); strikes on sites, a count of
strikes on a site, one planned, waged as a habit or named by a verbal noun, and a region's bombardment told as a whole
stay out."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("أظهر تسجيل مصور لحظة سقوط غارة جوية لمبنى سكني في الغوطة الشرقية.", "Eastern Ghouta"),
        ("أفادت مصادر محلية بسقوط جرحى في غارة جوية على موقع عسكري في ريف دير الزور.", "Rural Deir ez-Zor"),
        ("قال الرئيس إن الجيش وجه ضربة جوية لاجتماع للمسلحين في ريف حلب.", "Rural Aleppo"),
        ("أعلن الجيش أنه شن غارة جوية على موقع عسكري في ريف دير الزور.", "Rural Deir ez-Zor"),
    ],
    ids=["a-strike-on-a-building", "a-strike-on-a-site-after-ala", "a-strike-launched-on-a-meeting",
         "a-launched-strike-with-its-adjective"],
)
def test_a_strike_on_one_site_at_a_region_is_an_attack(text: str, place: str) -> None:
    assert typed_events(text) == [("airstrike", None, place)]


@pytest.mark.parametrize(
    "text",
    [
        "أفادت مصادر محلية بسقوط جرحى في غارات جوية على مواقع عسكرية في ريف دير الزور.",
        "أفادت مصادر محلية بشن عشرين غارة جوية على موقع عسكري في ريف دير الزور.",
        "واستنكرت الحكومة القصف على الغوطة الشرقية.",
        "قال الجيش إنه سيشن غارة على موقع للمسلحين في ريف حلب.",
        "ويشن الجيش غارة جوية على موقع في ريف حلب كل أسبوع.",
        "وقرر الجيش مع شن غارة على موقع في ريف حلب الرد على الهجوم.",
        "أعلن الجيش أنه شن غارات جوية على مواقع في ريف دير الزور.",
    ],
    ids=["strikes-on-sites", "a-count-of-strikes-on-a-site", "a-regions-bombardment", "a-strike-planned",
         "a-strike-waged-weekly", "a-verbal-noun-launching-it", "launched-strikes-on-sites"],
)
def test_strikes_over_a_region_stay_out(text: str) -> None:
    assert typed_events(text) == []
