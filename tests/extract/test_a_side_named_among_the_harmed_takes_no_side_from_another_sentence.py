"""An attack whose own sentence names a side among its killed or wounded (قتل انفجار جنديين للتحالف) never keeps that
side (or its coalition) as its actor when another sentence gave it: the text tells that side as the one struck.
A side another sentence names as who did it stays when the harmed are of another side."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2017, 3, 14)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل انفجار جنديين للتحالف في مدينة منبج أمس. وكان هذا أول انفجار يضرب التحالف الذي تقوده الولايات المتحدة "
         "في المدينة.",
         [("bombing", "2017-03-13", "Manbij", None, 2, None)]),
        ("قتل انفجار جنديين للتحالف في مدينة منبج أمس. وتبنى تنظيم داعش التفجير.",
         [("bombing", "2017-03-13", "Manbij", "ISIS", 2, None)]),
        ("أصيب العشرات من قوات النظام جراء انفجار سيارة مفخخة في مدينة درعا أمس. وتبنى تنظيم داعش التفجير.",
         [("bombing", "2017-03-13", "Dar‘ā", "ISIS", None, None)]),
    ],
    ids=["the-harmed-side-named-again-as-struck", "another-side-claims-it", "the-wounded-of-another-side"],
)
def test_a_side_named_among_the_harmed_is_not_lent_as_the_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
