"""A chronology entry telling rockets fired from a place (إطلاق عشرات الصواريخ ليلا من سوريا على الجولان) takes no
side from the other entries when their one side strikes with missiles from afar: that side is rather the one
struck."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

TEXT = """وفي ما يلي أبرز الغارات الإسرائيلية في سوريا:
30 كانون الثاني/يناير: قصف الطيران الإسرائيلي موقعا لصواريخ أرض-جو قرب دمشق.
8 أيار/مايو: مقتل 15 مقاتلا في ضربة ليلية نسبت إلى إسرائيل واستهدفت مستودع أسلحة في منطقة الكسوة جنوب دمشق.
9 و10 أيار/مايو: إطلاق عشرات الصواريخ ليلا من سوريا على القسم المحتل من هضبة الجولان."""


def test_the_rockets_fired_at_the_side_are_not_its() -> None:
    events = extract_article(article(TEXT, dt.date(2018, 5, 10)))
    fired = [e for e in events if "إطلاق عشرات الصواريخ" in e.evidence]
    assert [(e.event_type, e.place, e.actor) for e in fired] == [("shelling", "Golan Heights", None)]
    assert {e.actor for e in events if e not in fired} == {"Israel"}
