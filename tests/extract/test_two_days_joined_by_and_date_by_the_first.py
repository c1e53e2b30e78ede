"""Two days of a month more than a day apart joined by و ("في 3 و5 أيار") are those two days, not the days
between: they date the event told with them by the first. Two days in a row (5 و6 أيار) and two days after
بين (between) stay a span."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _dates(text: str) -> list[tuple]:
    return [(e.date, e.date_precision, e.date_end) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize("days", ["3 و5 أيار", "3 و 5 أيار", "٣ و٥ أيار"], ids=["glued", "apart", "Arabic-Indic"])
def test_two_days_apart_date_by_the_first(days: str) -> None:
    assert _dates(f"قصفت الطائرات الحربية بلدة كفرنبل في {days} الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-03", "day", "2016-05-03")]


def test_days_in_a_row_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل يومي 5 و6 أيار الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-05", "range", "2016-05-06")]


def test_days_between_stay_a_span() -> None:
    assert _dates("قصفت الطائرات الحربية بلدة كفرنبل بين 3 و5 أيار الماضي، ما أدى إلى مقتل ستة مدنيين.") == [
        ("2016-05-03", "range", "2016-05-05")]
