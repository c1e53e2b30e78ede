"""An attack whose clause has only the day a report of it was given (أفادت الوزارة في بيان أمس أن ...)
takes the date the rest of its sentence gives it (بينما كان يتنقل ... في 8 تموز)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place)
            for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ذكرت وزارة الدفاع في بيان أمس، أن قياديا في التنظيم قتل في ضربة جوية بينما كان يستقل سيارة "
         "قرب مدينة الباب في الخامس من تموز.",
         [("airstrike", "2016-07-05", "day", "Al-Bab")]),
        ("ذكرت وزارة الدفاع في بيان أمس، أن قياديا في التنظيم قتل في ضربة جوية قرب مدينة الباب.",
         [("airstrike", "2016-07-19", "day", "Al-Bab")]),
    ],
    ids=["the-attack-s-own-day-after-it", "only-the-report-s-day"],
)
def test_a_date_after_a_report_s_day_dates_the_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
