"""A place told after an attack's trigger behind a word of aim (تمهيدا لاقتحام مدينة س، بهدف، لتطويق) is where the
attack aims to go, not where it happened, when a place before the aim word places it; alone it may be both (هجوما
لتحرير مدينة الموصل). A place or a day behind a word of accusing another attack (اتهمهم الجيش بشن هجوم على مدينة
س الأحد) is that of the attack the target is accused of: never the place or day of the one told. An accusation of
the attack told itself (اتهم الجيش بتنفيذه على مدينة دوما) keeps its place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.event_type, str(e.date) if e.date else None, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2018, 6, 26)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وسيطر الجيش العراقي أمس على مواقع في محافظة نينوى تمهيدا لاقتحام مدينة الموصل.",
         [("ground_attack", "2018-06-25", "Nineveh", "Iraqi forces")]),
        ("وشنت القوات العراقية أمس هجوما لتحرير مدينة الموصل، وقتل عشرة من المسلحين.",
         [("ground_attack", "2018-06-25", "Mosul", "Iraqi forces")]),
        ("أعلنت قوات سوريا الديمقراطية الثلاثاء أنها شنت عملية برية كبيرة، بهدف السيطرة على منطقة في شرق سوريا.",
         [("ground_attack", "2018-06-26", "Eastern Syria", "SDF")]),
    ],
    ids=["aim-after-a-place", "aim-alone-is-the-place", "aim-alone-after-a-comma"],
)
def test_the_place_an_attack_aims_at(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصف الطيران العراقي أمس مقرا في محافظة الأنبار لمسلحين اتهمهم الجيش بشن هجوم على مدينة كركوك.",
         [("airstrike", "2018-06-25", "Al Anbar", "Iraqi forces")]),
        ("وقصف الطيران العراقي أمس مقرا لمسلحين اتهمهم الجيش بشن هجوم على مدينة كركوك.",
         [("airstrike", "2018-06-25", None, "Iraqi forces")]),
        ("وقتل عشرات المدنيين أمس في هجوم كيميائي اتهم الجيش بتنفيذه على مدينة دوما.",
         [("other", "2018-06-25", "Dūmā", None)]),
    ],
    ids=["accused-after-a-place", "accused-alone", "accused-of-the-attack-told"],
)
def test_the_place_of_an_attack_the_target_is_accused_of(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_the_day_of_an_attack_the_target_is_accused_of_is_not_the_strikes() -> None:
    text = "وقصف الطيران العراقي الاثنين مقرا في محافظة الأنبار لمسلحين اتهمهم الجيش بشن هجوم على مدينة كركوك الأحد."
    assert _events(text) == [("airstrike", "2018-06-25", "Al Anbar", "Iraqi forces")]
