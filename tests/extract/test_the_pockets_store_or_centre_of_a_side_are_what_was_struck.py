"""A side after the pockets it holds (جيوب تنظيم داعش), a store of it (مستودع للذخيرة لوحدات حماية الشعب), its dens
(أوكارا لداعش) or a centre of it (مركز تدريب للتنظيم، مركزا لقيادة الحزب) is what was struck, never who struck; the
subject of the verb still is (sentences written for the tests)."""

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
        ("وانفجرت يوم الأحد سيارة مفخخة عند مركز تدريب لتنظيم داعش قرب مدينة الرقة.",
         [("bombing", "2016-08-07", "Ar Raqqah", None)]),
        ("ودمرت غارة يوم الأحد مركزا لقيادة حزب الله قرب مدينة القصير.",
         [("airstrike", "2016-08-07", "Al Quşayr", None)]),
        ("وقصفت الطائرات الروسية يوم الأحد مركز قيادة لفصائل المعارضة في مدينة إدلب.",
         [("airstrike", "2016-08-07", "Idlib", "Russia")]),
    ],
    ids=["its-pockets-struck", "its-store-struck", "the-subject-still-struck", "its-dens-struck",
         "a-training-centre-bombed", "a-command-centre-struck", "the-subject-of-a-centre-still-struck"],
)
def test_the_pockets_store_or_centre_of_a_side_are_what_was_struck(text: str, expected: list) -> None:
    assert _events(text) == expected
