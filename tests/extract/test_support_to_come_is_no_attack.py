"""Support a side will give (قال التحالف إنه سيدعم الهجوم عبر ضربات جوية) is a prospect: the clause tells no
event; the offensive told in its own clause as launched stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


def test_support_to_come_tells_no_attack() -> None:
    text = "قال التحالف يوم 10 آب 2016 إنه سيدعم القوات الكردية في مدينة منبج عبر ضربات جوية."
    assert _events(text) == []


def test_strikes_in_support_told_as_done_stay() -> None:
    text = "دعم التحالف القوات الكردية بضربات جوية استهدفت مدينة منبج يوم 10 آب 2016 وقتل فيها 5 مسلحين."
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij")]
