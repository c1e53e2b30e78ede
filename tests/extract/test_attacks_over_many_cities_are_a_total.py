"""Attacks told over cities or provinces counted vaguely (العديد من المدن، عدد من المدن العراقية، عدة محافظات) are a
total over them, like attacks in seven cities: no event. Strikes on one city, or on several villages of one
countryside, stay an event."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2015, 7, 22)


def test_a_toll_of_shelling_on_many_cities_is_a_total() -> None:
    text = "وقالت الشبكة إن 63 شخصا قتلوا جراء قصف قوات النظام العديد من المدن والأحياء السورية الاثنين."
    assert typed_events(text, PUBLISHED) == []


def test_fighters_killed_in_a_number_of_cities_are_a_total() -> None:
    text = "قتل عدد من عناصر التنظيم وأصيب آخرون في غارات على عدد من المدن العراقية أمس."
    assert typed_events(text, PUBLISHED) == []


def test_shelling_on_one_city_stays() -> None:
    assert typed_events("قتل 12 شخصا في قصف لقوات النظام على مدينة دوما الاثنين.", PUBLISHED) == [
        ("shelling", "2015-07-20", "Dūmā")]


def test_raids_on_several_villages_of_one_countryside_stay() -> None:
    assert typed_events("وشن الطيران أمس غارات على قرى عدة في ريف إدلب، ما أدى إلى مقتل 5 أشخاص.", PUBLISHED) == [
        ("airstrike", "2015-07-21", "Rural Idlib")]


def test_provinces_a_long_clause_describes_before_its_attack_do_not_sum_it_up() -> None:
    text = ("وتضم عدة محافظات يمنية مئات المقاتلين الأجانب الذين يقيمون في بيوت خاصة ويلقون فيها محاضرات "
            "ويعدون فيها لعملياتهم التي كان آخرها تفجير سيارة مفخخة قرب مسجد في مدينة صنعاء أمس مخلفا 5 قتلى.")
    assert typed_events(text, PUBLISHED) == [("bombing", "2015-07-21", "Sanaa")]
