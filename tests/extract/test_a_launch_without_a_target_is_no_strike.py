"""An air trigger or a missile with a weapons test or a space launch after it in its clause, which tells no toll (أعلن
سلاح الجو أنه اختبر صاروخا، صاروخ يحمل رواد فضاء إلى المحطة الفضائية), is no strike; a missile fired at a place and a
strike with its dead in a clause naming a test stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت القوات الجوية الروسية يوم 10 آب 2016 أنها اختبرت بنجاح صاروخا جديدا بعيد المدى.",
        "انطلق أمس صاروخ روسي يحمل ثلاثة رواد إلى المحطة الفضائية الدولية من قاعدة بايكونور.",
        "أطلقت إيران يوم 10 آب 2016 صاروخا يحمل قمرا صناعيا إلى المدار.",
    ],
    ids=["a-missile-test", "a-crew-to-the-space-station", "a-satellite"],
)
def test_no_strike(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 جنود يوم 10 آب 2016 في غارة جوية روسية على مدينة حلب خلال تجربة أسلحة جديدة.",
         [("airstrike", "2016-08-10", "Aleppo", "Russia", 5)]),
        ("أطلق الحوثيون يوم 10 آب 2016 صاروخا باليستيا على مدينة جازان.",
         [("shelling", "2016-08-10", "Jizan", "Houthis", None)]),
    ],
    ids=["a-strike-with-its-dead", "a-missile-at-a-city"],
)
def test_the_strike_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
