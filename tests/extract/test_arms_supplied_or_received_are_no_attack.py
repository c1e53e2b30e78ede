"""Arms supplied or received (بإمداد الميليشيات بصواريخ سكود، بتزويد الحوثيين بصواريخ، ميناء لتلقي السلاح والصواريخ)
tell no attack: no event; a strike on supply lines, one told after supply routes were cut, or one whose wounded were
sent to receive treatment (لتلقي العلاج), stays."""

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
        "وفرضت واشنطن يوم 10 آب 2016 عقوبات على دمشق بسبب قيامها بإمداد ميليشيات حزب الله في لبنان بصواريخ سكود.",
        "واتهمت الحكومة يوم 10 آب 2016 إيران بتزويد الحوثيين بصواريخ باليستية في مدينة صعدة.",
        "وقال الوزير يوم 10 آب 2016 إن الحوثيين يستخدمون ميناء الحديدة لتلقي السلاح والصواريخ من إيران.",
    ],
    ids=["supplied", "furnished", "received"],
)
def test_arms_supplied_or_received_tell_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_strike_on_supply_lines_stays() -> None:
    text = "وقصفت الطائرات يوم 10 آب 2016 خطوط تزويد التنظيم بالسلاح قرب مدينة منبج ما أسفر عن مقتل ثلاثة."
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", 3)]


def test_shelling_after_supply_routes_were_cut_stays() -> None:
    text = "وقطعت القوات يوم 10 آب 2016 طرق إمداد التنظيم بعد قصف مدفعي على مدينة منبج أسفر عن مقتل ثلاثة."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", 3)]


def test_a_shelling_whose_wounded_were_sent_for_treatment_stays() -> None:
    text = "ونقل ثلاثة جرحى يوم 10 آب 2016 إلى تركيا لتلقي العلاج بعد إصابتهم في قصف مدفعي على مدينة منبج."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", None)]


def test_a_missile_strike_whose_wounded_were_sent_for_treatment_stays() -> None:
    text = "ونقل ثلاثة جرحى يوم 10 آب 2016 إلى تركيا لتلقي العلاج بعد إصابتهم بصواريخ أطلقها التنظيم على مدينة منبج."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", None)]
