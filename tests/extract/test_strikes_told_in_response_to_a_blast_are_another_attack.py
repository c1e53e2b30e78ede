"""Strikes told as the response to an attack (وجاءت الغارة استجابة لانفجار عبوة: `cause.replies`) answer that
attack: it is another event, of its own type, place and toll, never merged into the strikes."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

TEXT = ("قتل ثلاثة فلسطينيين في غارة جوية إسرائيلية على قطاع غزة مساء السبت بعد جرح جنديين إسرائيليين بعبوة قرب "
        "الحدود. وجاءت الغارة استجابة لانفجار عبوة ناسفة قرب مدينة غزة، السبت، ما أدى إلى جرح جنديين إسرائيليين.")


def test_the_strike_and_the_blast_it_answers_are_two_events() -> None:
    events = [(e.event_type, e.date, e.place, e.actor, e.killed)
              for e in extract_article(article(TEXT, dt.date(2018, 2, 18)))]
    assert events == [("airstrike", "2018-02-17", "Gaza Strip", "Israel", 3),
                      ("bombing", "2018-02-17", "Gaza", None, None)]
