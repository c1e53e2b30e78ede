"""Two attacks counted by a dual (غارتان، هجومين) on two days written with و between them (3 و5 أيار 2013)
are two events, one on each day, without the toll they share; a span of days (من 3 إلى 5 أيار) stays one
event over the span."""

from __future__ import annotations

import datetime as dt

from tests.articles import article, typed_events
from timeline.pipeline import extract_article

TWO_DAYS = "وفي 3 و5 أيار 2013 شنت إسرائيل غارتين على مركز للأبحاث قرب دمشق أسفرتا عن مقتل 42 جنديا."


def test_two_strikes_on_two_days_are_two_events() -> None:
    assert typed_events(TWO_DAYS) == [("airstrike", "2013-05-03", "Damascus"), ("airstrike", "2013-05-05", "Damascus")]


def test_the_toll_of_both_days_is_given_to_neither() -> None:
    assert [e.killed for e in extract_article(article(TWO_DAYS, dt.date(2016, 8, 12)))] == [None, None]


def test_two_strikes_over_a_span_of_days_are_one_event() -> None:
    text = "ومن 3 إلى 5 أيار 2013 شنت إسرائيل غارتين على مركز للأبحاث قرب دمشق."
    assert [(e.date, e.date_end) for e in extract_article(article(text, dt.date(2016, 8, 12)))] == [
        ("2013-05-03", "2013-05-05")]
