"""An attack told with its purpose of driving a side out or taking a place (لطرد، للسيطرة: `campaign.purposes`) a few
words after its trigger, past its side, its target and a month (هاجمت تركيا بلدة عفرين في مارس لطرد الفصائل، هجمات قوات
المعارضة للسيطرة على مدينة درعا), is an offensive as a whole: an event only on the day it began."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events

PUBLISHED = dt.date(2018, 4, 6)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "وحذرت الولايات المتحدة من عودة التنظيم عندما هاجمت تركيا بلدة عفرين في مارس لطرد الفصائل الكردية من هناك.",
        "ويكثر الحديث عن المدينة منذ هجمات قوات المعارضة للسيطرة على مدينة درعا.",
    ],
    ids=["an-offensive-of-a-month", "attacks-to-take-a-city"],
)
def test_an_offensive_told_by_its_purpose_is_no_event(text: str) -> None:
    assert typed_events(text, PUBLISHED) == []


def test_one_told_on_its_day_stays() -> None:
    text = "وشنت الفصائل هجوما على بلدة مورك يوم الأربعاء لطرد قوات النظام منها."
    assert typed_events(text, PUBLISHED) == [("ground_attack", "2018-04-04", "Mūrak")]
