"""Strikes told on a night of two days (ليل الاثنين الثلاثاء) and strikes told on one of those days, by the
same named side at the same area, are one wave told twice, whatever the area's precision (شمال العراق);
another side's strikes on that day stay apart."""

from __future__ import annotations

from tests.articles import typed_events

NIGHT = ("أكد مكتب رئيس الوزراء التركي الأربعاء قصف الطيران التركي سبعة معسكرات لحزب العمال الكردستاني "
         "شمال العراق ليل الاثنين الثلاثاء.")


def test_the_days_strikes_by_the_same_side_are_the_nights() -> None:
    text = f"{NIGHT}\nوقد نفذت مقاتلات تركية الاثنين غارات على مواقع لحزب العمال الكردستاني شمال العراق."
    assert typed_events(text) == [("airstrike", "2016-08-08", "Northern Iraq")]


def test_another_sides_strikes_that_day_stay_apart() -> None:
    text = f"{NIGHT}\nوقد نفذت مقاتلات إيرانية الاثنين غارات على مواقع لحزب العمال الكردستاني شمال العراق."
    assert typed_events(text) == [("airstrike", "2016-08-08", "Northern Iraq")] * 2
