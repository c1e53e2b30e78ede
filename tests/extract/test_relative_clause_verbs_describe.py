"""A trigger verb right after a relative pronoun or an indefinite noun of places describes what it
follows (المدينة التي سيطر عليها التنظيم، مناطق سيطرت عليها القوات): without a toll or a day in its
clause it tells no attack (another trigger of the clause may); with a toll or a day of its own (after
the trigger: not the day of the main verb) it still does, and so does a cleft (القوات هي التي اقتحمت)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وحاول نقل نشاطه إلى المدينة التي سيطر عليها التنظيم بعد أن غادر مدينة منبج.", []),
        ("وبدأ هذا الجيش -الذي سيطر قبل شهرين على جل مدينة منبج- هجوما على البلدتين.", []),
        ("وقال إن المسلحين الذين اقتحموا مدينة منبج انسحبوا منها.", []),
        ("وقتل 3 مدنيين برصاص المسلحين الذين هاجموا حاجزا في مدينة منبج.", [("ground_attack", None, "Manbij", 3)]),
        ("وأصيب الجنود الذين هاجموا حاجزا في مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", None)]),
        ("واقتحم المسلحون مدينة منبج.", [("ground_attack", None, "Manbij", None)]),
        ("وأوضح أن القوات العراقية هي التي اقتحمت مدينة منبج.", [("ground_attack", None, "Manbij", None)]),
        ("ونسب الخبراء إلى الحكومة الهجوم بغاز السارين عام 2015 على مدينة منبج التي سيطرت عليها الفصائل.",
         [("other", "2015", "Manbij", None)]),
        ("وقال إن آلاف المدنيين خرجوا من مناطق سيطرت عليها القوات الحكومية إلى مدينة منبج.", []),
        ("وفي مدينة منبج سيطرت القوات على حي الصناعة.", [("ground_attack", None, "Manbij", None)]),
        ("وزار الوزير الأحد مدينة منبج التي سيطرت عليها القوات.", []),
        ("وزار الوزير مدينة منبج التي سيطرت عليها القوات الأحد.", [("ground_attack", "2016-08-07", "Manbij", None)]),
    ],
    ids=["city-it-took", "army-that-took", "gunmen-who-stormed", "with-a-toll", "with-a-day", "main-clause",
         "cleft-asserts", "attack-beside-the-description", "areas-the-forces-hold", "after-a-named-place",
         "day-of-the-main-verb", "day-of-the-capture"],
)
def test_relative_clause_verb(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
