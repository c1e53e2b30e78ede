"""A weak trigger (الطائرات، المدفعية) followed in its clause by an indefinite strong noun of its own type
(غارات، براميل، قذائف) tells a new strike, even when the weak word is definite: undated and without a
side, it is kept at its place. Not when the strong noun is definite too (الغارات: told before), nor when
the strike is a habit told in the present."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشن الطيران غارات على مواقع للمسلحين في بلدة الباب.",
         [("airstrike", None, None, "Al-Bab", None)]),
        ("وقال ناشطون إن الطائرات المروحية ألقت براميل متفجرة على أحياء في مدينة داريا.",
         [("airstrike", None, None, "Dārayyā", None)]),
        ("وكانت الطائرات قد شنت غارات على مدينة تدمر.",
         [("airstrike", None, None, "Tadmur", None)]),
        ("قصفت المدفعية بقذائف الهاون مدينة منبج.",
         [("shelling", None, None, "Manbij", None)]),
    ],
    ids=["aviation-launched-strikes", "helicopters-dropped-barrels", "past-perfect", "artillery-fired-mortars"],
)
def test_a_strike_noun_after_a_definite_weak_subject_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "شن الطيران الغارات على مواقع للمسلحين في بلدة الباب.",
        "الطائرات تشن غارات يومية على مدينة تدمر.",
        "وتشن الطائرات منذ أشهر غارات على مدينة تدمر.",
    ],
    ids=["definite-strikes-told-before", "daily-habit", "ongoing-for-months"],
)
def test_no_new_attack(text: str) -> None:
    assert _events(text) == []


def test_the_lead_strikes_detailed_at_a_town_take_the_lead_day() -> None:
    text = ("شنت طائرات التحالف، السبت، غارات على مواقع الحوثيين في مدينة صعدة، كما استهدفت مراكز لهم على الساحل"
            " الغربي لليمن.\nوعلى جبهة الساحل الغربي، شنت طائرات التحالف ثلاث غارات على تجمعات للحوثيين في مدينة زبيد.")
    assert _events(text) == [
        ("airstrike", "2016-08-06", "publication", "Sa'dah", "Saudi-led coalition"),
        ("airstrike", "2016-08-06", "lead", "Zabīd", "Saudi-led coalition"),
    ]
