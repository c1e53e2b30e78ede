"""A bombardment typed only by its side's way of striking (قصفت قوات النظام المدينة الخميس) and, in the very next
sentence, a definite noun naming how it struck (وأسفرت الغارات الخميس عن مقتل ...) on its day, placed nowhere and
naming no other side, are one bombardment, of the kind the noun names, with the dead it tells. A sentence between,
or another side named, keeps them apart."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

BOMBARDMENT = "قصفت قوات النظام مدينة دوما الخميس."


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_strikes_named_next_are_the_bombardment() -> None:
    text = f"{BOMBARDMENT} وأسفرت الغارات الخميس عن مقتل ثلاثين مدنيا، وفق المرصد."
    assert events(text) == [("airstrike", "2016-08-11", "Dūmā", "Syrian army", 30)]


def test_the_strikes_and_shelling_named_next_are_the_bombardment() -> None:
    text = f"{BOMBARDMENT} وأسفرت الغارات والقصف الخميس عن مقتل ثلاثين مدنيا، وفق المرصد."
    assert events(text) == [("airstrike", "2016-08-11", "Dūmā", "Syrian army", 30)]


def test_strikes_named_after_a_sentence_between_stay_apart() -> None:
    text = f"{BOMBARDMENT} وقال المرصد إن السكان نزحوا. وأسفرت الغارات الخميس عن مقتل ثلاثين مدنيا."
    assert events(text) == [("shelling", "2016-08-11", "Dūmā", "Syrian army", None),
                            ("airstrike", "2016-08-11", None, None, 30)]


def test_strikes_of_another_side_named_next_stay_apart() -> None:
    text = f"{BOMBARDMENT} وأسفرت الغارات الروسية الخميس عن مقتل ثلاثين مدنيا."
    assert events(text) == [("shelling", "2016-08-11", "Dūmā", "Syrian army", None),
                            ("airstrike", "2016-08-11", None, "Russia", 30)]
