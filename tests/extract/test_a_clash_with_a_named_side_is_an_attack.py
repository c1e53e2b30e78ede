"""A confrontation (مواجهات، صدامات) written with the side it was fought against right after it (بعد مواجهات
مع الحوثيين) is a clash of war told with one of its sides, as an actor would tell it; not one with the police,
with a side that strikes from the air (a protest at a border) or a match's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


def test_a_clash_with_a_named_armed_side_tells_a_ground_attack() -> None:
    text = "دخلت القوات الحكومية الأربعاء قرية في محافظة الحديدة بعد مواجهات مع الحوثيين."
    assert _events(text) == [("ground_attack", "2016-08-10", "Al Hudaydah")]


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت أمس مواجهات مع الشرطة في مدينة حمص.",
        "اندلعت أمس مواجهات مع الجيش الإسرائيلي على حدود قطاع غزة.",
        "ويستعد الفريق لمواجهات مع الهلال في مدينة الرياض الأربعاء.",
    ],
    ids=["with-the-police", "with-a-side-striking-from-the-air", "a-match"],
)
def test_a_clash_with_no_armed_side_of_war_is_no_attack(text: str) -> None:
    assert _events(text) == []
