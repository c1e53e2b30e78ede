"""Merging: an attack told as a reply (ويرد التنظيم بإطلاق قذائف) to an attack whose event names a side is by that
side's enemy: it never becomes one event with another attack of that side told the same day."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

BEFORE = ("واصلت قوات النظام السوري الجمعة قصفها المكثف على مخيم اليرموك جنوب دمشق. وقال المرصد إن قوات النظام "
          "كثفت الجمعة قصفها على حي الحجر الأسود في جنوب دمشق. وأوردت الوكالة الرسمية الجمعة أن سلاح المدفعية في "
          "الجيش السوري واصل ضرب تحصينات الإرهابيين في جنوب دمشق. ")


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 4, 21)))]


def test_the_reply_keeps_its_dead_apart_from_the_side_it_answers() -> None:
    text = BEFORE + "ويرد التنظيم بإطلاق قذائف على الأحياء المجاورة، ما تسبب الجمعة بمقتل مدني."
    assert events(text) == [("shelling", "2018-04-20", "al-Yarmūk", "Syrian army", None),
                            ("shelling", "2018-04-20", "Al-Hajar al-Aswad", "Syrian army", None),
                            ("shelling", "2018-04-20", None, None, 1)]


def test_a_telling_that_is_no_reply_still_completes_the_attack() -> None:
    text = BEFORE + "وتسبب القصف الجمعة بمقتل مدني في حي الحجر الأسود."
    assert events(text) == [("shelling", "2018-04-20", "al-Yarmūk", "Syrian army", None),
                            ("shelling", "2018-04-20", "Al-Hajar al-Aswad", "Syrian army", 1)]
