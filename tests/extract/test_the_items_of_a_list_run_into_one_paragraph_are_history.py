"""A list of attacks by year run into one paragraph (- عام 1995 ... . - عام 2004 ...) is a chronology as much as
one item a line: its items are history, an item of the publication's year included, since a year alone never
dates the attack the article reports. One such item alone stays an event, and so does the news before the list."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2015, 7, 22)
LEAD = "أعلنت الداخلية أمس إحباط هجوم وشيك، وفي ما يلي أبرز الهجمات التي شهدتها المملكة وفق التالي: "
OLD = "- عام 1995 تفجير بسيارة مفخخة في مبنى بمدينة الرياض. "
OLDER = "- عام 2004 هجوم بسيارة مفخخة على مبنى المرور بمدينة الرياض. "
THIS_YEAR = "- عام 2015 تفجير انتحاري بمسجد في مدينة الدمام. "


def attacks(text: str) -> list[tuple]:
    """(type, date, place) of the attack events of an article of `text` (the ministry's statement left out)."""
    return [e for e in typed_events(text, PUBLISHED) if e[0] != "statement"]


def test_the_items_of_a_list_in_one_paragraph_are_history() -> None:
    assert attacks(LEAD + OLD + OLDER) == []


def test_an_item_of_the_publication_year_in_the_list_is_history_too() -> None:
    assert attacks(LEAD + OLD + OLDER + THIS_YEAR) == []


def test_one_item_alone_is_no_chronology() -> None:
    assert attacks(LEAD + THIS_YEAR) == [("bombing", "2015", "Dammam")]


def test_an_attack_of_the_year_told_in_prose_stays_an_event() -> None:
    text = LEAD + OLD + OLDER + "وكان انتحاري قد فجر نفسه عام 2015 في مسجد بمدينة الدمام. "
    assert attacks(text) == [("bombing", "2015", "Dammam")]
