"""Today after until (حتى اليوم، إلى اليوم) ends a duration: it is no date of the attack told beside it,
which stays undated; a range from a day until today is still a date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن الطيران الحربي غارات على بلدة كفرنبل، وما زال حتى اليوم يمنع الأهالي من العودة.",
         [("airstrike", None, "Kafranbel")]),
        ("شن الطيران الحربي غارات على بلدة كفرنبل، ولا تزال الطرق مقطوعة إلى اليوم.",
         [("airstrike", None, "Kafranbel")]),
        ("شن الطيران الحربي غارات على بلدة كفرنبل اليوم.", [("airstrike", "2016-08-12", "Kafranbel")]),
        ("شن الطيران الحربي غارات على بلدة كفرنبل من أمس حتى اليوم.", [("airstrike", "2016-08-11", "Kafranbel")]),
    ],
    ids=["still-until-today", "until-today", "today", "from-yesterday-until-today"],
)
def test_until_today_is_no_date_of_the_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
