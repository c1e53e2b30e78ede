"""A clause opening with a reply verb that tells its attack after the preposition of means (وردت القوات التركية
بقصف مواقع التنظيم) answers the attack just told: without a date of its own it takes the date of the last dated
attack of its sentence or the sentence before (basis ``lead``), never its place. Not another verb that reads
alike (وورد في البيان: it was said), nor an attack told two sentences on."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

ATTACK = "هاجم مسلحون من تنظيم داعش أمس موقعا عسكريا في بلدة الراعي، ما أسفر عن مقتل جنديين."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_reply_takes_the_date_of_the_attack() -> None:
    assert _events(f"{ATTACK} وردت القوات التركية بقصف مواقع التنظيم في الجانب الآخر من الحدود.") == [
        ("ground_attack", "2016-08-11", "publication", "Al-Rai", "ISIS"),
        ("shelling", "2016-08-11", "lead", None, "Turkey"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"{ATTACK} وورد في البيان أن القوات التركية قامت بقصف مواقع التنظيم.",
        f"{ATTACK} وقال الجيش إن الوضع هادئ. وردت القوات التركية بقصف مواقع التنظيم.",
    ],
    ids=["another-verb", "two-sentences-on"],
)
def test_no_reply(text: str) -> None:
    assert _events(text) == [("ground_attack", "2016-08-11", "publication", "Al-Rai", "ISIS")]
