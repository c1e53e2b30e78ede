"""An indefinite bombardment or attack (قصف، هجوم) told at its target (على، or the subject of a verb) in a
clause that dates it to a day at a settlement is one attack there, whoever struck; the bombardment known
(القصف), a noun of another's phrase (قصف مدينة منبج تحد للهدنة), one without its day or one at a governorate
are none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وأفاد مراسل في بلدة كفرنبل بريف إدلب عن قصف يستهدف البلدة يوم الأربعاء.",
        "وأفاد ناشطون بقصف على بلدة كفرنبل في ريف إدلب يوم الأربعاء.",
        "وأفاد ناشطون بقصف عنيف على بلدة كفرنبل في ريف إدلب يوم الأربعاء.",
    ],
    ids=["subject-of-its-verb", "at-its-target", "a-word-before-its-target"],
)
def test_a_bombardment_of_a_day_at_a_settlement_is_a_shelling(text: str) -> None:
    assert _events(text) == [("shelling", "2016-08-10", "Kafranbel")]


@pytest.mark.parametrize(
    "text",
    [
        "وتجدد القصف يوم الأربعاء على بلدة كفرنبل في ريف إدلب.",
        "وأفاد ناشطون بقصف على بلدة كفرنبل في ريف إدلب.",
    ],
    ids=["the-bombardment-known", "no-day"],
)
def test_a_bombardment_known_or_without_its_day_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_an_attack_of_a_day_at_a_settlement_is_a_ground_attack() -> None:
    text = "وأفاد ناشطون بهجوم على حاجز في بلدة كفرنبل بريف إدلب يوم الأربعاء."
    assert _events(text) == [("ground_attack", "2016-08-10", "Kafranbel")]


def test_an_attack_of_a_day_at_a_governorate_is_no_event() -> None:
    assert _events("وأفاد ناشطون بهجوم على محافظة إدلب يوم الأربعاء.") == []
