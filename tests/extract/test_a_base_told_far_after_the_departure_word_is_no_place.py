"""The base aircraft took off from is no place of their strike even when its name is told many words after
the departure word (انطلقت من قاعدة سلاح الجو الثانية في ولاية ملاطية), as long as only the base's words
stand between: a base head, no other place, no punctuation, not the strike's trigger."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت مقاتلات تركية يوم 7 آب 2016 مواقع للمسلحين بعد أن انطلقت من قاعدة سلاح الجو الثانية في "
         "ولاية ملاطية.", [None]),
        ("وقصفت مقاتلات تركية يوم 7 آب 2016 مواقع للمسلحين في مدينة جرابلس بعد أن أقلعت من قاعدة جوية "
         "تابعة للجيش في ولاية ملاطية.", ["Jarābulus"]),
        ("انطلقت مقاتلات من قاعدة جوية في تركيا وقصفت يوم 7 آب 2016 مواقع في مدينة الباب.", ["Al-Bab"]),
        ("وقضت المحكمة بتعويض ضحايا هجوم بشاحنة مفخخة يعود إلى يونيو حزيران 1996 في الظهران أسفر عن مقتل "
         "19 جنديا.", ["Dhahran"]),
    ],
    ids=["base-far-after-took-off", "struck-town-and-far-base", "trigger-between", "no-base-head"],
)
def test_far_departure_bases(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
