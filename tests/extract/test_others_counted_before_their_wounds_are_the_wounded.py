"""A count of others before the word of their wounds (و20 آخرون جرحى، و20 آخرين جرحى) counts the wounded."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    "text",
    [
        "قتل 10 أشخاص و20 آخرون جرحى في تفجير سيارة مفخخة في بغداد أمس.",
        "أسفر تفجير سيارة مفخخة في بغداد أمس عن سقوط 10 قتلى و20 آخرين جرحى.",
    ],
    ids=["nominative", "accusative"],
)
def test_the_others_are_the_wounded(text: str) -> None:
    events = extract_article(article(text, dt.date(2016, 7, 20)))
    assert [(e.event_type, e.place, e.killed, e.injured) for e in events] == [("bombing", "Baghdad", 10, 20)]
