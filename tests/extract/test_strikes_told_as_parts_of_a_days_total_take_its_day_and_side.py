"""Strikes told as parts of a side's total on a day (قالت القيادة إن طائرات الولايات المتحدة والتحالف نفذت 19 غارة
... في سوريا والعراق أمس الثلاثاء), with no day of their own: a count of a count (إن خمس من سبع غارات جرت في سوريا
نفذت قرب الرقة) or the strikes named again with the article (وفي العراق أصابت الغارات أهدافا قرب تكريت وبيجي), take
the total's day, not the day of the statement that tells them (اليوم الأربعاء), and its side. Not when they name a day
of their own or another side, when an attack of their type is dated between, or when they are in a country the total
does not name."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

TOTAL = ("قالت القيادة الأمريكية في بيان إن طائرات الولايات المتحدة والتحالف نفذت 19 غارة ضد مسلحي تنظيم داعش في "
         "سوريا والعراق أمس الثلاثاء. ")
SYRIA = "وقال البيان الذي صدر اليوم الأربعاء إن خمس من سبع غارات جرت في سوريا نفذت قرب الرقة ودمرت مواقع للتنظيم. "
IRAQ = "وفي العراق أصابت الغارات أهدافا قرب خمس مدن بينها تكريت وبيجي."
COALITION = "International coalition"


def _events(text: str) -> list[tuple]:
    return [(e.place, e.date, e.actor) for e in extract_article(article(text, dt.date(2015, 8, 5)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOTAL + SYRIA + IRAQ, [("Ar Raqqah", "2015-08-04", COALITION), ("Tikrīt", "2015-08-04", COALITION),
                                ("Bayjī", "2015-08-04", COALITION)]),
        (TOTAL + SYRIA + "وفي العراق أصابت الغارات يوم الاثنين أهدافا قرب تكريت.",
         [("Ar Raqqah", "2015-08-04", COALITION), ("Tikrīt", "2015-08-03", None)]),
        (TOTAL + SYRIA + "وفي سوريا أصابت الغارات الروسية أهدافا قرب إدلب.",
         [("Ar Raqqah", "2015-08-04", COALITION), ("Idlib", None, "Russia")]),
        (TOTAL + "وكانت طائرات التحالف قد شنت غارة على الموصل يوم الأحد. " + IRAQ,
         [("Mosul", "2015-08-02", COALITION), ("Tikrīt", None, COALITION), ("Bayjī", None, COALITION)]),
        (TOTAL.replace("سوريا والعراق", "العراق") + "وفي بيان منفصل قال الجيش الأمريكي إن خمس من سبع غارات في "
         "سوريا نفذت قرب الرقة.", [("Iraq", "2015-08-04", "US"), ("Ar Raqqah", None, None)]),
    ],
    ids=["the-totals-day-and-side", "a-day-of-their-own", "another-side", "a-dated-strike-between",
         "a-country-the-total-does-not-name"],
)
def test_strikes_told_as_parts_of_a_days_total_take_its_day_and_side(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
