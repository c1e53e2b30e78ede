"""A fight told to have lasted hours or a night (معارك استمرت نحو تسع ساعات، اشتباكات استمرت لساعات) is one fight,
not a campaign; one that lasted weeks stays a campaign."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 7, 29)))]


def test_battles_of_hours_with_a_toll_are_one_attack() -> None:
    text = "وقال مصدر عسكري إن المعارك التي استمرت نحو تسع ساعات في مدينة الباب أسفرت عن مقتل 19 من عناصر التنظيم."
    assert _events(text) == [("ground_attack", None, "Al-Bab", 19)]


def test_a_capture_after_clashes_of_hours_is_told() -> None:
    text = "وأعلن الجيش تحرير مدينة الباب بالكامل أمس بعد اشتباكات عنيفة استمرت لساعات."
    assert _events(text) == [("ground_attack", "2018-07-28", "Al-Bab", None)]


def test_clashes_of_weeks_stay_a_campaign() -> None:
    text = "وأعلن الجيش تحرير مدينة الباب بالكامل أمس بعد اشتباكات عنيفة استمرت لأسابيع."
    assert _events(text) == []
