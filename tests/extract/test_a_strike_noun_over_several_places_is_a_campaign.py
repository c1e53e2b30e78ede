"""A strike told by its verbal noun, its side and then several places it struck after ل (استهداف الطيران لقرى وبلدات
السهل، قصف المعارضة لأحياء سكنية) is a side's bombardment of an area as a whole when its clause tells no toll, or
one only by a vague quantity (خلف عشرات القتلى): an event only on its own day. A toll counted by a number, strikes
counted (بأكثر من 50 غارة: one day's wave) or one place struck keep it one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 8, 1)
CAPTURE = "وسيطرت فصائل المعارضة أمس على قرية القرقور في منطقة سهل الغاب بعد اشتباكات مع القوات النظامية. "
CAPTURED = ("ground_attack", "2015-07-31", "Qarqur", None)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CAPTURE + "ويأتي ذلك بالتزامن مع استهداف الطيران الحربي النظامي لقرى وبلدات سهل الغاب بالصواريخ والبراميل "
         "المتفجرة، الأمر الذي أسفر عن دمار كبير.", [CAPTURED]),
        (CAPTURE + "ويأتي ذلك بالتزامن مع استهداف الطيران الحربي النظامي لقرى وبلدات سهل الغاب بأكثر من 50 غارة، "
         "الأمر الذي أسفر عن دمار كبير.", [CAPTURED, ("airstrike", "2015-07-31", "Al-Ghab plain", None)]),
        (CAPTURE + "ويأتي ذلك بالتزامن مع استهداف الطيران الحربي النظامي لقرى وبلدات سهل الغاب بأكثر من 50 غارة، ما "
         "أسفر عن مقتل ستة مدنيين.", [CAPTURED, ("airstrike", "2015-07-31", "Al-Ghab plain", 6)]),
        (CAPTURE + "ويأتي ذلك بالتزامن مع استهداف الطيران الحربي النظامي لبلدة قلعة المضيق بأكثر من 50 غارة، الأمر "
         "الذي أسفر عن دمار كبير.", [CAPTURED, ("airstrike", "2015-07-31", "Qal‘at al Maḑīq", None)]),
    ],
    ids=["villages-and-towns", "a-counted-wave", "with-a-toll", "one-town"],
)
def test_a_strike_noun_over_several_places_is_a_campaign(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأبدى الأمين العام قلقه من قصف الفصائل لأحياء سكنية في دمشق الذي خلف عشرات القتلى.", []),
        ("وقتل عشرات المدنيين في قصف الفصائل للمناطق السكنية في دمشق.", []),
        ("وقتل عشرات المدنيين في قصف الفصائل للمناطق السكنية في دمشق يوم الأحد.",
         [("shelling", "2015-07-26", "Damascus", None)]),
        ("وقتل 12 مدنيا في قصف الفصائل للمناطق السكنية في دمشق.", [("shelling", None, "Damascus", 12)]),
        ("وقتل عشرات المدنيين في قصف الفصائل لحي باب توما في دمشق.", [("shelling", None, "Damascus", None)]),
    ],
    ids=["dozens-dead-over-neighbourhoods", "dozens-killed", "its-own-day", "a-counted-toll", "one-neighbourhood"],
)
def test_a_toll_told_vaguely_is_the_bombardments(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
