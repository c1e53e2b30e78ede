"""A campaign (here an operation told without a toll) is an event only on its own day; the day of the report
that tells it (حسبما ذكر المرصد اليوم، بحسب بيان نشره مساء الأربعاء) is not that day."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

THURSDAY = dt.date(2015, 7, 30)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, THURSDAY))]


def test_an_operation_fighters_went_to_join_dated_by_the_report_is_no_attack() -> None:
    assert _events("خطفت جبهة النصرة ثمانية مقاتلين من فرقة معارضة انتقلوا إلى سوريا للمشاركة في عملية عسكرية ضد "
                   "تنظيم داعش، حسبما ذكر المرصد السوري لحقوق الإنسان اليوم (الخميس).") == []


def test_an_operation_dated_by_the_statement_that_tells_it_is_no_attack() -> None:
    assert _events("نفذ الجيش عملية عسكرية ضد مواقع التنظيم في ريف حمص الشرقي، بحسب بيان نشره مساء الأربعاء.") == []


def test_an_operation_begun_on_its_own_day_is_an_attack() -> None:
    assert _events("وقال المرصد الخميس إن القوات بدأت عملية عسكرية ضد مواقع التنظيم في ريف حمص الشرقي يوم "
                   "الأربعاء.") == [("ground_attack", "2015-07-29", "Rural Homs", None)]
