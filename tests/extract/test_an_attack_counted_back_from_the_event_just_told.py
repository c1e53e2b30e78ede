"""A clause that opens by placing what was just told after an earlier attack (ويأتي ذلك بعد يومين على
هجوم ...، وتأتي هذه الغارات غداة مقتل ...) dates that attack back from the day of the event told
before it (basis ``event_relative``), and leaves it undated when that event has no day."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, FRIDAY))]


def test_an_attack_two_days_before_what_was_just_told() -> None:
    text = ("قتل ثلاثة جنود أمس في هجوم مسلح على حاجز للجيش في مدينة ماردين. ويأتي ذلك بعد يومين على "
            "تفجير سيارة مفخخة في مدينة سروج أوقع 12 قتيلا.")
    assert _events(text) == [
        ("ground_attack", "2016-08-11", "publication", "Mardin", 3),
        ("bombing", "2016-08-09", "event_relative", "Suruç", 12),
    ]


def test_the_strikes_just_told_came_the_day_after_another_strike() -> None:
    text = ("شنت طائرات حربية اليوم غارات على مدينة سراقب في ريف إدلب. وتأتي هذه الغارات غداة مقتل تسعة "
            "مدنيين في غارة على مدينة معرة النعمان.")
    assert _events(text) == [
        ("airstrike", "2016-08-12", "publication", "Saraqib", None),
        ("airstrike", "2016-08-11", "event_relative", "Maarat al-Numan", 9),
    ]


def test_nothing_is_counted_back_from_an_event_without_a_day() -> None:
    text = ("قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة ماردين. ويأتي ذلك بعد يومين على "
            "تفجير سيارة مفخخة في مدينة سروج أوقع 12 قتيلا.")
    assert [e[:3] for e in _events(text)] == [("ground_attack", None, None), ("bombing", None, None)]
