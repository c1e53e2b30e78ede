"""A plural told only by generic words over a period (ثلاث هجمات إرهابية في كل من الكويت وتونس وفرنسا في شهر رمضان)
and an attack of a named kind told at one of its places on a day of that period (تفجير في الكويت يوم 24 حزيران) are
one attack, dated to that day: the summary names it among those it sums up. One told outside the period stays apart,
and so do the summary's other places."""

from __future__ import annotations

from tests.articles import typed_events

SUMMARY = "حولت ثلاث هجمات إرهابية في كل من الكويت وتونس وفرنسا جمعة في شهر رمضان إلى يوم دام."
OTHERS = [("ground_attack", "2016-06-06", "Tunisia"), ("ground_attack", "2016-06-06", "France")]


def test_the_attack_on_a_day_of_the_period_is_the_summarys() -> None:
    text = f"{SUMMARY}\nوقتل 26 شخصا على الأقل في تفجير استهدف مسجدا في الكويت يوم 24 حزيران/يونيو."
    assert typed_events(text) == [("bombing", "2016-06-24", "Kuwait"), *OTHERS]


def test_an_attack_outside_the_period_stays_apart() -> None:
    text = f"{SUMMARY}\nوقتل 26 شخصا على الأقل في تفجير استهدف مسجدا في الكويت يوم 2 آب/أغسطس."
    summary = [("ground_attack", "2016-06-06", "Kuwait"), *OTHERS]
    assert typed_events(text) == [*summary, ("bombing", "2016-08-02", "Kuwait")]
