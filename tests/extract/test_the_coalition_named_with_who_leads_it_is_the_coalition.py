"""The coalition named with who leads it, indefinite or with its adjective (غارات جوية لتحالف تقوده الولايات المتحدة،
التحالف الدولي الذي تقوده واشنطن), is the international coalition, not its leader alone (sentences written for the
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 7, 27)  # a Monday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة مدنيين يوم الأحد في غارات جوية لتحالف تقوده الولايات المتحدة على بلدة الشدادي.",
        "قتل خمسة مدنيين يوم الأحد في غارات شنها تحالف بقيادة واشنطن على بلدة الشدادي.",
        "وقال مصدر عسكري إن التحالف الدولي الذي تقوده الولايات المتحدة شن غارات يوم الأحد على بلدة الشدادي.",
    ],
    ids=["indefinite-led-by-the-us", "indefinite-led-by-washington", "international-led-by-the-us"],
)
def test_the_coalition_led_by_the_us_is_the_coalition(text: str) -> None:
    assert _events(text) == [("airstrike", "2015-07-26", "Al-Shaddadi", "International coalition")]


def test_the_us_named_alone_stays_the_us() -> None:
    text = "قتل خمسة مدنيين يوم الأحد في غارات جوية شنتها الولايات المتحدة على بلدة الشدادي."
    assert _events(text) == [("airstrike", "2015-07-26", "Al-Shaddadi", "US")]
