"""The possibility of an attack (احتمالية توغل قوات جديدة، لاحتمال شن غارات), an attack expected (قبل هجوم متوقع), one a
side wants (يريد تفجير سيارة مفخخة) and what will be carried out (سيجري استهداف كل من يصوت) are no attack; an incursion
told as done stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "أشار رئيس الوزراء التركي يوم 10 آب 2016 إلى احتمالية توغل قوات تركية جديدة في مدينة منبج.",
        "حذر متحدث باسم تنظيم داعش يوم 10 آب 2016 من أنه سيجري استهداف كل من يصوت في مدينة منبج.",
        "دعت المنظمة شركات الطيران إلى الحذر لاحتمال شن غارات جوية على مدينة حمص يوم 10 آب 2016.",
        "بدأت الأمم المتحدة يوم 10 آب 2016 إجلاء موظفيها من مدينة الحديدة قبل هجوم متوقع للتحالف.",
        "قال الوزير إن التنظيم يريد تفجير سيارة مفخخة في مدينة حلب يوم 10 آب 2016.",
    ],
    ids=["a-possible-incursion", "a-threat-to-be-carried-out", "for-the-possibility-of-strikes", "an-expected-attack",
         "a-bombing-wanted"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


def test_an_incursion_told_as_done_stays() -> None:
    text = "بدأت قوات تركية يوم 10 آب 2016 توغلا في مدينة منبج."
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", "Turkey")]
