"""A strike word of a side named before it (قصف الجيش التركي) and, after a cause word, a violent word at most two
words on told without a date or place of its own (بعد سقوط قذيفتين): the strike is the clause's event, the
violent word only what it came after."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("قصف الجيش التركي، الجمعة، مواقع للتنظيم بعد انفجار عبوة ناسفة قرب دورية عسكرية.", "publication"),
        ("أعلن الجيش التركي، الجمعة، قصف موقع للتنظيم بعد سقوط قذيفتين على بلدة حدودية.", "report"),
    ],
    ids=["a-strike-verb", "an-announced-strike"],
)
def test_the_strike_is_the_event(text: str, basis: str) -> None:
    assert _events(text) == [("shelling", "2016-08-12", basis, None, "Turkey")]
