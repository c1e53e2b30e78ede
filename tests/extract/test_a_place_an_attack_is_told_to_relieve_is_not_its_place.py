"""Placing: a place written after a phrase of relieving it (بهدف التخفيف من الضغط على الزبداني، لتخفيف الضغط عن
مدينة س) is the one an attack elsewhere is told to relieve, never the attack's place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 7, 24)))]


@pytest.mark.parametrize("text", [
    "وبهدف التخفيف من الضغط على الزبداني، شن مقاتلو المعارضة يوم أمس هجوما جديدا على مواقع قوات النظام في مدينة النبك.",
    "شن مقاتلو المعارضة يوم أمس هجوما جديدا على مواقع قوات النظام في مدينة النبك لتخفيف الضغط عن مدينة الزبداني.",
])
def test_the_relieved_town_is_not_the_attack_place(text: str) -> None:
    assert events(text) == [("ground_attack", "2015-07-23", "An Nabk")]


def test_the_attack_elsewhere_stays_apart_from_a_strike_on_the_relieved_town() -> None:
    text = ("وبهدف التخفيف من الضغط على الزبداني، شن مقاتلو المعارضة يوم أمس هجوما جديدا على مواقع قوات النظام في "
            "مدينة النبك. وشن الطيران الحربي يوم أمس غارات على مدينة الزبداني.")
    assert events(text) == [("ground_attack", "2015-07-23", "An Nabk"), ("airstrike", "2015-07-23", "Az Zabadānī")]


def test_pressure_on_a_town_told_as_the_attack_is_its_place() -> None:
    text = "صعدت قوات النظام يوم أمس الضغط على مدينة الزبداني بقصف مدفعي عنيف."
    assert events(text) == [("shelling", "2015-07-23", "Az Zabadānī")]
