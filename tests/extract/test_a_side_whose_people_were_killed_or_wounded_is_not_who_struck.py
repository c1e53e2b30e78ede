"""A side named as those killed or wounded, after a toll word, a count and من (قتل مسلحان من مليشيات الحوثي، أصيب
خمسة عناصر من قوات النظام، مقتل أكثر من عشرة من عناصر حزب الله) or as a counted subject of a plural toll verb
(عشرات الحوثيين قتلوا), or after the dead and the wounded written with the article and من (عشرات القتلى
والجرحى من الحوثيين), is the target's side, never who struck: the event keeps the side the text names as the
doer, else none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2017, 3, 14)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل مسلحان من مليشيات الحوثي في هجوم على مديرية نهم أمس.",
         [("ground_attack", "2017-03-13", None, None, None, None)]),
        ("أصيب خمسة عناصر من قوات النظام في انفجار عبوة ناسفة في مدينة درعا أمس.",
         [("bombing", "2017-03-13", "Dar‘ā", None, None, 5)]),
        ("قتل أكثر من عشرة من عناصر حزب الله في كمين في ريف حمص أمس.",
         [("ground_attack", "2017-03-13", "Rural Homs", None, 10, None)]),
        ("قال مسؤولون إن عشرات الحوثيين قتلوا في غارات جوية على مدينة صعدة أمس.",
         [("airstrike", "2017-03-13", "Sa'dah", None, None, None)]),
        ("قتل ثلاثة جنود من قوات التحالف في هجوم شنه الحوثيون على مدينة مأرب أمس.",
         [("ground_attack", "2017-03-13", "Ma'rib", "Houthis", 3, None)]),
        ("قال مسؤولون إن الحوثيين قتلوا خمسة مدنيين في قصف على مدينة تعز أمس.",
         [("shelling", "2017-03-13", "Taiz", "Houthis", 5, None)]),
        ("وأكد سقوط عشرات القتلى والجرحى من الحوثيين في كمين في مدينة تعز أمس.",
         [("ground_attack", "2017-03-13", "Taiz", None, None, None)]),
    ],
    ids=["killed-among-a-side", "wounded-among-a-side", "a-qualified-count-among-a-side",
         "counted-subject-of-a-toll-verb", "the-doer-named-too", "a-side-that-killed",
         "the-dead-and-wounded-of-a-side"],
)
def test_the_side_of_the_harmed_is_no_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
