"""Merging: a bombardment told from the air and the ground in one (غاراته الجوية والمدفعية) and an air strike or
shelling told at the same spot the same day without other dead are one bombardment."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2018, 4, 21)))]


@pytest.mark.parametrize("both", ["غاراته الجوية والمدفعية", "الغارات الجوية والقصف المدفعي"])
def test_the_shelling_told_again_is_the_bombardment(both: str) -> None:
    text = (f"كثف الجيش السوري {both} على مخيم اليرموك جنوب دمشق الجمعة. "
            "وواصلت قوات النظام السوري الجمعة قصفها المكثف على مخيم اليرموك.")
    assert events(text) == [("airstrike", "2018-04-20", "al-Yarmūk")]


def test_air_strikes_alone_and_a_shelling_stay_two() -> None:
    text = ("كثف الجيش السوري غاراته الجوية على مخيم اليرموك جنوب دمشق الجمعة. "
            "وواصلت قوات النظام السوري الجمعة قصفها المدفعي على مخيم اليرموك.")
    assert events(text) == [("airstrike", "2018-04-20", "al-Yarmūk"), ("shelling", "2018-04-20", "al-Yarmūk")]


def test_a_shelling_of_another_day_stays_apart() -> None:
    text = ("كثف الجيش السوري غاراته الجوية والمدفعية على مخيم اليرموك جنوب دمشق الجمعة. "
            "وكانت قوات النظام السوري قصفت مخيم اليرموك بالمدفعية يوم الأربعاء.")
    assert events(text) == [("airstrike", "2018-04-20", "al-Yarmūk"), ("shelling", "2018-04-18", "al-Yarmūk")]
