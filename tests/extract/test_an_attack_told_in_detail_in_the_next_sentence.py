"""An attack told by a generic word at a governorate (هجوم شنه التنظيم على قرية بمحافظة حلب) and, in the very
next sentence, by its kind at a place inside it without a date expression or other dead (فجر انتحاري نفسه
في موقع بريف حلب الشمالي) is one attack told in detail: one event of the named kind. A detail sentence
that opens with its own place, or tells other dead, stays its own attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.place, e.killed) for e in extract_article(article(text, dt.date(2015, 8, 9)))]


def test_the_detail_of_the_lead_is_the_lead() -> None:
    assert _events(
        "قال المرصد إن تنظيم داعش قتل 30 مقاتلا في هجوم شنه على قرية بمحافظة حلب.",
        "وقال مدير المرصد إن انتحاريا من التنظيم فجر نفسه في موقع عسكري في قرية بريف حلب الشمالي.",
    ) == [("bombing", "Aleppo", 30)]


def test_a_detail_with_other_dead_stays_apart() -> None:
    assert len(_events(
        "قال المرصد إن تنظيم داعش قتل 30 مقاتلا في هجوم شنه على قرية بمحافظة حلب.",
        "وقال مدير المرصد إن انتحاريا فجر نفسه في موقع عسكري في قرية بريف حلب الشمالي ما أدى إلى مقتل 5.",
    )) == 2
