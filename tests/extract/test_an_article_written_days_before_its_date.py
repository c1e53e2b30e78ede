"""An article whose weekdays beside a relative day all fit a day up to three days before its date (اليوم الجمعة in a
paper dated Saturday) was written that day: its bare اليوم and أمس are read against it too; not when another
weekday fits the date's own day (أمس الجمعة, or a bare السبت naming it), nor when a day would then be still to come
(خطبة غد الجمعة)."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

SATURDAY = dt.date(2016, 8, 13)
FRIDAY_TODAY = "قصفت الطائرات اليوم الجمعة بلدة كفرنبل."
TODAY = "وقتل ثلاثة مدنيين في قصف مدفعي على معرة النعمان اليوم."
YESTERDAY = "وقتل مدنيان في غارة جوية على بلدة سراقب أمس."


def test_today_and_yesterday_of_an_article_written_the_day_before() -> None:
    assert typed_events("\n".join([FRIDAY_TODAY, TODAY, YESTERDAY]), SATURDAY) == [
        ("airstrike", "2016-08-12", "Kafranbel"),
        ("shelling", "2016-08-12", "Maarat al-Numan"),
        ("airstrike", "2016-08-11", "Saraqib"),
    ]


def test_a_weekday_of_the_edition_day_keeps_its_reference() -> None:
    text = "\n".join([FRIDAY_TODAY, TODAY, "وقال بيان صدر السبت إن مدنيين قتلا في غارة جوية على بلدة سراقب أمس."])
    assert typed_events(text, SATURDAY) == [
        ("airstrike", "2016-08-12", "Kafranbel"),
        ("shelling", "2016-08-13", "Maarat al-Numan"),
        ("airstrike", "2016-08-12", "Saraqib"),
    ]


def test_a_weekday_that_fits_the_edition_day_keeps_its_reference() -> None:
    text = "\n".join([FRIDAY_TODAY, "وقتل ثلاثة مدنيين في قصف مدفعي على معرة النعمان أمس الجمعة.", YESTERDAY])
    assert typed_events(text, SATURDAY) == [
        ("airstrike", "2016-08-12", "Kafranbel"),
        ("shelling", "2016-08-12", "Maarat al-Numan"),
        ("airstrike", "2016-08-12", "Saraqib"),
    ]


def test_an_article_written_two_days_before_its_date() -> None:
    text = "\n".join(["قصفت الطائرات اليوم الخميس بلدة كفرنبل.", TODAY, YESTERDAY])
    assert typed_events(text, SATURDAY) == [
        ("airstrike", "2016-08-11", "Kafranbel"),
        ("shelling", "2016-08-11", "Maarat al-Numan"),
        ("airstrike", "2016-08-10", "Saraqib"),
    ]


def test_a_day_still_to_come_keeps_the_reference() -> None:
    text = "\n".join(["دعت الوزارة الخطباء إلى تخصيص خطبة غد الجمعة للحديث عن التفجير الذي استهدف مسجدا في أبها.",
                      "وقتل مدنيان في غارة جوية على بلدة سراقب أمس."])
    assert typed_events(text, SATURDAY) == [("bombing", None, "Abha"), ("airstrike", "2016-08-12", "Saraqib")]
