"""A political process after a trigger (عملية السلام، عملية تشكيل الحكومة) makes it no attack, but a word of peace or
politics after a word of its parties (بين، على، ضد) names a party or a target: the clashes between Saraya al-Salam
and the army are fighting, not a peace process."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place)
            for e in extract_article(article(text, dt.date(2018, 3, 13)))]


def test_clashes_between_a_party_named_for_peace_are_told() -> None:
    text = "اندلعت اشتباكات بين سرايا السلام والجيش عند مدخل مدينة سامراء أمس."
    assert _events(text) == [("ground_attack", "2018-03-12", "Sāmarrā’")]


@pytest.mark.parametrize("text", [
    "أعلن الرئيس أمس إطلاق عملية السلام في مدينة سامراء.",
    "بدأت أمس عملية تشكيل الحكومة في مدينة سامراء.",
], ids=["peace", "government"])
def test_a_process_after_the_trigger_is_no_attack(text: str) -> None:
    assert _events(text) == []
