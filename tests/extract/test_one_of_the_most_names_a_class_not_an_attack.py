""""One of the most" before a trigger (يعد من أكثر التفجيرات دموية) names the class an attack told elsewhere is
compared with, no attack of its own: the year its clause gives after since (منذ هجومه الواسع العام الماضي) never
makes an event. The attack compared stays, and a superlative alone may tell one (شن الطيران أعنف الغارات أمس)."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2015, 7, 23)


def test_one_of_the_deadliest_bombings_since_last_year_is_no_event() -> None:
    text = ("وأدى هذا التفجير إلى مقتل 50 شخصا، في ما يعد من أكثر التفجيرات دموية التي ينفذها التنظيم منذ هجومه "
            "الواسع في العراق العام الماضي.")
    assert typed_events(text, PUBLISHED) == []


def test_the_bombing_compared_stays() -> None:
    text = ("وقتل 40 شخصا في تفجير انتحاري في سوق بلدة الخالص الجمعة، وهو من أكثر التفجيرات دموية منذ الغزو "
            "الأميركي عام 2003.")
    assert typed_events(text, PUBLISHED) == [("bombing", "2015-07-17", "Al Khāliş")]


def test_the_most_violent_raids_alone_are_an_attack() -> None:
    assert typed_events("وشن الطيران أمس أعنف الغارات على مدينة الرمادي.", PUBLISHED) == [
        ("airstrike", "2015-07-22", "Ramadi")]
