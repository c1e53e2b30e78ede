"""An attack told as past cannot come after its report: a month, a year or a week the text names that runs past
the publication day (هذا الشهر، هذا العام، عام 2016 in a report of 2016) ends on that day; it stays the month,
year or week written. A week that begins on the publication day is left whole: cut, it would be that day alone,
a day the text does not give. A span told after the day a report in its clause was given (ذكرت تقارير أمس أن،
قال مسؤول أمس إن) ends on that day: a night of two days reported on its first day is that day."""

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


def test_a_night_reported_on_its_first_day_is_that_day() -> None:
    assert _dates("ذكرت تقارير إعلامية أمس أن مدنيا قتل في انفجار لغم في مدينة الرقة بعد منتصف ليل الثلاثاء.") == [
        ("bombing", "2016-08-09", "day", "2016-08-09", "Ar Raqqah")]


def test_a_night_told_by_a_speaker_on_its_first_day_is_that_day() -> None:
    text = "قال مسؤول أمني أمس إن ثلاثة أشخاص قتلوا في انفجار عبوة ناسفة في مدينة الرقة بعد منتصف ليل الثلاثاء."
    assert _dates(text) == [("bombing", "2016-08-09", "day", "2016-08-09", "Ar Raqqah")]


def test_strikes_of_this_month_end_on_the_day_they_were_told() -> None:
    assert _dates("قال الوزير الاثنين إن الطائرات الحربية قصفت مدينة الرقة هذا الشهر.") == [
        ("airstrike", "2016-08", "month", "2016-08-08", "Ar Raqqah")]


def test_a_night_without_a_report_day_keeps_its_two_days() -> None:
    assert _dates("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة الرقة بعد منتصف ليل الثلاثاء.") == [
        ("bombing", "2016-08-09", "range", "2016-08-10", "Ar Raqqah")]


def test_a_report_told_after_the_attack_cuts_nothing() -> None:
    text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة الرقة بعد منتصف ليل الثلاثاء، بحسب ما ذكرت تقارير أمس."
    assert _dates(text) == [("bombing", "2016-08-09", "range", "2016-08-10", "Ar Raqqah")]


def test_a_span_of_three_days_reported_on_its_first_is_left_whole() -> None:
    assert _dates("قال الجيش الاثنين إن طائراته قصفت مدينة الرقة خلال اليومين الماضيين.") == [
        ("airstrike", "2016-08-08", "range", "2016-08-10", "Ar Raqqah")]
