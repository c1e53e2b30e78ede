"""A clause that opens by placing what was just told after an earlier attack (ويأتي ذلك بعد يومين على
هجوم ...، وتأتي هذه الغارات غداة مقتل ...، وأتت) dates that attack back from the day of the event told
before it (basis ``event_relative``), and leaves it undated when that event has no day; an attack it tells after
its cause word with a day of its own (وجاءت الغارات بعد مقتل تسعة مساء الأربعاء في قصف صاروخي) is an event on that day.
"Comes" before في tells where something was said (وجاء في بيان صدر بعد منتصف الليل): it places nothing after."""

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


def test_the_past_of_comes_counts_back_too() -> None:
    text = ("شنت طائرات حربية اليوم غارات على مدينة سراقب في ريف إدلب. وأتت هذه الغارات غداة مقتل تسعة "
            "مدنيين في غارة على مدينة معرة النعمان.")
    assert _events(text) == [
        ("airstrike", "2016-08-12", "publication", "Saraqib", None),
        ("airstrike", "2016-08-11", "event_relative", "Maarat al-Numan", 9),
    ]


def test_an_attack_the_strikes_came_after_on_a_day_of_its_own() -> None:
    text = ("شنت طائرات حربية غارات على مدينة سراقب في ريف إدلب. وجاءت الغارات بعد مقتل تسعة مدنيين مساء "
            "الأربعاء في قصف صاروخي على مدينة معرة النعمان.")
    assert _events(text) == [
        ("airstrike", None, None, "Saraqib", None),
        ("shelling", "2016-08-10", "publication", "Maarat al-Numan", 9),
    ]


def test_a_statement_that_says_where_it_was_said_counts_nothing() -> None:
    text = ("شنت طائرات حربية غارات على مدينة سراقب في ريف إدلب. وجاء في بيان للمرصد صدر بعد منتصف ليل "
            "الأربعاء أن طائرات حربية قصفت مدينة معرة النعمان صباح الخميس.")
    assert _events(text) == [
        ("airstrike", None, None, "Saraqib", None),
        ("airstrike", "2016-08-11", "publication", "Maarat al-Numan", None),
    ]
