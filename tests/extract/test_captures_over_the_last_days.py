"""Several places captured over the last days are a campaign's gains, not one attack; one town so taken stays."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "واستعادت القوات الحكومية في الأيام الماضية مناطق مورك وصوران وطيبة الإمام بريف حماة.",
        "واستعادت القوات في الأيام القليلة الماضية ضمن عملية \"الفجر\" وبدعم من الطيران، مناطق مورك وصوران.",
        "وسيطرت الفصائل في الأيام الأخيرة على قرى مورك وصوران بريف حماة الشمالي.",
    ],
    ids=["regained-areas", "regained-areas-far-after", "captured-villages"],
)
def test_places_captured_over_the_last_days_are_no_event(text: str) -> None:
    assert typed_events(text) == []


def test_one_town_captured_over_the_last_days_stays() -> None:
    assert typed_events("وسيطرت الفصائل في الأيام الماضية على مدينة مورك بريف حماة.") == [
        ("ground_attack", None, "Mūrak")]


def test_villages_captured_on_a_day_stay() -> None:
    assert typed_events("وسيطرت الفصائل الأحد على قرى مورك وصوران بريف حماة الشمالي.") == [
        ("ground_attack", "2016-08-07", "Mūrak")]
