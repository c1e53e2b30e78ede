"""An onset of a war or a crisis (اندلاع، اشتعال، نشوب) after «منذ» bounds a time, not an attack's date: what is told
since then (a child killed by the shelling, as the media have reported again and again) is a habit, no attack dated
by the onset's month."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


@pytest.mark.parametrize("onset", ["اندلاع", "اشتعال", "نشوب"])
def test_a_killing_told_since_the_war_broke_out_is_no_dated_attack(onset: str) -> None:
    text = (f"فمنذ {onset} الحرب في مارس، ووسائل الإعلام تتناقل أخبارا عن أب في عدن يحمل طفله بعدما قتل من جراء "
            "القصف العشوائي من قبل الحوثيين.")
    assert [(e.event_type, e.date) for e in extract_article(article(text, dt.date(2015, 7, 24)))] == []
