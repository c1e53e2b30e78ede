"""A definite bombardment word whose kind is only inferred (وطال القصف بلدات), dated only by the sentences before
it, tells again the air strike of that day when the places it names lie within `RETOLD_KM` of that strike's
place: one event, whose place stays the strike's area when the retelling spreads over several villages. A
retelling with a day of its own, or naming a town far from the strike's area, is no such retelling."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "قصفت طائرات حربية للنظام الجمعة منطقة جبل الزاوية في ريف إدلب الجنوبي، ما أدى إلى مقتل 9 مدنيين. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 13)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "وطال القصف بلدات عدة بينها معرة النعمان وسراقب، وخلف عشرات الجرحى.",
         [("airstrike", "2016-08-12", "Jabal al-Zawiya", 9)]),
        (LEAD + "وطال القصف بلدة كفرنبل، وخلف عشرات الجرحى.", [("airstrike", "2016-08-12", "Kafranbel", 9)]),
    ],
    ids=["over-villages-of-the-area", "one-town-of-the-area"],
)
def test_the_days_bombardment_told_again_is_one_event(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "وطال القصف بلدة سرمدا، وخلف عشرات الجرحى.",
         [("airstrike", "2016-08-12", "Jabal al-Zawiya", 9), ("shelling", "2016-08-12", "Sarmada", None)]),
        (LEAD + "وطال القصف السبت بلدات عدة بينها معرة النعمان وسراقب، وخلف عشرات الجرحى.",
         [("airstrike", "2016-08-12", "Jabal al-Zawiya", 9), ("shelling", "2016-08-13", "Maarat al-Numan", None)]),
    ],
    ids=["a-town-far-from-the-area", "a-day-of-its-own"],
)
def test_a_bombardment_elsewhere_or_on_another_day_stays_apart(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
