"""A date in a relative clause describing another attack noun, which a relative clause after the attack tells as
someone's deed (قصفت الطائرات مقر الجماعة التي نفذت هجوم الأحواز الذي استهدف عرضا عسكريا الشهر الماضي), is that
attack's time, not the strike's; a day of its own in the clause still dates the strike, and a date in the strike's
own relative clause or beside it keeps dating it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.place)
            for e in extract_article(article(text, dt.date(2018, 5, 10)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت الطائرات الحربية مقر الجماعة التي نفذت هجوم الأحواز الذي استهدف عرضا عسكريا الشهر الماضي في مدينة "
     "البوكمال.",
     [("airstrike", None, None, None, "Abu Kamal")]),
    ("قصفت الطائرات الحربية أمس مقر الجماعة التي نفذت هجوم الأحواز الذي استهدف عرضا عسكريا الشهر الماضي في مدينة "
     "البوكمال.",
     [("airstrike", "2018-05-09", "2018-05-09", "day", "Abu Kamal")]),
    ("قتل خمسة في الغارات التي شنتها الطائرات الحربية الشهر الماضي على مدينة البوكمال.",
     [("airstrike", "2018-04", "2018-04-30", "month", "Abu Kamal")]),
    ("قصفت الطائرات الحربية مقر الجماعة في مدينة البوكمال الشهر الماضي.",
     [("airstrike", "2018-04", "2018-04-30", "month", "Abu Kamal")]),
], ids=["another-attacks-month", "the-strikes-own-day-beside-it", "the-strikes-own-relative-clause",
        "no-deed-told"])
def test_a_date_of_an_attack_told_as_a_deed(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
