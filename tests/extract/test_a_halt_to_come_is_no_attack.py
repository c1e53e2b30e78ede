"""A halt a side will make (قالت الوزارة إن الجيش سيعلق الضربات الجوية خلال هدنة يومية) is a prospect: the clause
tells no event; strikes told as done in their own clause stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize("text", [
    "قالت وزارة الدفاع يوم 10 آب 2016 إن الجيش سيعلق الضربات الجوية على مدينة منبج خلال هدنة يومية.",
    "أعلن التحالف أمس أنه سيوقف الغارات الجوية على مدينة منبج اعتبارا من الأحد.",
], ids=["will-suspend", "will-stop"])
def test_a_halt_to_come_tells_no_attack(text: str) -> None:
    assert _events(text) == []


def test_strikes_told_as_done_before_a_halt_stay() -> None:
    text = "قصفت الطائرات مدينة منبج يوم 10 آب 2016 وقتلت 5 مدنيين. وقالت الوزارة إن الجيش سيعلق الضربات خلال هدنة."
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij")]
