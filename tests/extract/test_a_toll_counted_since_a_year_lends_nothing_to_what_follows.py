"""A toll counted since a year or a month, written before the clause's attacks and places (لقي أكثر من 1800 صحفي
مصرعهم منذ عام 1995، قتل 310 أشخاص منذ 2016 في اعتداءات), sums up that time: what the sentence tells after the
comma that joins the next clause by و is read without it, with its own day and toll (a warning: nothing; raids on
a town on Thursday: that attack, without the total's dead), and with no such comma the clause tells no attack. A
state a place is in since a year (دوما المحاصرة منذ 2013), a since today (dated today) and a superlative's baseline
leave the attack and its toll as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 7, 13)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لقي أكثر من 1800 صحفي مصرعهم منذ عام 1995، وتحذر منظمات اليوم الجمعة من تزايد استهداف الصحفيين.", []),
        ("وقتل 310 أشخاص منذ 2016 في اعتداءات شهدتها البلاد، ويستعد البلد لعطلة السبت.", []),
        ("قتل 400 مدني منذ آذار في الغارات على البلدة، وشنت الطائرات الخميس غارات على بلدة سقبا.",
         [("airstrike", "2018-07-12", "Saqba", None)]),
        ("قتل خمسة أشخاص في مدينة دوما المحاصرة منذ 2013 جراء غارات الخميس.",
         [("airstrike", "2018-07-12", "Dūmā", 5)]),
        ("وقتل خمسة أشخاص منذ صباح اليوم في غارات على مدينة دوما.", [("airstrike", "2018-07-13", "Dūmā", 5)]),
        ("وفي الحصيلة الأعلى منذ عام 2016، قتل 30 شخصا في غارات على مدينة دوما يوم الخميس.",
         [("airstrike", "2018-07-12", "Dūmā", 30)]),
    ],
    ids=["a-warning-after-the-total", "a-total-since-a-bare-year", "raids-of-their-own-day-after-the-total",
         "a-place-besieged-since", "since-this-morning", "a-superlatives-baseline"],
)
def test_a_toll_counted_since_a_year_is_a_total(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
