"""A settlement head written before a place the sentence names is that place's head, though the place is not
kept to locate the event (a destination people fled to, a speaker's place, an airport aircraft took off from):
the event at the city after it keeps its own toponym, not the text back to the other place's head."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_precision, e.place_text) for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize("text", [
    "نزح مئات المدنيين إلى مدينة حلب وقصف الطيران مدينة إدلب يوم الثلاثاء ما أدى إلى مقتل خمسة.",
    "استنكر مدير الهيئة بمدينة حلب القصف الذي استهدف مدينة إدلب يوم الثلاثاء وأدى إلى مقتل خمسة.",
    "أقلعت الطائرات من مطار مدينة حلب وقصفت مدينة إدلب يوم الثلاثاء ما أدى إلى مقتل خمسة.",
    "أقلعت الطائرات من قرية الزعفرانة بريف حلب وقصفت مدينة إدلب يوم الثلاثاء ما أدى إلى مقتل خمسة.",
])
def test_a_head_before_a_dropped_place_stays_out_of_the_place_text(text: str) -> None:
    assert _places(text) == [("Idlib", "city", "إدلب")]


def test_a_village_head_with_no_place_between_still_reaches_its_area() -> None:
    text = "نزح مئات المدنيين إلى مدينة حلب وقصف الطيران قرية الزعفرانة بريف إدلب يوم الثلاثاء."
    assert _places(text) == [("Rural Idlib", "region", "قرية الزعفرانة بريف إدلب")]
