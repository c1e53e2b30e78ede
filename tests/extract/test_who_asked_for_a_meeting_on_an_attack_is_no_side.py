"""A side named after «بطلب من» (at the request of) asked for a meeting or a session on the attack: it did not
strike, and with no other side named the attack has no actor."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2018, 5, 30)))]


def test_the_side_that_asked_for_the_meeting_is_no_actor() -> None:
    text = ("يجتمع مجلس الأمن الدولي الأربعاء بطلب من الولايات المتحدة لبحث إطلاق فصائل فلسطينية صواريخ وقذائف "
            "من غزة على إسرائيل.")
    assert _events(text) == [("shelling", "Gaza", None)]


def test_a_capital_that_asked_for_a_session_is_no_actor() -> None:
    text = "عقد مجلس الأمن جلسة طارئة بطلب من فرنسا لبحث إطلاق قذائف هاون من غزة على إسرائيل."
    assert _events(text) == [("shelling", "Gaza", None)]
