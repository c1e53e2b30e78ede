"""A side followed by a phrase saying it had no part (أن بريطانيا لم تشارك في الغارات) is no actor of the attack; the
side that did it still is, and a side whose relative clause says it had no part in another attack stays the subject
of its own (إسرائيل التي لم تشارك في ضربات السبت قد شنت غارات)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المتحدث إن بريطانيا لم تشارك في الغارات الجوية على مدينة حمص يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Homs", None)]),
        ("قال المتحدث إن بريطانيا شاركت في الغارات الجوية على مدينة حمص يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Homs", "UK")]),
        ("قال المتحدث إن بريطانيا لم تشارك في ضربات شنتها طائرات أمريكية يوم 10 آب 2016 على مدينة حمص.",
         [("airstrike", "2016-08-10", "Homs", "US")]),
        ("وكانت إسرائيل التي لم تشارك في ضربات السبت قد شنت يوم 10 آب 2016 غارات جوية على مدينة حمص.",
         [("airstrike", "2016-08-10", "Homs", "Israel")]),
    ],
    ids=["no-part", "took-part", "the-side-that-did-it", "relative-clause"],
)
def test_a_side_said_to_have_had_no_part_is_no_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
