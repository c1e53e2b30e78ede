"""A kidnapping told by its conjugated verb (خطفت الجبهة ثمانية عناصر، 30 رجلا خطفوا في البلدة) is an
``other`` attack, like اختطف; not kidnappings told in general (حالات خطف), the limelight stolen
(خطفت الأضواء) nor a ship hijacked."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خطفت جبهة النصرة أمس ثمانية عناصر قرب مدينة اعزاز.",
         [("other", "2016-08-11", "I‘zāz", "Hayat Tahrir al-Sham")]),
        ("وقالت مصادر أمنية إن 30 رجلا خطفوا أمس في بلدة الباب بريف حلب.",
         [("other", "2016-08-11", "Al-Bab", None)]),
    ],
    ids=["feminine-past-with-its-side", "passive-plural"],
)
def test_a_kidnapping_verb_tells_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وسجلت الشرطة خمس حالات خطف في مدينة حمص خلال الشهر الماضي.",
        "وخطفت الأضواء أمس في مهرجان أقيم بمدينة حمص.",
        "وقال الوزير إن المهاجرين خطفوا سفينة أمس قبالة مدينة طرطوس.",
    ],
    ids=["kidnappings-in-general", "the-limelight", "a-ship-hijacked"],
)
def test_no_kidnapping_of_people_told_is_no_attack(text: str) -> None:
    assert _events(text) == []
