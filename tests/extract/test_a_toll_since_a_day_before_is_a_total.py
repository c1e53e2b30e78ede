"""A toll counted since a day before the report's, written before the attack (وقتل منذ الجمعة عشرات المدنيين في
غارات), sums up the attacks of the days since: no single attack. A toll since this morning is that day's attack, a
superlative makes the since a comparison, and a since told of a place after its attack dates the place's plight."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 4, 8)  # a Sunday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل منذ الجمعة عشرات المدنيين في غارات على مدينة دوما، وفق المرصد.", []),
        ("ولقي منذ ليل الخميس ثمانية مدنيين حتفهم في قصف على مدينة دوما.", []),
        ("وقتل منذ فجر اليوم عشرات المدنيين في غارات على مدينة دوما، وفق المرصد.",
         [("airstrike", "2018-04-08", "Dūmā", None)]),
        ("وقتل منذ الجمعة عشرات المدنيين في أعنف غارات على مدينة دوما.",
         [("airstrike", None, "Dūmā", None)]),
        ("وأحصى المرصد مقتل ستة مدنيين جراء القصف على بلدة دوما، التي تتعرض لغارات مستمرة منذ أمس وتحاول "
         "القوات اقتحامها.",
         [("airstrike", None, "Dūmā", 6)]),
    ],
    ids=["since-friday", "since-a-night", "since-this-morning", "superlative-compares", "since-of-the-place"],
)
def test_a_toll_since_a_day_before_is_no_single_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
