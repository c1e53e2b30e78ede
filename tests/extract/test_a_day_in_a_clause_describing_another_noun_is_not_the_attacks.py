"""A day written after the attack and a comma, in a relative clause describing another noun (وبلغ عدد الأشخاص الذين
اعتقلتهم الشرطة يوم السبت) is the day of what that clause tells, not the attack's; a relative clause right after the
comma (الهجوم على المطار، الذي وقع يوم الاثنين) or after a demonstrative (أبرزها تلك التي وقعت في أبريل) still dates
the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2018, 7, 11)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت المقاتلات التركية مواقع المتمردين في قرية زاخو شمال العراق، وبلغ عدد الأشخاص الذين اعتقلتهم الشرطة في "
     "إسطنبول يوم السبت 300 شخص.", [("airstrike", None, None, "Zaxo", None)]),
    ("وقالت دمشق إن إسرائيل شنت الهجوم على مطار التيفور، الذي وقع قبل الفجر يوم الاثنين وأسفر عن مقتل 14 شخصا.",
     [("airstrike", "2018-07-09", "day", "Tiyas (T4) airbase", 14)]),
    ("وكان مطار التيفور قد تعرض للعديد من الغارات، أبرزها تلك التي وقعت في أبريل الماضي وأسفرت عن مقتل سبعة "
     "عسكريين.", [("airstrike", "2018-04", "month", "Tiyas (T4) airbase", 7)]),
], ids=["the-arrests-day", "the-attacks-own-relative-clause", "after-a-demonstrative"])
def test_a_day_in_a_relative_clause_after_the_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
