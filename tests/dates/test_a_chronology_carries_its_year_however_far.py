"""A chronology goes on however far: a yearless day and month after a day that took the year of a full date before
it takes that year too when it falls up to a month after it (basis ``anchor``); a day farther after it, one after
a full date far back, or one after a date read against the reference keeps the reference."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates

REF = dt.date(2018, 4, 9)
PADDING = " وتحدث شهود عن مشاهد الدمار في الأحياء السكنية وعن نزوح آلاف العائلات نحو القرى المجاورة." * 3


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat(), m.date_basis) for m in find_dates(text, REF)]


def test_the_days_of_a_chronology_keep_its_year() -> None:
    text = ("بدأت الحرب في 20 آذار 2003، وفي 22 آذار قصفت الطائرات المطار." + PADDING
            + " وفي 25 آذار دخلت القوات المدينة." + PADDING + " وفي السابع من نيسان سيطرت على القصور.")
    assert _read(text) == [
        ("20 آذار 2003", "2003-03-20", "explicit"),
        ("22 آذار", "2003-03-22", "anchor"),
        ("25 آذار", "2003-03-25", "anchor"),
        ("السابع من نيسان", "2003-04-07", "anchor"),
    ]


def test_a_day_more_than_a_month_on_keeps_the_reference() -> None:
    text = "بدأت الحرب في 20 آذار 2003، وفي 22 آذار قصفت الطائرات المطار." + PADDING + " وفي 2 أيار دخلت القوات."
    assert _read(text)[-1] == ("2 أيار", "2017-05-02", "reference")


def test_a_day_far_after_a_full_date_alone_keeps_the_reference() -> None:
    text = "بدأت الحرب في 20 آذار 2003." + PADDING + " وفي 25 آذار قصفت الطائرات المطار."
    assert _read(text)[-1] == ("25 آذار", "2018-03-25", "reference")


def test_a_day_read_against_the_reference_ends_the_chronology() -> None:
    text = ("بدأت الحرب في 20 آذار 2003، وفي 22 آذار قصفت الطائرات المطار. وقال مسؤول أمس إن" + PADDING
            + " وفي 25 آذار قصفت الطائرات المطار.")
    assert _read(text)[-1] == ("25 آذار", "2018-03-25", "reference")


def test_a_list_running_forward_takes_the_year_after_the_day_before() -> None:
    text = ("وقتل مدنيان في ضربة في التاسع من كانون الثاني 2017 قرب الموصل. وفي الأول من تشرين الثاني قتل ثلاثة"
            " مدنيين في ضربة. وأسفرت ضربات أخرى في 16 تشرين الثاني و28 كانون الأول 2017 عن قتلى.")
    assert [r[:2] for r in _read(text)][:2] == [("التاسع من كانون الثاني 2017", "2017-01-09"),
                                              ("الأول من تشرين الثاني", "2017-11-01")]


def test_a_day_told_back_before_a_later_day_keeps_the_nearest_year() -> None:
    text = ("وقتل مدنيان في ضربة في الثالث من كانون الثاني 2017 قرب الموصل. وكان قد أصيب في 28 كانون الأول."
            " وفي الخامس من كانون الثاني 2017 قتل ثلاثة.")
    assert [r[:2] for r in _read(text)][1] == ("28 كانون الأول", "2016-12-28")
