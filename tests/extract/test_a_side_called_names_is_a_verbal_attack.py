"""A ground attack verb (هاجم) whose clause calls its object a name (ووصفوا زيارته بأنها فاشلة) tells a
verbal attack: without a toll, no event; with one, the attack stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_officials_attacking_an_envoy_in_words_tell_no_attack() -> None:
    text = "هاجم مسؤولون في الحكومة المبعوث الأممي لدى وصوله إلى مدينة منبج يوم 10 آب 2016، ووصفوا زيارته بأنها فاشلة."
    assert _events(text) == []


def test_an_assault_with_its_dead_is_kept() -> None:
    text = "هاجم مسلحون حاجزا في مدينة منبج يوم 10 آب 2016 ما أسفر عن مقتل 3 جنود، ووصف الجيش الهجوم بأنه جبان."
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", 3)]
