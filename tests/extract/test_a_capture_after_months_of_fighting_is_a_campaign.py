"""A capture or a toll told after weeks or months of fighting, clashes or raids (سيطرت القوات على المنطقة في آذار
بعد شهرين من المعارك، قتل 40 بعد أسابيع من الاشتباكات) sums up a campaign, not one attack: no event; a capture
told on its day without such a period stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت القوات التركية على مدينة منبج في تموز 2016 بعد شهرين من المعارك العنيفة مع التنظيم.",
        "قتل 40 مسلحا في مدينة منبج بعد أسابيع من الاشتباكات مع القوات الكردية.",
        "استعادت القوات مدينة منبج يوم 10 آب 2016 بعد شهور من القتال.",
    ],
    ids=["two-months-of-battles", "weeks-of-clashes", "months-of-fighting"],
)
def test_a_period_of_fighting_tells_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_capture_on_its_day_stays() -> None:
    text = "سيطرت القوات الكردية على مدينة منبج يوم 10 آب 2016 بعد اشتباكات عنيفة مع التنظيم."
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", None)]
