"""A past verb of bombarding (قصف، دك) with a place struck among the few words after it (قصف المسلحون بلدة كفرنبل،
قصف الجيش أمس مواقع) tells a strike as done though its side is not named; the masculine verb, written as the noun,
only where it opens its clause, follows a definite word closing the phrase before a comma (رفض الاتفاق، وقصف), or
follows its definite subject opening the clause or after a complementizer; not after a verb and its subject (رفضت
الحكومة قصف البلدة: a verbal noun), a word that governs the noun (بعد قصف، دعا إلى قصف) or a complementizer (إن قصف
المدينة تحد: a noun), nor in the present (a habit), nor with the place far after it (قصف المطار من تلك المناطق:
shelled from there), nor with a verb that may strike figuratively (ضرب)."""

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
        ("وقال ناشطون إن المسلحين قصفوا بلدة كفرنبل صباح الأربعاء.",
         [("shelling", "2016-08-10", "Kafranbel", None, None)]),
        ("وقصف المسلحون بلدة كفرنبل صباح الأربعاء.",
         [("shelling", "2016-08-10", "Kafranbel", None, None)]),
        ("وقال المرصد إن الجيش قصف صباح الأربعاء مواقع في بلدة كفرنبل.",
         [("shelling", "2016-08-10", "Kafranbel", None, None)]),
        ("وقال المرصد إن الطيران الحربي قصف صباح الأربعاء مواقع في بلدة كفرنبل.",
         [("airstrike", "2016-08-10", "Kafranbel", None, None)]),
        ("وقال المرصد إن بعضهم رفض الاتفاق، وقصف مواقع في بلدة كفرنبل صباح الأربعاء.",
         [("shelling", "2016-08-10", "Kafranbel", None, None)]),
        ("ورفضت الحكومة قصف بلدة كفرنبل خوفا على المدنيين.", []),
        ("ودعا المسؤول صباح الأربعاء إلى قصف مواقع في بلدة كفرنبل.", []),
        ("وجاء ذلك بعد قصف الجيش بلدة كفرنبل صباح الأربعاء.", []),
        ("وقال مصدر إن قصف بلدة كفرنبل صباح الأربعاء تحد للهدنة.", []),
        ("ويقصف المسلحون بلدة كفرنبل كل يوم.", []),
        ("ونقل المسلحون المدافع وقصف المطار من تلك المناطق في كفرنبل صباح الأربعاء.", []),
        ("وضرب زلزال بلدة كفرنبل صباح الأربعاء.", []),
    ],
    ids=["plural-verb", "masculine-opening", "masculine-after-subject", "masculine-after-subject-and-adjective",
         "masculine-after-a-comma", "noun-after-a-verb-and-its-subject", "masculine-after-a-preposition",
         "noun-governed", "noun-after-complementizer", "present", "place-far-after", "figurative-verb"],
)
def test_a_place_bombarded_tells_the_strike_done(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
