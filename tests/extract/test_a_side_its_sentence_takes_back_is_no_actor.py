"""A side named as who did an attack and taken back in the same sentence (قالت الوكالة إنه "يشتبه بأنه هجوم أمريكي"،
بيد أنها حذفت لاحقا أي إشارة إلى مسؤولية الولايات المتحدة عنها) is no actor of the attack, nor of the one it tells
again; a side named without a withdrawal stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

_STRIKE = ("وقتل 14 شخصا وجرح آخرون في القصف الذي استهدف الاثنين قاعدة تياس الجوية، المعروفة باسم تيفور، بحسب وسائل "
           "إعلام سورية رسمية.\n")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.actor)
            for e in extract_article(article(text, dt.date(2018, 4, 9)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_STRIKE + "وقالت الوكالة عن الضربة الصاروخية على قاعدة تي فور، بأنه \"يشتبه بأنه هجوم أمريكي\"، بيد أنها "
         "حذفت لاحقا أي إشارة إلى مسؤولية الولايات المتحدة عنها.",
         [("airstrike", "2018-04-09", "Tiyas (T4) airbase", 14, None)]),
        (_STRIKE + "وقالت الوكالة عن الضربة الصاروخية على قاعدة تي فور، بأنه \"يشتبه بأنه هجوم أمريكي\".",
         [("airstrike", "2018-04-09", "Tiyas (T4) airbase", 14, "US")]),
    ],
    ids=["taken-back", "not-taken-back"],
)
def test_a_side_its_sentence_takes_back_is_no_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
