"""An agreement to take part in strikes or to let aircraft use bases (وافقت تركيا في 23 تموز على مشاركة الولايات
المتحدة في توجيه ضربات جوية) reaches the strike nouns after it in its clause like a plan, and a permission to come
(سيسمح للطيران باستهداف) is no attack either: no event; strikes told with their dead after an agreement stay."""

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
        "وافقت تركيا يوم 10 آب 2016 على مشاركة الولايات المتحدة في توجيه ضربات جوية ضد التنظيم في مدينة منبج.",
        "وافقت الحكومة رسميا يوم 10 آب 2016 على استخدام طائرات التحالف لقواعدها الجوية في قتال التنظيم في "
        "مدينة منبج.",
        "قال الوزير يوم 10 آب 2016 إن الاتفاق سيسمح للطيران باستهداف مواقع التنظيم في مدينة منبج.",
    ],
    ids=["to-take-part", "to-let-aircraft-use-bases", "will-allow"],
)
def test_an_agreement_tells_no_attack(text: str) -> None:
    assert _events(text) == []


def test_strikes_told_with_their_dead_after_an_agreement_stay() -> None:
    text = ("وافقت الحكومة التركية رسميا في مؤتمر صحفي عقدته في العاصمة أنقرة على الهدنة بعد غارات جوية على مدينة "
            "منبج يوم 10 آب 2016 أسفرت عن مقتل 5 مسلحين.")
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", 5)]
