"""A side named by a name that is a side only in some texts: the federal police (الشرطة الاتحادية) are Iraq's forces
in an article about Iraq and no side elsewhere; America by its short name (أمريكا) is the US only as a verb's subject
or named as who did it (الغارات التي نفذتها أمريكا), a place otherwise (القنصل بأمريكا)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SUNDAY = dt.date(2015, 7, 28)


def _sides(text: str) -> list[tuple]:
    return [(e.event_type, e.actor, e.killed) for e in extract_article(article(text, SUNDAY))]


def test_the_federal_police_in_iraq_are_iraqi_forces() -> None:
    text = ("وفي محور حصيبة الشرقية شرق الرمادي تقدمت قوات من الشرطة الاتحادية بعد اشتباكات مع داعش قتل فيها 35 "
            "من عناصر التنظيم.")
    assert _sides(text) == [("ground_attack", "Iraqi forces", 35)]


def test_the_federal_police_elsewhere_are_no_side() -> None:
    text = "وقتل خمسة مسلحين في اشتباكات مع الشرطة الاتحادية في ولاية تاماوليباس المكسيكية يوم الأحد."
    assert _sides(text) == [("ground_attack", None, 5)]


def test_strikes_america_carried_out_are_the_us() -> None:
    text = ("وقال المسؤول إنه لا توجد إشارات على عمليات انتقامية للنظام السوري أو روسيا بعد الغارات التي نفذتها أمريكا "
            "وبريطانيا وفرنسا ضد أهداف في دمشق فجر الأحد.")
    assert _sides(text) == [("airstrike", "US", None)]


def test_america_as_a_place_is_no_side() -> None:
    text = "وأكد القنصل السعودي بأمريكا أن المبتعث الذي عثر على جثته الأحد في جامعة بولاية كانساس قتل برصاص مجهول."
    assert _sides(text) == [("ground_attack", None, None)]
