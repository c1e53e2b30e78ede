"""A count of days ago ("قبل يومين") after a day before the reference told earlier in its sentence ("أمس الأربعاء")
counts from that day (basis ``anchor``); without one, or with it in the sentence before or on the reference's day,
it counts from the reference."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates

REF = dt.date(2015, 7, 23)  # a Thursday


def _last(text: str) -> tuple[str, str, str]:
    m = find_dates(text, REF)[-1]
    return m.text, m.value.isoformat(), m.date_basis


def test_the_count_is_from_the_day_its_sentence_tells() -> None:
    text = "حجبت السلطات أمس الأربعاء صور تفجير انتحاري وقع قبل يومين في بلدة سروج."
    assert _last(text) == ("قبل يومين", "2015-07-20", "anchor")


def test_without_a_day_told_the_count_is_from_the_reference() -> None:
    assert _last("حجبت السلطات صور تفجير انتحاري وقع قبل يومين.") == ("قبل يومين", "2015-07-21", "reference")


def test_a_day_told_in_the_sentence_before_does_not_move_the_count() -> None:
    text = "حجبت السلطات أمس الأربعاء موقع تويتر. وكان تفجير انتحاري قد وقع قبل يومين."
    assert _last(text) == ("قبل يومين", "2015-07-21", "reference")


def test_the_reference_day_told_does_not_move_the_count() -> None:
    text = "أعلنت السلطات اليوم الخميس أن تفجيرا انتحاريا وقع قبل يومين."
    assert _last(text) == ("قبل يومين", "2015-07-21", "reference")
