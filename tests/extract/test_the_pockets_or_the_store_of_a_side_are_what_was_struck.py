"""A side after the pockets it holds (جيوب تنظيم داعش), a store of it (مستودع للذخيرة لوحدات حماية الشعب) or its
dens (أوكارا لداعش) is what was struck, never who struck; the subject of the verb still is (sentences written for the
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 20 مدنيا يوم الأحد في غارة جوية على أحد آخر جيوب تنظيم داعش في مدينة البوكمال.",
         [("airstrike", "2016-08-07", "Abu Kamal", None)]),
        ("وقتل عنصران يوم الأحد في انفجار في مستودع للذخيرة لوحدات حماية الشعب في مدينة القامشلي.",
         [("bombing", "2016-08-07", "Al Qāmishlī", None)]),
        ("وقصفت الطائرات الروسية يوم الأحد جيوب المعارضة في مدينة إدلب.",
         [("airstrike", "2016-08-07", "Idlib", "Russia")]),
        ('وقال الجيش في بيان إنه استهدف يوم الأحد "أوكارا" لداعش في مدينة البوكمال.',
         [("shelling", "2016-08-07", "Abu Kamal", None)]),
    ],
    ids=["its-pockets-struck", "its-store-struck", "the-subject-still-struck", "its-dens-struck"],
)
def test_the_pockets_or_the_store_of_a_side_are_what_was_struck(text: str, expected: list) -> None:
    assert _events(text) == expected
