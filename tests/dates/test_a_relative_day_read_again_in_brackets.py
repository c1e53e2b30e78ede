"""A relative day followed by another in brackets ("اليوم (أمس)") is the paper's reading of an agency's word: the
bracketed one is the day (a weekday in brackets still only checks it)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2016, 8, 12)  # a Friday


def _read(text: str) -> list[tuple]:
    return [(m.text, m.value and m.value.isoformat(), m.weekday_conflict) for m in find_dates(text, REF)]


@pytest.mark.parametrize(("text", "read"), [
    ("قصفت الطائرات فجر اليوم (أمس) مواقع للتنظيم.", [("فجر اليوم (أمس)", "2016-08-11", False)]),
    ("وقال إن المجموعة التي خطفت اليوم ( أمس ) كانت في المخيم.", [("اليوم ( أمس )", "2016-08-11", False)]),
    ("قتل ثلاثة جنود أمس (أول من أمس) في الهجوم.", [("أمس (أول من أمس)", "2016-08-10", False)]),
], ids=["dawn", "spaced", "the day before"])
def test_the_bracketed_day_is_the_date(text: str, read: list) -> None:
    assert _read(text) == read


def test_a_bracketed_weekday_still_names_the_first_day() -> None:
    assert _read("قال المتحدث اليوم (الجمعة) إن الطائرات قصفت المدينة.") == [("اليوم (الجمعة)", "2016-08-12", False)]
