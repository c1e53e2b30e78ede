"""A span longer than a day told right before a day inside it (في شهر رمضان المبارك في 26 يونيو) is the same time
told more finely: the attack takes the day. A day told further on in the clause, or one outside the span, leaves
the span as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 8, 6)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعرض مسجد في مدينة الكويت لتفجير انتحاري خلال صلاة الجمعة في شهر رمضان المبارك في 26 يونيو الماضي، ما "
         "أدى إلى مقتل 26 شخصا.",
         [("bombing", "2015-06-26", "day", "Kuwait City", 26)]),
        ("تعرض مسجد في مدينة الكويت لتفجير انتحاري في شهر يوليو الماضي، ما أدى إلى مقتل 26 شخصا.",
         [("bombing", "2015-07", "month", "Kuwait City", 26)]),
    ],
    ids=["ramadan-then-its-day", "a-month-alone"],
)
def test_a_day_told_right_after_a_span_holding_it_is_the_attacks(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
