"""An attack told as coming hours after something whose day is written after it (غارات ... بعد ساعات من تهديدات
أطلقها القائد الأربعاء) is that day or the next, never the one day: hours after a Wednesday may be Thursday's small
hours. After days (بعد أيام من تهديدات أطلقها في 2 أيار) the day is not the attack's and dates nothing. A day written
before the phrase (غارات ... الأربعاء بعد ساعات من ...) is the attack's own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

STRIKES = "قتل خمسة مدنيين في غارات إسرائيلية على بلدة الكسوة"


def _dates(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e.date, e.date_end, e.date_precision, e.date_basis)
            for e in extract_article(article(text, dt.date(2018, 5, 10)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{STRIKES} بعد ساعات من تهديدات أطلقها قائد الحرس الثوري الأربعاء.",
         [("2018-05-09", "2018-05-10", "range", "publication")]),
        (f"{STRIKES} بعد ساعات قليلة من إعلان الحكومة حالة التأهب الأربعاء.",
         [("2018-05-09", "2018-05-10", "range", "publication")]),
        (f"{STRIKES} الأربعاء بعد ساعات من تهديدات أطلقها قائد الحرس الثوري.",
         [("2018-05-09", "2018-05-09", "day", "publication")]),
        (f"{STRIKES} بعد أيام من تهديدات أطلقها قائد الحرس الثوري في 2 أيار 2018.",
         [(None, None, None, None)]),
    ],
    ids=["hours-after-a-wednesday", "a-few-hours-after", "its-own-day-before-the-phrase", "days-after-is-not-hours"],
)
def test_hours_after_a_day_is_that_day_or_the_next(text: str, expected: list) -> None:
    assert _dates(text) == expected
