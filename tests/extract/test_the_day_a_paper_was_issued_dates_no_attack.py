"""A date right after a participle of issuing (في عددها الصادر صباح اليوم، الصحف الصادرة اليوم، القرار الصادر في 3
آب) is the day a paper, a statement or a decision came out: it dates no attack, which keeps a day of its own or
stays undated; the day of a report told without that participle (أفادت الصحيفة صباح اليوم) is read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 8, 4)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ذكرت الصحيفة في عددها الصادر صباح اليوم الثلاثاء أن غارة جوية استهدفت بلدة الرستن في ريف حمص.",
         [("airstrike", None, "Ar Rastan")]),
        ("ذكرت الصحيفة في عددها الصادر صباح اليوم الثلاثاء أن غارة جوية استهدفت بلدة الرستن في ريف حمص أمس.",
         [("airstrike", "2015-08-03", "Ar Rastan")]),
        ("استهدفت غارة جوية بلدة الرستن في ريف حمص، بعد قرار مجلس الأمن الصادر في 3 آب.",
         [("airstrike", None, "Ar Rastan")]),
        ("أفادت الصحيفة صباح اليوم الثلاثاء بأن غارة جوية استهدفت بلدة الرستن في ريف حمص.",
         [("airstrike", "2015-08-04", "Ar Rastan")]),
        ("أبرزت الصحف الصادرة اليوم الدعوة إلى رفع الحيطة في أعقاب الهجوم الانتحاري الذي استهدف مسجدا في مدينة أبها.",
         []),
    ],
    ids=["the-issue-s-day", "a-day-of-its-own", "a-decision-s-day", "a-report-s-day", "a-press-review"],
)
def test_the_day_of_an_issue(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
