"""A month's toll (حصيلة شهر حزيران، حصيلة الشهر الماضي: [aggregate] recent) sums up the attacks of that month, as
one told over a named month does (خلال شهر يوليو) and one a past month or week witnessed (شهد تموز الماضي مقتل):
the clause that tells it tells no attack. One attack told with its own toll and day stays, and so does what a
month witnessed without a toll (شهد شهر أيار تصعيدا)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 8, 3)  # a Monday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وذكرت البعثة أن حصيلة شهر حزيران الماضي بلغت مقتل 1400 شخص في الهجمات الإرهابية في العراق.", []),
        ("وبلغت حصيلة الشهر الماضي 800 قتيل في الهجمات الإرهابية في محافظة بغداد.", []),
        ("وقالت البعثة إنه شهد تموز الماضي مقتل 900 مدني في الهجمات الإرهابية في محافظة بغداد.", []),
        ("وشهد شهر حزيران الماضي مقتل 1100 شخص في الهجمات الإرهابية في محافظة ديالى.", []),
        ("وشهد الأسبوع الماضي مقتل 26 جنديا في هجمات للمسلحين في محافظة بغداد.", []),
        ("وقتل 12 شخصا في تفجير استهدف سوقا في مدينة بعقوبة الخميس.", [("bombing", "2015-07-30", "Baqubah", 12)]),
        ("وشهد شهر أيار الماضي تصعيدا إذ شنت الطائرات الإسرائيلية غارات على مدينة القنيطرة.",
         [("airstrike", "2015-05", "Al Qunayţirah", None)]),
    ],
    ids=["a-named-months-toll", "last-months-toll", "a-month-witnessed-the-toll", "a-named-month-witnessed-the-toll",
         "last-week-witnessed-the-toll", "one-attack-with-its-day", "a-month-witnessed-no-toll"],
)
def test_a_months_toll_is_a_total(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
