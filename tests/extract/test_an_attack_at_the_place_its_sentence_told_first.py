"""One attack told as done by a strike verb in a later clause, without a date or a place of its own, is placed at
the place the clauses before it named when they told no attack (سقط صاروخان قرب المطار، وأعلن المرصد أنهما
استهدفا مستودعات): the sentence tells one happening. Not a plural, and not when an attack was told before it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.place) for e in extract_article(article(text, dt.date(2018, 6, 26)))]


def test_two_missiles_fell_near_the_airport_and_struck_depots() -> None:
    text = "سقط صاروخان قرب مطار دمشق الدولي، وأعلن المرصد السوري أنهما استهدفا مستودعات أسلحة لحزب الله."
    assert _events(text) == [("shelling", "Damascus International Airport")]


def test_without_the_place_before_it_no_event() -> None:
    text = "سقط صاروخان في الصباح، وأعلن المرصد السوري أنهما استهدفا مستودعات أسلحة لحزب الله."
    assert _events(text) == []
