"""A capital is a side only as a verb's subject or named as who did the attack (قصف نفذته موسكو); one that takes the
proclitic ل after an accusation (اتهامات لموسكو بالمشاركة في القصف) is the side accused, no actor named: the
bombardment it is accused of taking part in is no attack of its own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2017, 3, 14)))]


def test_a_capital_named_as_who_struck_is_its_side() -> None:
    text = "قتل خمسة مدنيين في مدينة دوما أمس بقصف نفذته موسكو."
    assert _events(text) == [("airstrike", "2017-03-13", "Dūmā", "Russia", 5)]


def test_a_capital_accused_of_taking_part_in_a_bombardment_tells_no_attack() -> None:
    text = ('قال مسؤول روسي، الخميس، إن بلاده جربت "أنواعا جديدة من الأسلحة" في سوريا، وجاء ذلك وسط اتهامات لموسكو '
            "بالمشاركة في القصف العنيف على آخر معاقل المعارضة قرب دمشق.")
    assert _events(text) == []
