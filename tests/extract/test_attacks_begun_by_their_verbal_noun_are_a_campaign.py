"""A verb of beginning whose object is a launching verbal noun, its subject between (بدأت القوات أيضا في شن هجمات):
the attacks begun are a campaign, an event only on the day it began, as with the verb right before the trigger."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.actor)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وبدأت قوات الحكومة أيضا في شن هجمات على المسلحين في ريف حلب في آذار.",
        "وبدأ الجيش التركي في شن غارات على مواقع الحزب في شمال العراق في حزيران.",
    ],
    ids=["attacks-begun-in-a-month", "strikes-begun-in-a-month"],
)
def test_attacks_begun_in_a_month_are_a_campaign(text: str) -> None:
    assert _events(text) == []


def test_an_attack_begun_on_a_day_is_the_attack_of_that_day() -> None:
    assert _events("وبدأت قوات النظام في شن هجوم على مدينة منبج يوم الأحد.") == [
        ("ground_attack", "2016-08-07", "day", "Manbij", "Syrian army")]


def test_attacks_launched_in_a_month_without_a_beginning_stay_an_attack() -> None:
    assert _events("وشنت قوات النظام هجوما على مدينة منبج في آذار.") == [
        ("ground_attack", "2016-03", "month", "Manbij", "Syrian army")]
