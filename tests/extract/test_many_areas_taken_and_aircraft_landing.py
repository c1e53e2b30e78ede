"""Many areas taken (سيطرت القوات على مناطق كثيرة داخل المدينة) are a campaign's result, an event only on its
own day; an aircraft taking off or landing (لدى هبوط طائرة حربية، بعد إقلاع طائرة) is no air strike, as one
flying over is not."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


def test_many_areas_taken_without_a_day_are_no_attack() -> None:
    assert typed_events("وقال مسؤول إن القوات سيطرت على مناطق كثيرة داخل مدينة الرمادي.") == []


def test_many_areas_taken_on_their_day_stay() -> None:
    text = "وقال مسؤول إن القوات سيطرت يوم الأحد على مناطق كثيرة داخل مدينة الرمادي."
    assert typed_events(text) == [("ground_attack", "2016-08-07", "Ramadi")]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل طيار لدى هبوط طائرة حربية في قاعدة قرب مدينة أضنة يوم الأحد.",
        "وقتل طيار بعد إقلاع طائرة حربية من قاعدة قرب مدينة أضنة يوم الأحد.",
    ],
    ids=["landing", "taking-off"],
)
def test_an_aircraft_taking_off_or_landing_is_no_strike(text: str) -> None:
    assert typed_events(text) == []


def test_an_armed_attack_as_an_aircraft_lands_stays() -> None:
    text = "وأصيب جنديان في هجوم مسلح لدى هبوط طائرة عسكرية في مطار مدينة ماردين يوم الأحد."
    assert typed_events(text) == [("ground_attack", "2016-08-07", "Mardin")]
