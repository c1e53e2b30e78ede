"""Today right after a verb in the present (وتتجلى اليوم، يبدو اليوم) is the time of writing, nowadays: it is no
date of the attack told beside it, which keeps a date of its own or stays undated; after a verb in the past (تم
اليوم) it is still the day of the report."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن الطيران الحربي غارات على بلدة كفرنبل الشهر الماضي، وتتجلى اليوم آثار الدمار في شوارعها.",
         [("airstrike", "2016-07", "month", "Kafranbel")]),
        ("قصف الطيران الحربي بلدة كفرنبل، وهكذا يبدو اليوم المشهد في شوارعها.",
         [("airstrike", None, None, "Kafranbel")]),
        ("تم اليوم استهداف بلدة كفرنبل بغارات جوية.", [("airstrike", "2016-08-12", "day", "Kafranbel")]),
    ],
    ids=["a-date-of-its-own-stays", "undated", "after-a-verb-in-the-past"],
)
def test_today_after_a_verb_in_the_present_dates_no_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
