"""An indefinite strike noun with a target word and a place struck among the few words after it (ضربة ناجحة على 5
مواقع) tells a strike as done though its side is not named, as a place bombarded does; not a blow to a person (ضربة
على رأسه), a kick at a goal (ضربة حرة على المرمى), a definite strike named again (القصف على المناطق), a strike
threatened or to come, nor a bombardment at a town without its day (قصف على بلدة: only a day at a settlement
tells it)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المسؤول إن يوم أمس شهد ضربة ناجحة على 5 مواقع إرهابية.",
         [("airstrike", "2016-08-11", None, None, None)]),
        ("قال المسؤول إن يوم أمس شهد ضربة ناجحة على خمسة مواقع إرهابية.",
         [("airstrike", "2016-08-11", None, None, None)]),
        ("وقال المرصد إن ضربة ناجحة على مواقع للتنظيم في بلدة كفرنبل أدت أمس إلى مقتل قادة.",
         [("airstrike", "2016-08-11", "Kafranbel", None, None)]),
        ("وقال إن ضربة على رأسه أفقدته الوعي أمس في بلدة كفرنبل.", []),
        ("وسجل اللاعب ضربة حرة على المرمى أمس في مدينة حلب.", []),
        ("وقال إن القصف على المناطق في بلدة كفرنبل توقف أمس.", []),
        ("وهدد الرئيس بتوجيه ضربة على مواقع النظام في بلدة كفرنبل أمس.", []),
        ("وقال إن القوات ستوجه ضربة على مواقع التنظيم في بلدة كفرنبل غدا.", []),
        ("وأفاد ناشطون بقصف على مناطق في بلدة كفرنبل.", []),
    ],
    ids=["counted-sites", "sites-counted-in-words", "sites-in-a-town", "blow-to-a-person", "kick-at-a-goal",
         "definite-strike",
         "threatened", "to-come", "bombardment-without-its-day"],
)
def test_a_strike_on_places_tells_the_strike_done(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
