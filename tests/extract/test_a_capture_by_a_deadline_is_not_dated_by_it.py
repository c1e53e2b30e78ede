"""A capture told "by" a time (سيطرت القوات بحلول عام 2014 على المدينة) happened at the latest then, on a day the
text does not tell: the deadline gives it no date, and it keeps its place."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SUNDAY = dt.date(2015, 8, 2)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, SUNDAY))]


def test_a_capture_by_a_year_is_undated() -> None:
    assert _events("سيطرت القوات الحكومية بحلول عام 2014 على مدينة حمص.") == [("ground_attack", None, "Homs")]


def test_a_capture_in_that_year_is_dated() -> None:
    assert _events("سيطرت القوات الحكومية في عام 2014 على مدينة حمص.") == [("ground_attack", "2014", "Homs")]
