"""A kidnapping told as what a side did, the side between the verb of doing and the verbal noun (قام مسلحو
التنظيم بخطف ثلاثين مدنيا، أفاد المرصد عن قيام التنظيم باختطاف مدنيين) is an ``other`` attack, as the conjugated
verb tells one; the verbal noun alone (حالات خطف) and a doing verb with no kidnapping after it tell none."""

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
        ("وقام مسلحو تنظيم داعش أمس بخطف ثلاثين مدنيا في مدينة القريتين بريف حمص.",
         [("other", "2016-08-11", "Al Qaryatayn", "ISIS")]),
        ("وأفاد المرصد عن قيام تنظيم داعش باختطاف ثلاثين مدنيا في مدينة القريتين بريف حمص يوم 10 آب 2016.",
         [("other", "2016-08-10", "Al Qaryatayn", "ISIS")]),
    ],
    ids=["past-verb-of-doing", "verbal-noun-of-doing-reported"],
)
def test_a_kidnapping_done_by_a_side_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وسجلت الشرطة خمس حالات خطف في مدينة القريتين خلال الشهر الماضي.",
        "وقام مسلحو تنظيم داعش أمس بتوزيع منشورات في مدينة القريتين بريف حمص.",
    ],
    ids=["kidnappings-in-general", "something-else-done"],
)
def test_no_kidnapping_done_is_no_attack(text: str) -> None:
    assert _events(text) == []
