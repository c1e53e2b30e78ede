"""Settlers storming or entering a holy site or a compound (اقتحم مئات المستوطنين باحات المسجد) is no attack of
war: without a toll, a ground attack verb in a clause that names settlers tells no event. A settler's shooting
with its dead stays, and so does a storming by soldiers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "واقتحم مئات المستوطنين صباح الأحد باحات المسجد في مدينة الخليل تحت حراسة الشرطة.",
        "وقالت الأوقاف إن نحو 120 مستوطنا اقتحموا المسجد في مدينة الخليل يوم الخميس.",
        "واقتحمت مجموعة من المستوطنين يوم الأربعاء ساحة الحرم في مدينة الخليل ورفعت أعلاما.",
    ],
    ids=["hundreds-of-settlers", "settlers-counted", "a-group-of-settlers"],
)
def test_settlers_storming_a_site_tell_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_settlers_shooting_with_its_dead_stays() -> None:
    text = "وفتح مستوطن النار على مصلين في مدينة الخليل يوم الخميس فقتل ثلاثة منهم."
    assert _events(text) == [("ground_attack", "2016-08-11", "Hebron", 3)]


def test_a_storming_by_soldiers_stays() -> None:
    text = "واقتحمت قوات الاحتلال يوم الخميس مدينة الخليل."
    assert _events(text) == [("ground_attack", "2016-08-11", "Hebron", None)]
