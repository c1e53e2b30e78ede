"""A character that is a digit only typographically (², ³: no decimal digit) before a trigger is no count:
extraction reads past it instead of failing; Arabic-Indic digits still count."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 1, 2)))]


def test_a_superscript_before_a_trigger_is_read_past() -> None:
    assert _events("قتل ² غارة في حلب أمس.") == [("airstrike", "2016-01-01", "Aleppo", None)]


def test_arabic_indic_digits_still_count() -> None:
    assert _events("قتل ٣ مدنيين في غارة على حلب أمس.") == [("airstrike", "2016-01-01", "Aleppo", 3)]
