"""Segmentation: the words that join one attack to the next split a sentence into two attack mentions,
each with its own place and type."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


@pytest.mark.parametrize(("joint", "second_day"), [
    ("، عقبه", None), ("، تلاه", None), (" تزامنا مع", "2016-08-10"), (" بالتزامن مع", "2016-08-10")])
def test_joined_attacks_are_two_events(joint: str, second_day: str | None) -> None:
    text = f"قصفت الطائرات الروسية بلدة سراقب يوم 10 آب 2016{joint} قصف مدفعي على مدينة منبج."
    got = [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2016, 8, 12)))]
    assert got == [("airstrike", "2016-08-10", "Saraqib"), ("shelling", second_day, "Manbij")]
