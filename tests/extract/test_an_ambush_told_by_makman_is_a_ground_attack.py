"""An ambush told by its other noun (مكمن، as كمين) is a ground attack, not a targeting typed shelling for want of a
kind; the noun of where something lies (مكمن الخطر) is none."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SATURDAY = dt.date(2015, 8, 1)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, SATURDAY))]


def test_an_ambush_told_by_makman_is_a_ground_attack() -> None:
    text = ("قتل 13 جنديا منذ اندلاع جولة العنف في 20 تموز، ثلاثة منهم في مكمن استهدف الخميس قافلة عسكرية "
            "في ولاية هكاري.")
    assert _events(text) == [("ground_attack", "2015-07-30", "Hakkâri Province", 3)]


def test_where_the_danger_lies_is_no_ambush() -> None:
    assert _events("وضع الأمير يده على مكمن الخطر في ولاية هكاري، وقال إن الفكر المتطرف إلى زوال.") == []


def test_where_a_wound_lies_is_no_ambush() -> None:
    text = "ووضع المحافظ يوم الأربعاء يده على مكمن الجرح في ولاية هكاري حين تحدث عن الذين يقتلون المصلين."
    assert _events(text) == []
