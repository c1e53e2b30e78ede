"""A day written right before a relative pronoun and a verb of coming before or after (ليلة الجمعة التي سبقت
التفجير، مساء الأحد الذي تلا إعلان الهدنة) is counted from the happening that verb names, not read from the report:
it dates no attack of its clause. A day described otherwise (يوم الجمعة الذي شهد صلاة حاشدة) stays the attack's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events

PUBLISHED = dt.date(2015, 7, 21)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أربعة في تفجير انتحاري استهدف مسجدا في مدينة الدمام. واستقبل أحد الموقوفين المنفذ ليلة الجمعة التي "
         "سبقت موعد التفجير في منزله.",
         [("bombing", None, None, "Dammam", 4)]),
        ("قصفت الطائرات بلدة الكسوة مساء الأحد الذي تلا إعلان الهدنة، ما أسفر عن مقتل ثلاثة مدنيين.",
         [("airstrike", None, None, "Al Kiswah", 3)]),
        ("استهدف هجوم انتحاري مسجدا في مدينة الدمام يوم الجمعة الذي شهد صلاة حاشدة، ما أسفر عن مقتل أربعة.",
         [("bombing", "2015-07-17", "publication", "Dammam", 4)]),
    ],
    ids=["the-night-before-it", "the-evening-after-it", "a-day-described-otherwise"],
)
def test_a_day_counted_from_another_happening_is_not_the_attacks(text: str, expected: list[tuple]) -> None:
    assert dated_events(text, PUBLISHED) == expected
