"""A habit word right after hours (هدنة لمدة خمس ساعات يوميا) tells a daily schedule, a truce's or a power cut's,
not attacks made a habit: the attack told in the same clause stays; a habit of attacks is still no attack."""

from __future__ import annotations

from tests.articles import typed_events


def test_an_assault_told_beside_a_truce_of_hours_a_day_stays() -> None:
    text = ("وقال المرصد إن قوات النظام شنت الخميس هجوما بريا على مدينة دوما رغم هدنة لمدة ست ساعات يوميا"
            " أعلنتها روسيا.")
    assert typed_events(text) == [("ground_attack", "2016-08-11", "Dūmā")]


def test_attacks_made_a_daily_habit_are_still_no_attack() -> None:
    assert typed_events("وتشن الطائرات الحربية غارات على مدينة دوما يوميا.") == []
