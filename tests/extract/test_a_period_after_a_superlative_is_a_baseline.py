"""A period after since that follows a superlative (في هجوم هو الأعنف منذ أشهر، الغارات الأكثر دموية منذ بداية
العام) is the baseline of a comparison, not a total: the attack of its clause is still told."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2018, 6, 8)))]


def test_the_fiercest_attack_since_months_is_told() -> None:
    text = "هاجم مسلحو التنظيم الخميس مدينة الميادين في هجوم هو الأعنف على المدينة منذ أشهر."
    assert _events(text) == [("ground_attack", "2018-06-07", "Al Mayādīn")]


def test_a_total_since_months_stays_no_attack() -> None:
    text = "قتل 70 مدنيا في مدينة الميادين في غارات التحالف منذ أشهر."
    assert _events(text) == []
