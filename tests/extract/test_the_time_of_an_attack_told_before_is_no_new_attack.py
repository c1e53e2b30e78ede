"""A time noun right before an attack noun (فجر يوم التفجير الجمعة، في ليلة القصف تلك) names the time of an attack told
before: no attack of its own, and the weekday after it is no day of a new one (`[anaphora] times_of`)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 8, 6)))]


def test_the_day_of_the_bombing_is_no_new_bombing() -> None:
    text = ("تعرض مسجد في مدينة الكويت لتفجير انتحاري في 26 يونيو الماضي، ما أدى إلى مقتل 26 شخصا. وقال المتهم إنه "
            "استقبل صديقه فجر يوم التفجير الجمعة.")
    assert _events(text) == [("bombing", "2015-06-26", "day", "Kuwait City", 26)]
