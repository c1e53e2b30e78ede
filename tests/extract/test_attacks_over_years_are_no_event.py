"""Attacks dated to a span of years (عامي 2014 و2015، بين عامي 2011 و2014، في التسعينات) are attacks told together
over a period or a history, never one attack: no event; one dated to a single year stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "نفذت القوات الحكومية ثلاث هجمات بغاز الكلور على قرى في ريف إدلب عامي 2014 و2015.",
        "سيطرت جماعة مسلحة على مدينة درنة بين عامي 2011 و2014.",
        "شنت الطائرات غارات على مدينة حلب في التسعينات.",
    ],
    ids=["two-years", "between-two-years", "a-decade"],
)
def test_attacks_over_years_tell_no_event(text: str) -> None:
    assert _events(text) == []


def test_an_attack_of_one_year_stays() -> None:
    text = "شنت الطائرات غارة على مدينة حلب عام 2015."
    assert _events(text) == [("airstrike", "2015", "year", "Aleppo")]
