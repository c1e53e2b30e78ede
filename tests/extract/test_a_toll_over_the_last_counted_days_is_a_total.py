"""A toll told over the last counted days after في as after خلال (قتل 300 شخص في الغارات على مدينة دوما في الأيام
الخمسة الماضية) is a total, no attack; a capture of one town told over those days, with no toll, stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


def test_a_toll_over_the_last_five_days_is_a_total() -> None:
    text = "وقتل 300 شخص على الأقل في الغارات والقصف على مدينة دوما في الأيام الخمسة الماضية، بحسب المرصد."
    assert _events(text) == []


def test_a_capture_over_the_last_three_days_stays() -> None:
    text = "وسيطرت القوات في الأيام الثلاثة الماضية على بلدة دابق."
    assert _events(text) == [("ground_attack", "2016-08-09", "Dabiq")]
