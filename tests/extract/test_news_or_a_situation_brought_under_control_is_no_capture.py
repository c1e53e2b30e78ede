"""What a capture verb takes after على when it is no place (`campaign.not_captured`): the news dominating the
coverage, a situation brought under control, a melody taking an ear. No attack; a town taken stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

MONDAY = dt.date(2015, 8, 3)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, MONDAY))]


@pytest.mark.parametrize("text", [
    "في منتصف الأسبوع، سيطرت الأخبار الداخلية على التغطية الإعلامية في مدينة إسطنبول.",
    "وتمكنت فرق الدفاع المدني من السيطرة على الموقف في مدينة الرياض يوم الأحد.",
    "وسيطرت تلك النغمات على أذن الفنان الذي سافر إلى الطائف يوم الأحد.",
], ids=["the-coverage", "the-situation", "an-ear"])
def test_what_is_no_place_is_no_capture(text: str) -> None:
    assert _events(text) == []


def test_a_town_taken_stays_a_capture() -> None:
    assert _events("وسيطر الجيش على بلدة تل أبيض يوم الأحد.") == [("ground_attack", "2015-08-02", "Tell Abyad")]
