"""A sentence that tells a total over a period gives no toll to the event told before it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

CLASHES = "دارت اشتباكات الاثنين بين القوات الحكومية والفصائل على أطراف بلدة الطيبة."


def _tolls(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_total_since_the_offensive_began_is_not_the_clashes_toll() -> None:
    total = "وأدى القصف الجوي والمدفعي على ريف حماة إلى مقتل أكثر من 900 مدني منذ بدء الهجوم، بحسب المرصد."
    assert _tolls(CLASHES + "\n" + total) == [("ground_attack", "2016-08-08", None)]


def test_the_incident_told_again_still_gives_its_toll() -> None:
    toll = "وأسفر الحادث عن مقتل ثلاثة مدنيين."
    assert _tolls(CLASHES + "\n" + toll) == [("ground_attack", "2016-08-08", 3)]


def test_a_comparison_since_an_onset_keeps_the_incidents_toll() -> None:
    toll = "وأدى الحادث إلى مقتل جندي، في أسوأ وضع منذ بدء عملية السلام."
    assert _tolls(CLASHES + "\n" + toll) == [("ground_attack", "2016-08-08", 1)]
