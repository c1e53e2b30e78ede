"""Strikes told on a night of two days (ليل الجمعة السبت) at an area, and the same side's strikes told again by a
definite trigger on a day of that night without a place (بدأت الطائرات التركية مساء الجمعة قصف مواقع الحزب), are
one wave; an indefinite telling without a place (شنت مقاتلات تركية غارات) or another side's stays apart."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

NIGHT = ("أكد مكتب رئيس الوزراء التركي أن المقاتلات التركية قصفت ليل الجمعة السبت سبعة أهداف لحزب العمال "
         "الكردستاني في شمال العراق.")
SUNDAY = dt.date(2016, 8, 14)
SPOKESMAN = "وقال متحدث باسم الحزب إن"


def test_the_same_sides_strikes_told_again_that_evening_are_the_nights() -> None:
    text = f"{NIGHT}\n{SPOKESMAN} الطائرات الحربية التركية بدأت مساء الجمعة قصف مواقع الحزب في الشريط الحدودي."
    assert typed_events(text, SUNDAY) == [("airstrike", "2016-08-12", "Northern Iraq")]


def test_another_sides_strikes_that_evening_stay_apart() -> None:
    text = f"{NIGHT}\n{SPOKESMAN} الطائرات الحربية الإيرانية بدأت مساء الجمعة قصف مواقع الحزب في الشريط الحدودي."
    assert len(typed_events(text, SUNDAY)) == 2


def test_new_strikes_told_that_day_stay_apart() -> None:
    text = f"{NIGHT}\nوشنت مقاتلات تركية السبت غارات جوية على مواقع للحزب."
    assert len(typed_events(text, SUNDAY)) == 2
