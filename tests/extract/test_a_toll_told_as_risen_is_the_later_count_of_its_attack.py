"""A clause saying a toll rose (ارتفعت حصيلة قتلى تفجير انتحاري في المدينة إلى 12) tells a later, higher count of the
attack of its type told at its place (قتل خمسة أمس في تفجير انتحاري في المدينة), even by an indefinite trigger
without a date: one event, keeping the higher count; a lower count, or no rise told, leaves an attack of its own.
The count may be told first (إن حصيلة قتلى التفجير ارتفعت إلى 12), and told on a later day than the attack's (أفاد
المرصد اليوم بأن حصيلة قتلى الغارة ارتفعت إلى ثمانية): the day of the count, the event keeping the attack's own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)
FIRST = "قتل خمسة أشخاص أمس في تفجير انتحاري في مدينة القامشلي. "


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_risen_toll_is_the_attacks_later_count() -> None:
    text = FIRST + "وارتفعت حصيلة قتلى تفجير انتحاري في مدينة القامشلي إلى 12 قتيلا، وفق المرصد."
    assert events(text) == [("bombing", "2016-07-17", "Al Qāmishlī", 12)]


def test_the_first_count_told_after_the_risen_one_keeps_the_higher() -> None:
    text = ("ارتفعت حصيلة قتلى تفجير انتحاري استهدف حيا في مدينة القامشلي أمس إلى 12 قتيلا. وكان انتحاري فجر نفسه في "
            "حي الوسطى في القامشلي ما أدى إلى مقتل خمسة أشخاص.")
    assert events(text) == [("bombing", "2016-07-17", "Al Qāmishlī", 12)]


def test_other_dead_without_a_rise_are_another_attack() -> None:
    text = FIRST + "وقتل 12 شخصا في تفجير انتحاري في مدينة القامشلي، وفق المرصد."
    assert events(text) == [("bombing", "2016-07-17", "Al Qāmishlī", 5), ("bombing", None, "Al Qāmishlī", 12)]


def test_a_lower_count_is_no_rise_of_that_attack() -> None:
    text = ("قتل 20 شخصا أمس في تفجير انتحاري في مدينة القامشلي. وارتفعت حصيلة قتلى تفجير انتحاري في مدينة القامشلي "
            "إلى 12 قتيلا، وفق المرصد.")
    assert events(text) == [("bombing", "2016-07-17", "Al Qāmishlī", 20), ("bombing", None, "Al Qāmishlī", 12)]


def test_the_count_told_before_its_rise() -> None:
    text = FIRST + "وقالت مصادر طبية إن حصيلة قتلى التفجير في القامشلي ارتفعت إلى 12 قتيلا."
    assert events(text) == [("bombing", "2016-07-17", "Al Qāmishlī", 12)]


def test_the_count_risen_on_a_later_day_keeps_the_attack_s_day() -> None:
    text = ("قتل خمسة مدنيين يوم السبت في غارة جوية على بلدة معرة النعمان. وأفاد المرصد السوري اليوم الاثنين بأن حصيلة "
            "الغارة الجوية على معرة النعمان ارتفعت إلى ثمانية قتلى.")
    assert events(text) == [("airstrike", "2016-07-16", "Maarat al-Numan", 8)]


def test_more_dead_on_a_later_day_without_a_rise_are_another_attack() -> None:
    text = ("قتل خمسة مدنيين يوم السبت في غارة جوية على بلدة معرة النعمان. وقتل ثمانية مدنيين اليوم الاثنين في غارة "
            "جوية على بلدة معرة النعمان.")
    assert [e[1] for e in events(text)] == ["2016-07-16", "2016-07-18"]


def test_a_rise_at_another_town_is_another_attack() -> None:
    text = ("قتل خمسة مدنيين يوم السبت في غارة جوية على بلدة سراقب. وارتفعت حصيلة قتلى الغارة الجوية على معرة النعمان "
            "اليوم الاثنين إلى ثمانية قتلى.")
    assert [e[2] for e in events(text)] == ["Saraqib", "Maarat al-Numan"]
