"""A side after a gathering of it (استهدف تجمعا لقوات الجيش، قصفت تجمع قوات النظام، التجمع الرئيسي لـ) or a meeting
of it (ضربة جوية لاجتماع لحزب العمال) is what was struck, never who struck, as after its gatherings (تجمعات); the
subject of the verb still is (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.actor_hedged)
            for e in extract_article(article(text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل ثلاثة جنود يوم الأحد في هجوم استهدف تجمعا لقوات الجيش العراقي في مدينة الرمادي.",
         [("ground_attack", "2016-08-07", "Ramadi", None, False)]),
        ("وقالت المصادر إن صواريخ سقطت يوم الأحد على تجمع لميليشيات الحوثي في مدينة تعز، ما أسفر عن مقتل خمسة منهم.",
         [("shelling", "2016-08-07", "Taiz", None, False)]),
        ("وقصفت الطائرات الروسية يوم الأحد تجمعا لفصائل المعارضة في مدينة إدلب.",
         [("airstrike", "2016-08-07", "Idlib", "Russia", False)]),
        ("ووجهت طائرة ضربة جوية يوم الأحد لاجتماع لحزب العمال الكردستاني في مدينة دهوك.",
         [("airstrike", "2016-08-07", "Dihok", None, False)]),
        ("وقصفت الطائرات التركية يوم الأحد اجتماعا لحزب العمال الكردستاني في مدينة دهوك.",
         [("airstrike", "2016-08-07", "Dihok", "Turkey", False)]),
    ],
    ids=["a-gathering-attacked", "a-gathering-shelled", "the-subject-still-struck", "a-meeting-struck",
         "the-subject-still-struck-a-meeting"],
)
def test_a_gathering_of_a_side_is_what_was_struck(text: str, expected: list) -> None:
    assert _events(text) == expected
