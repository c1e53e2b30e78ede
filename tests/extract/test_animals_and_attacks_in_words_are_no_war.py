"""An animal that storms a place (اقتحم نمر مدرسة) or carries a bomb in a story of tactics (الدجاج الانتحاري)
tells no attack of war; nor does a side attacking another in words for a reason or in its sermons (هاجمت
الوزارة النادي بسبب تكريمه ناشطة، هاجم الخطيب التنظيم في خطبه): without a toll, no event, while the same
verb with its dead stays an attack."""

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
        "اقتحم نمر مدرسة في مدينة منبج يوم 10 آب 2016 وأصاب شخصا بجروح.",
        "بدأ تنظيم داعش في مدينة منبج يوم 10 آب 2016 أسلوبا جديدا للتفجير عن طريق الدجاج الانتحاري.",
        "هاجمت وزارة الخارجية يوم 10 آب 2016 ناديا في مدينة منبج بسبب تكريمه لاعبا سابقا.",
    ],
    ids=["a-tiger", "suicide-chickens", "attacked-for-a-reason"],
)
def test_no_attack_of_war(text: str) -> None:
    assert _events(text) == []


def test_an_execution_told_with_the_words_that_caused_it_stays_an_execution() -> None:
    text = "أعدم تنظيم داعش يوم 10 آب 2016 خطيبا في مدينة منبج لأنه هاجم التنظيم في خطبه."
    assert _events(text) == [("other", "2016-08-10", "Manbij", None)]


def test_an_assault_for_a_reason_with_its_dead_stays() -> None:
    text = "هاجم مسلحون حاجزا في مدينة منبج يوم 10 آب 2016 بسبب اعتقال أحدهم ما أسفر عن مقتل 3 جنود."
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", 3)]
