"""A capture named by its control noun after a word of after (بعد، عقب، إثر، بعيد), with على and its place (حصلت
الجماعة على أسلحة بعد سيطرتها على مدينة المكلا، بعد السيطرة على مرتفعات، عقب سيطرة الحوثيين على مدينة تعز), is
told as done before what the sentence tells: a ground attack. Power seized (عقب سيطرة الجماعة على السلطة), a fire or
a situation brought under control (بعد السيطرة على الحريق، عقب سيطرة قوات الأمن على الأوضاع) is no attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place)
            for e in extract_article(article(text, dt.date(2018, 6, 22)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت الجماعة قد حصلت على أسلحة كثيرة بعد سيطرتها على مدينة المكلا في 2 أبريل 2015.",
     ("ground_attack", "2015-04-02", "Mukalla")),
    ("وفرضت السلطات حظر التجول أول مرة بعد سيطرة التنظيم على مدينة الموصل في العاشر من حزيران 2014.",
     ("ground_attack", "2014-06-10", "Mosul")),
    ("وأعلنت الحكومة حظر التجول عقب سيطرة الحوثيين على مدينة تعز الأربعاء.",
     ("ground_attack", "2018-06-20", "Taiz")),
], ids=["possessed", "side-between", "after-uqb"])
def test_a_capture_told_before_another_happening_is_an_attack(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_power_seized_is_no_attack() -> None:
    assert _events("وتدهور الاقتصاد عقب سيطرة الجماعة على السلطة في سبتمبر 2014.") == []


@pytest.mark.parametrize("text", [
    "أعلن الدفاع المدني أمس إخماد النيران بعد السيطرة على الحريق الذي اندلع في مصفاة بيجي.",
    "عادت الحياة إلى طبيعتها في مدينة كركوك الأحد بعد السيطرة على الوضع الأمني.",
    "عاد الهدوء إلى مدينة كركوك أمس عقب سيطرة قوات الأمن على الأوضاع.",
], ids=["a-fire", "the-situation", "the-situations-side-between"])
def test_a_fire_or_a_situation_brought_under_control_is_no_attack(text: str) -> None:
    assert _events(text) == []
