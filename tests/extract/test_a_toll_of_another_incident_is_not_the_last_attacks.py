"""A sentence without an attack of its own gives its toll to the attack told last (وأسفر القصف عن مقتل خمسة)
unless it names another incident right after its toll noun: a relative clause describing the noun at a place or a
day of its own (الهجوم الذي استهدف في مدينة سروج وأسفر عن سقوط 32 قتيلا، الاعتداء الذي نفذ في 20 حزيران), a day
other than the attack's (المجزرة في السجن عام 2008), a side's strikes in general (الغارات التي يشنها الطيران), or a
time since which (منذ التفجير في مدينة سروج)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)
LEAD = "قصفت المدفعية التركية يوم الأربعاء مواقع للحزب في شمال العراق. "
EXPECTED = ("shelling", "2016-07-13", "Northern Iraq", "Turkey")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت الحكومة إن هذه العملية هي رد على الهجوم الانتحاري الذي استهدف في مدينة سروج ناشطين أكرادا وأسفر عن"
        " سقوط 32 قتيلا.",
        "وتتواصل الهجمات منذ التفجير الانتحاري في مدينة سروج والذي أسفر عن مقتل 32 شخصا.",
        "وتبنى الحزب هذا الهجوم، الذي يأتي بعد سلسلة هجمات في مدينة سروج أوقعت 32 قتيلا الجمعة.",
        "وقال المرصد إن المجزرة في السجن عام 2008 أدت إلى مقتل 25 سجينا.",
        "وقتل 40 مسلحا في الغارات التي يشنها الطيران على الريف.",
    ],
    ids=["described-at-its-place", "since-an-incident", "after-a-series-elsewhere", "another-year",
         "strikes-in-general"],
)
def test_the_toll_of_another_incident_stays_apart(sentence: str) -> None:
    assert _events(LEAD + sentence) == [(*EXPECTED, None)]


def test_an_assault_described_on_its_day_is_its_own_attack() -> None:
    """The assault (اعتداء, an attack word since round 23) keeps its toll: its own event, not the lead's."""
    sentence = "لكن الاعتداء الذي نفذ في 20 حزيران في مدينة سروج وأوقع 32 قتيلا غير المعادلة."
    assert _events(LEAD + sentence) == [(*EXPECTED, None), ("ground_attack", "2016-06-20", "Suruç", None, 32)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأسفر القصف عن مقتل 12 مسلحا.",
        "وأسفر القصف الذي استهدف مواقع الحزب يوم الأربعاء عن مقتل 12 مسلحا.",
    ],
    ids=["the-attack-named-again", "described-on-the-attacks-day"],
)
def test_the_toll_of_the_attack_told_last_is_its(sentence: str) -> None:
    assert _events(LEAD + sentence) == [(*EXPECTED, 12)]
