"""An attack told after a cause word that no trigger of its clause comes before (أغلقت المدارس الاثنين إثر
غارات ... يوم السبت) is dated by what is written on its side of the cause word when a date stands there:
the day before the cause word is that of what the attack brought about. Without a date of its own on that
side (or with only a report's: حسبما أفاد المرصد اليوم) it keeps the clause's."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place)
            for e in extract_article(article(text, PUBLISHED))]


def test_the_cause_takes_the_date_on_its_side() -> None:
    text = "أغلقت المدارس في ريف إدلب أبوابها يوم الاثنين إثر غارات جوية استهدفت بلدة سراقب يوم السبت."
    assert _events(text) == [("airstrike", "2016-08-06", "day", "Saraqib")]


def test_without_a_date_on_its_side_the_cause_keeps_the_clause_date() -> None:
    text = "نزح مئات المدنيين أمس إثر غارات جوية استهدفت بلدة سراقب في ريف إدلب."
    assert _events(text) == [("airstrike", "2016-08-11", "day", "Saraqib")]


def test_a_report_date_on_its_side_is_not_its_own() -> None:
    text = "نزح مئات المدنيين أمس إثر غارات جوية استهدفت بلدة سراقب، حسبما أفاد المرصد اليوم."
    assert _events(text) == [("airstrike", "2016-08-11", "day", "Saraqib")]
