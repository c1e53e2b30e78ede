"""A plan, a plot or an intention (خططوا، أحبطت مخططا) reaches a trigger noun anywhere after it in its clause, past a
list of aims (خططوا ... لنشر الفوضى وإثارة الذعر وتفجير ثلاث كنائس): what was planned is no attack. An attack the plan
word describes as done (التفجير الذي خطط له ... أودى بحياة 20) stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الشرطة يوم 10 آب 2016 القبض على 12 شخصا خططوا من خارج البلاد لنشر الفوضى وإثارة الذعر وتفجير ثلاث"
        " كنائس في مدينة حلب.",
        "قالت الوزارة إن أجهزة الأمن أحبطت يوم 10 آب 2016 مخططا للتنظيم كان يهدف إلى زعزعة الاستقرار واستهداف"
        " مقرات أمنية في مدينة حمص.",
    ],
    ids=["planned-past-a-list-of-aims", "a-foiled-plot"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


def test_an_attack_planned_and_done_stays() -> None:
    text = "قالت الوزارة إن التفجير الذي خطط له التنظيم في مدينة حمص يوم 10 آب 2016 أودى بحياة 20 شخصا."
    assert _events(text) == [("bombing", "2016-08-10", "Homs", 20)]
