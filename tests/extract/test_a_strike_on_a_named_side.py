"""A strike verb in the past tense with a side named as its target after it (استهدفت الفصائل مواقع قوات
النظام) tells an attack though its doer is not a known side; not in the present (تستهدف: what a side
does), nor when its subject is an attack told before (الضربة استهدفت، استهدف الاعتداء، الحادث الذي
استهدف)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي سياق آخر استهدفت كتائب محلية مواقع قوات النظام في مدينة منبج.",
         [("shelling", None, "Manbij", None)]),
        ("وكان مجهولون قد قصفوا يوم 10 آب 2016 مواقع لتنظيم داعش قرب مدينة منبج.",
         [("shelling", "2016-08-10", "Manbij", None)]),
        ("وذكر ناشطون أن مسلحين ضربوا مقرا لقوات النظام في مدينة منبج.",
         [("shelling", None, "Manbij", None)]),
    ],
    ids=["factions-targeted-army-positions", "unknown-shelled-isis-dated", "gunmen-hit-a-base"],
)
def test_a_past_strike_on_a_named_side_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتستهدف كتائب محلية مواقع قوات النظام في مدينة منبج.",
        "وقال مصدر إن الضربة استهدفت مواقع قوات النظام في مدينة منبج.",
        "واستهدف الاعتداء مواقع قوات النظام في مدينة منبج.",
        "وقال المسؤول إن الحادث الذي استهدف يوم 10 آب 2016 مواقع قوات النظام في مدينة منبج كان مدبرا.",
        "وقال الوزير إن الحكومة استهدفت مواقع قوات النظام في خطتها.",
    ],
    ids=["present-tense", "definite-strike-before", "attack-word-after", "relative-clause", "no-place"],
)
def test_no_new_attack(text: str) -> None:
    assert _events(text) == []
