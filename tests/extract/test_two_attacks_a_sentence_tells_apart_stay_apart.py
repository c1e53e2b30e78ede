"""Two attacks a sentence tells apart (… في سوق المدينة، كما قتل آخرون في انفجار في المدينة) never become one
event, not even through a third telling each of them agrees with (the lead's summary of the day's blasts):
the first completes the summary, the second stays its own. The same attack told again in another sentence
still merges."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت أربع سيارات مفخخة أمس في مناطق متفرقة من مدينة بعقوبة. وقتل 7 أشخاص في انفجار سيارة مفخخة في سوق "
         "بعقوبة، كما قتل 5 آخرون في انفجار سيارة مفخخة في مدينة بعقوبة.",
         [("bombing", "2016-08-11", "Baqubah", 7), ("bombing", "2016-08-11", "Baqubah", 5)]),
        ("قصفت الطائرات أمس مدينة دوما. وقتل 3 مدنيين في غارة على مدينة دوما، كما قتل 2 في غارة على مدينة دوما.",
         [("airstrike", "2016-08-11", "Dūmā", 3), ("airstrike", "2016-08-11", "Dūmā", 2)]),
    ],
    ids=["two-car-bombs-after-the-summary", "two-strikes-after-the-lead"],
)
def test_two_attacks_told_apart_stay_two(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_one_attack_told_twice_is_one() -> None:
    text = "قتل 4 مدنيين أمس في غارة على مدينة دوما. وأدت الغارة على مدينة دوما إلى مقتل 4 مدنيين."
    assert _events(text) == [("airstrike", "2016-08-11", "Dūmā", 4)]
