"""An attack dated to a night of two days (بعد منتصف ليل الخميس: Thursday to Friday) told in the sentence right
after an attack of its type on one of those days at the same place, neither telling other dead, is that attack
told again: one event, dated by the day. A sentence between them keeps two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

DAY = "نفذ طيران التحالف الجمعة غارات جوية على جسرين في محافظة دير الزور.\n"
NIGHT = "وقال المرصد إن الجسرين تهدما جراء استهدافهما بغارات جوية بعد منتصف ليل الخميس في محافظة دير الزور."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2016, 7, 23)))]


def test_the_night_told_next_is_the_days_strike() -> None:
    assert _events(DAY + NIGHT) == [("airstrike", "2016-07-22", "2016-07-22", "Deir ez-Zor", None)]


def test_a_sentence_between_keeps_two() -> None:
    text = DAY + "وتقدمت القوات الحكومية في ريف حمص.\n" + NIGHT
    assert _events(text) == [("airstrike", "2016-07-22", "2016-07-22", "Deir ez-Zor", None),
                             ("airstrike", "2016-07-21", "2016-07-22", "Deir ez-Zor", None)]
