"""An indefinite strike noun right before a verb of striking whose subject is an attack (طال، أصاب) tells a new
strike as done, though no side is named (قصفا طال مواقع، لاستهداف طال مواقع تابعة لقوات النظام); not a definite
one (القصف طال), which names a strike told before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المرصد إن قصفا طال مواقع في بلدة كفرنبل صباح الأربعاء.",
         [("shelling", "2016-08-10", "Kafranbel", None)]),
        ("وتحدث المرصد عن محاولات قامت بها الدفاعات الجوية للتصدي لاستهداف طال مواقع تابعة لقوات النظام في بلدة"
         " كفرنبل صباح الأربعاء.", [("airstrike", "2016-08-10", "Kafranbel", None)]),
        ("وقال المرصد إن القصف طال مواقع في بلدة كفرنبل صباح الأربعاء.", []),
    ],
    ids=["indefinite-bombardment", "indefinite-targeting-fended-off", "definite-told-before"],
)
def test_an_indefinite_strike_that_reached_a_place(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
