"""A present verb of dealing blows among the three words after a trigger noun (في أحدث ضربة توجهها القوات للمتمردين)
tells the blows a side deals in general, a carrying-out word of ``[campaign] carried_out``, not one attack; a blow
dealt in the past (ضربة جوية وجهها التحالف) is one."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 7, 22)))]


def test_the_latest_blow_a_side_deals_is_no_attack() -> None:
    text = ("وذكر التحالف أن نحو 80 مسلحا من ميليشيات الحوثي قتلوا في محافظة صعدة، خلال اليومين الماضيين، في أحدث "
            "ضربة توجهها القوات اليمنية للمتمردين.")
    assert _events(text) == []


def test_a_blow_dealt_on_its_day_is_an_attack() -> None:
    text = "وقتل خمسة مسلحين الأحد في ضربة جوية وجهها التحالف لمواقع التنظيم في ريف دير الزور."
    assert _events(text) == [("airstrike", "2018-07-22", "Rural Deir ez-Zor", "International coalition", 5)]
