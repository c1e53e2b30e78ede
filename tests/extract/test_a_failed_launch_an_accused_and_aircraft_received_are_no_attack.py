"""A failed launch (فشلت الميليشيا في إطلاق صاروخ), those accused of an attack (أخلت المحكمة سبيل متهمي تفجير المسجد)
and aircraft received (تسلمت مصر دفعة من مقاتلات إف 16) tell no attack: no event; a missile launched that hit
stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "فشلت الميليشيا يوم 10 آب 2016 في إطلاق صاروخ باتجاه مدينة جازان وسقط في منطقة صحراوية.",
        "أخلت المحكمة يوم 10 آب 2016 سبيل خمسة من متهمي تفجير المسجد في مدينة الكويت.",
        "تسلمت مصر دفعة جديدة من مقاتلات إف 16 في مدينة القاهرة يوم 10 آب 2016.",
    ],
    ids=["failed-launch", "accused", "aircraft-received"],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


def test_a_missile_that_hit_stays() -> None:
    text = "أطلقت الميليشيا يوم 10 آب 2016 صاروخا على مدينة جازان ما أسفر عن مقتل شخصين."
    assert _events(text) == [("shelling", "2016-08-10", "Jizan", 2)]
