"""A second attack joined by و with its own count before its trigger (6 غارات على مدينة أ و3 غارات على مدينة ب;
وثلاث غارات; و 3 غارات) at a place that is not the first one's is an attack of its own, at the first one's time;
more strikes counted over the same town is still one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "شن طيران التحالف أمس 6 غارات على مدينة سراقب و3 غارات على مدينة أريحا.",
        "شن طيران التحالف أمس ست غارات على مدينة سراقب وثلاث غارات على مدينة أريحا.",
        "شن طيران التحالف أمس 6 غارات على مدينة سراقب و 3 غارات على مدينة أريحا.",
    ],
    ids=["digits-glued-to-and", "number-word-glued-to-and", "digits-after-and"],
)
def test_a_second_counted_attack_at_another_town_is_its_own(text: str) -> None:
    assert _events(text) == [("airstrike", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-11", "Ariha (Idlib)")]


@pytest.mark.parametrize(
    "text",
    [
        "شن طيران التحالف أمس 6 غارات على مدينة سراقب و3 غارات أخرى على المدينة نفسها.",
        "شن طيران التحالف أمس 6 غارات على مدينة سراقب و3 غارات على أطراف سراقب.",
    ],
    ids=["more-strikes-on-the-same-town", "a-count-on-the-outskirts-of-the-town"],
)
def test_counts_over_one_place_stay_one_attack(text: str) -> None:
    assert _events(text) == [("airstrike", "2016-08-11", "Saraqib")]
