"""An attack a report says happened some days before (قبل أيام، قبل أسابيع) is not dated by the report's
day: it stays undated, unless its clause writes a day of its own."""

from __future__ import annotations

from tests.articles import typed_events


def test_a_report_of_an_attack_days_before_gives_it_no_date() -> None:
    text = "أفاد المرصد يوم الخميس بمقتل سبعة جنود في هجوم شنه مسلحون قبل أيام على حاجز في مدينة الرقة."
    assert typed_events(text) == [("ground_attack", None, "Ar Raqqah")]


def test_a_report_after_the_attack_told_weeks_before_gives_it_no_date() -> None:
    text = "قتل سبعة جنود في هجوم شنه مسلحون قبل أسابيع على حاجز في مدينة الرقة، وفق ما أفاد المرصد يوم الخميس."
    assert typed_events(text) == [("ground_attack", None, "Ar Raqqah")]


def test_without_the_vague_time_the_report_day_still_dates_the_attack() -> None:
    text = "أفاد المرصد يوم الخميس بمقتل سبعة جنود في هجوم شنه مسلحون على حاجز في مدينة الرقة."
    assert typed_events(text) == [("ground_attack", "2016-08-11", "Ar Raqqah")]


def test_a_day_of_its_own_still_dates_an_attack_told_days_before_another() -> None:
    text = ("شنت الطائرات الحربية يوم الخميس غارات على مدينة الرقة، ردا على هجوم دام وقع قبل أيام على حاجز في "
            "مدينة تدمر.")
    assert typed_events(text)[0] == ("airstrike", "2016-08-11", "Ar Raqqah")
