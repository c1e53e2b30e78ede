"""A verb of wresting with what is taken from villages (انتزعت الفرق الألغام من قرى الريف) captures nothing; a count
before من takes a share of the places themselves (انتزعت الجبهة عددا من المدن): a capture."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انتزعت فرق الهندسة الألغام من قرى ريف منبج أمس.", []),
        ("وانتزعت الجبهة أمس عددا من المدن والبلدات في ريف إدلب.", [("ground_attack", "Rural Idlib")]),
        ("وانتزع المقاتلون أمس بلدة تل رفعت.", [("ground_attack", "Tall Rif‘at")]),
    ],
    ids=["mines-from-villages", "a-share-of-towns", "a-town"],
)
def test_what_is_wrested(text: str, expected: list) -> None:
    events = extract_article(article(text, dt.date(2016, 7, 20)))
    assert [(e.event_type, e.place) for e in events] == expected
