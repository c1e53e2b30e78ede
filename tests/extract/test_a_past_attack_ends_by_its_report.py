"""An attack told as past cannot come after its report: a month, a year or a week the text names that runs past
the publication day (هذا الشهر، هذا العام، عام 2016 in a report of 2016) ends on that day; it stays the month,
year or week written. A week that begins on the publication day is left whole: cut, it would be that day alone,
a day the text does not give."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 10)  # a Wednesday


def _dates(text: str, published: dt.date = PUBLISHED, basis: str = "metadata") -> list[tuple]:
    told = dataclasses.replace(article(text, published), published_basis=basis)
    return [(e.event_type, e.date, e.date_precision, e.date_end, e.place) for e in extract_article(told)]


def test_strikes_of_this_month_end_on_the_publication_day() -> None:
    assert _dates("قصفت الطائرات الحربية مدينة الرقة هذا الشهر.") == [
        ("airstrike", "2016-08", "month", "2016-08-10", "Ar Raqqah")]


def test_raids_earlier_this_year_end_on_the_publication_day() -> None:
    assert _dates("شنت طائرات التحالف غارات على مدينة الرقة في وقت سابق من هذا العام.") == [
        ("airstrike", "2016", "year", "2016-08-10", "Ar Raqqah")]


def test_a_bombing_of_the_written_year_of_the_report_ends_on_its_day() -> None:
    assert _dates("وقتل 12 شخصا في تفجير سيارة مفخخة في مدينة بعقوبة عام 2016.") == [
        ("bombing", "2016", "year", "2016-08-10", "Baqubah")]


def test_strikes_of_this_week_end_on_the_publication_day() -> None:
    assert _dates("قصفت الطائرات الحربية مدينة الرقة هذا الأسبوع.") == [
        ("airstrike", "2016-08-06", "week", "2016-08-10", "Ar Raqqah")]


def test_this_week_in_a_report_of_its_first_day_is_left_whole() -> None:
    assert _dates("قصفت الطائرات الحربية مدينة الرقة هذا الأسبوع.", dt.date(2016, 8, 6)) == [
        ("airstrike", "2016-08-06", "week", "2016-08-12", "Ar Raqqah")]


def test_a_year_before_the_report_is_left_whole() -> None:
    assert _dates("وقتل 12 شخصا في تفجير سيارة مفخخة في مدينة بعقوبة عام 2015.") == [
        ("bombing", "2015", "year", "2015-12-31", "Baqubah")]


def test_an_inferred_publication_day_cuts_nothing() -> None:
    assert _dates("وقتل 12 شخصا في تفجير سيارة مفخخة في مدينة بعقوبة عام 2016.", basis="inferred") == [
        ("bombing", "2016", "year", "2016-12-31", "Baqubah")]
