"""A yearless day and month followed by "of the same year" (من العام نفسه، بالعام ذاته، من نفس العام) is read in the
year of the date written before it, however far back (basis ``anchor``), the phrase being part of the mention; a
relative year before it (قبل ثلاثة أعوام) gives its year as the reference sets it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

REF = dt.date(2018, 5, 10)


def _last(text: str, reference: dt.date | None = REF) -> tuple:
    m = find_dates(text, reference)[-1]
    return m.text, m.value and m.value.isoformat(), m.date_basis


@pytest.mark.parametrize(("text", "read"), [
    ("سيطر التنظيم على المدينة في 3 آذار 2014. وبعد معارك طويلة، قصفت الطائرات جسرها في 20 أيار من العام نفسه.",
     ("20 أيار من العام نفسه", "2014-05-20", "anchor")),
    ("بدأت العملية في عام 2015. وفي الرابع عشر من تموز بالعام ذاته، هاجمت القوات المطار.",
     ("الرابع عشر من تموز بالعام ذاته", "2015-07-14", "anchor")),
    ("اندلعت المعارك عام 2016، ثم قصفت المدفعية البلدة في 9 أيلول من نفس العام.",
     ("9 أيلول من نفس العام", "2016-09-09", "anchor")),
], ids=["نفسه", "ذاته glued", "نفس العام"])
def test_the_day_is_in_the_year_written_before(text: str, read: tuple) -> None:
    assert _last(text) == read


def test_a_relative_year_before_gives_the_year_the_reference_sets() -> None:
    text = "انطلقت العملية قبل ثلاثة أعوام. وفي 14 تموز من العام نفسه هاجمت القوات المطار."
    assert _last(text) == ("14 تموز من العام نفسه", "2015-07-14", "anchor")
    assert _last(text, None)[1] is None


def test_without_the_phrase_the_day_keeps_the_reference() -> None:
    assert _last("بدأت العملية في عام 2015. وفي 14 تموز هاجمت القوات المطار.") == ("14 تموز", "2017-07-14", "reference")
