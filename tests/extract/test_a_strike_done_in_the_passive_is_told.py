"""A strike's verbal noun right after a past auxiliary of the passive (تم استهداف حاجز، جرى قصف الحي) tells a
strike as done though no side is named, and so does the noun carrying the pronoun of what was struck (جرى قصفه،
تم استهدافها), which the matcher reads as a past verb with its object; not in the present (يتم: a habit), not in
a condition (إذا تم), not with a proclitic between (تم بقصف), nor over several places (جرى استهداف مقرات: a
campaign), nor after a relative pronoun (المستشفى الذي تم استهدافه: struck in an attack told elsewhere)."""

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
        ("وتم استهداف حاجز للجيش في بلدة كفرنبل صباح الأربعاء.",
         [("shelling", "2016-08-10", "Kafranbel", None, None)]),
        ("وجرى قصف حي الوعر في مدينة حمص صباح الأربعاء.",
         [("shelling", "2016-08-10", "Al-Waer", None, None)]),
        ("وقال ناشطون إن مستشفى في بلدة كفرنبل جرى قصفه صباح الأربعاء.",
         [("shelling", "2016-08-10", "Kafranbel", None, None)]),
        ("وقال ناشطون إن ملجأ في بلدة كفرنبل تم استهدافه بقنابل النابالم صباح الأربعاء.",
         [("airstrike", "2016-08-10", "Kafranbel", None, None)]),
        ("وزار الوفد المستشفى في بلدة كفرنبل الذي تم استهدافه صباح الأربعاء.", []),
        ("ويتم استهداف حواجز الجيش في بلدة كفرنبل كل يوم.", []),
        ("وقال القائد إنه إذا تم استهداف بلدة كفرنبل يوم الأربعاء فسيرد الجيش.", []),
        ("وجرى استهداف مقرات الجيش في بلدة كفرنبل صباح الأربعاء.", []),
    ],
    ids=["tamma", "jara", "its-pronoun", "napalm", "its-pronoun-relative", "present", "condition",
         "over-places"],
)
def test_a_strike_done_in_the_passive(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
