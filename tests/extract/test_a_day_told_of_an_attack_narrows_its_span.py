"""An attack dated to a span of days (نحو منتصف تموز، الشهر الماضي) that a sentence telling no attack of its own
says happened on a day inside that span (وأوضحت الوزارة أن العملية التي جرت في 12 تموز ...) is dated to that day;
a day outside the span is another time, and the span stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 7, 25)
MID_JULY = "أعلنت وزارة الدفاع أمس أن قياديا في التنظيم قتل نحو منتصف تموز في غارة أمريكية في أفغانستان. "


def _events(text: str) -> list[tuple]:
    return [(e.date, e.date_end, e.date_precision, e.date_text) for e in extract_article(article(text, PUBLISHED))]


def test_a_day_inside_the_span_dates_the_attack() -> None:
    text = MID_JULY + "وأوضحت الوزارة أن العملية التي جرت في 12 تموز أدت إلى مقتل القيادي."
    assert _events(text) == [("2015-07-12", "2015-07-12", "day", "12 تموز")]


def test_a_day_outside_the_span_leaves_it() -> None:
    text = MID_JULY + "وأوضحت الوزارة أن العملية التي جرت في 25 حزيران أدت إلى مقتل القيادي."
    assert _events(text) == [("2015-07-11", "2015-07-20", "range", "منتصف تموز")]


def test_a_day_of_last_month_dates_the_strikes_of_last_month() -> None:
    text = ("قتل عشرة مدنيين في غارات جوية على مدينة الباب الشهر الماضي. وأوضح المرصد أن الغارات التي وقعت في 15 "
            "حزيران استهدفت سوقا.")
    assert _events(text) == [("2015-06-15", "2015-06-15", "day", "15 حزيران")]
