"""A killing told as what a side achieved (تمكنت الشرطة من قتل، نجحت القوات في قتل، استطاعت القوات قتل، تمكنت القوات
من تصفية), its side or its day between the verb and the killing too, is a ground attack, its dead the toll; negated
(لم تتمكن القوات من قتل) or told over a campaign (منذ بدء العملية) it is none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المرصد إن الشرطة العراقية تمكنت أمس من قتل خمسة مسلحين في مدينة الرمادي.",
         [("ground_attack", "2016-08-11", "Ramadi", None, 5)]),
        ("وتمكنت قوات الأمن العراقية صباح أمس خلال عملية مباغتة من قتل سبعة من عناصر التنظيم في مدينة الرمادي.",
         [("ground_attack", "2016-08-11", "Ramadi", "Iraqi forces", 7)]),
        ("ونجحت القوات العراقية أمس في قتل ثلاثة مسلحين في مدينة الفلوجة.",
         [("ground_attack", "2016-08-11", "Al Fallūjah", "Iraqi forces", 3)]),
        ("واستطاعت القوات العراقية أمس قتل ثلاثة مسلحين في مدينة الفلوجة.",
         [("ground_attack", "2016-08-11", "Al Fallūjah", "Iraqi forces", 3)]),
        ("وتمكنت القوات العراقية يوم 10 آب 2016 من تصفية عشرة مسلحين في مدينة الفلوجة.",
         [("ground_attack", "2016-08-10", "Al Fallūjah", "Iraqi forces", None)]),
    ],
    ids=["achieved-day-between", "achieved-side-day-and-operation-between", "succeeded", "was-able",
         "liquidated"],
)
def test_a_killing_achieved_by_a_side_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ولم تتمكن القوات العراقية من قتل أي مسلح في مدينة الفلوجة أمس.",
        "وقال إن القوات العراقية تمكنت منذ بدء العملية من قتل 500 مسلح في محافظة الأنبار.",
    ],
    ids=["negated", "a-campaigns-total"],
)
def test_a_killing_not_achieved_or_summed_up_is_no_attack(text: str) -> None:
    assert _events(text) == []
