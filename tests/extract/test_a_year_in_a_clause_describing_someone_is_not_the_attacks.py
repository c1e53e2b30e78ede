"""A month or year in a relative clause after the attack, describing someone or something other than the attack
noun by a past verb (قتل في الغارة أبو محمد الذي أسس الخلية عام 2014), is a date of that one's past, not the
attack's; a day of its own elsewhere in the clause still dates it, and an occurrence verb (الهجوم الذي وقع في أيار
2014) keeps the month."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.place)
            for e in extract_article(article(text, dt.date(2018, 5, 10)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل في غارة جوية على بلدة سراقب بريف إدلب أبو محمد الذي أسس خلية إرهابية في عام 2014.",
     [("airstrike", None, None, None, "Saraqib")]),
    ("قتل في غارة جوية على بلدة سراقب بريف إدلب أمس أبو محمد الذي أسس خلية إرهابية في عام 2014.",
     [("airstrike", "2018-05-09", "2018-05-09", "day", "Saraqib")]),
    ("قتل خمسة في الهجوم الذي وقع في أيار 2014 على بلدة سراقب بريف إدلب.",
     [("ground_attack", "2014-05", "2014-05-31", "month", "Saraqib")]),
], ids=["a-founders-year", "the-attacks-own-day-beside-it", "an-occurrence-verb"])
def test_a_year_of_someone_described(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
