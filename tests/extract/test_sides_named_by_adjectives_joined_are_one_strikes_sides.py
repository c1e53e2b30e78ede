"""Sides named by adjectives joined with و after a side's phrase (قصف روسي وسوري، غارات سورية وروسية) are sides of
the same strike: two tellings listing them in either order are one strike, with the same dead on one day, or a day
apart at an area and a place inside it; a single side's strikes stay apart from another's."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

SUNDAY = dt.date(2016, 8, 14)


def test_the_same_sides_listed_by_adjectives_in_either_order_are_one_strike() -> None:
    text = ("قتل 29 مدنيا الثلاثاء في قصف روسي وسوري استهدف مدينة دوما.\n"
            "ووثق المرصد مقتل 29 مدنيا الثلاثاء جراء قصف مدفعي وغارات سورية وروسية استهدفت مدينة دوما.")
    assert typed_events(text) == [("shelling", "2016-08-09", "Dūmā")]


def test_the_same_dead_a_day_apart_at_an_area_and_a_place_inside_it_are_one_strike() -> None:
    text = ("قصفت طائرات حربية سورية وروسية الجمعة منطقة حوض اليرموك في ريف درعا ما أسفر عن مقتل 26 مدنيا.\n"
            "وقال المرصد إن طائرات حربية روسية وسورية قصفت السبت ريف درعا الغربي ما أسفر عن مقتل 26 مدنيا.")
    assert typed_events(text, SUNDAY) == [("airstrike", "2016-08-12", "Yarmouk Basin")]


def test_one_sides_strikes_and_anothers_stay_apart() -> None:
    text = ("قصفت طائرات حربية سورية الجمعة منطقة حوض اليرموك في ريف درعا ما أسفر عن مقتل 26 مدنيا.\n"
            "وقال المرصد إن طائرات حربية روسية قصفت السبت ريف درعا الغربي ما أسفر عن مقتل 26 مدنيا.")
    assert typed_events(text, SUNDAY) == [("airstrike", "2016-08-12", "Yarmouk Basin"),
                                          ("airstrike", "2016-08-13", "Rural Daraa")]
