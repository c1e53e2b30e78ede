"""A side named after a count of time from another happening written after the trigger (بعد نحو شهرين من انطلاق
الطائرة الإيرانية، بعد ثلاثة أيام على الغارات الأمريكية، بعد مرور عام على، بعد ساعات فقط من) is in that happening: it
is never the attack's actor. A side before the count, or an attack told inside the count itself (وجاء ذلك بعد يومين
من قصف الطيران الروسي), keeps its side."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وتعرض مطار الطبقة العسكري لضربة جوية يوم الأربعاء بعد نحو شهرين من انطلاق الطائرة الإيرانية المسيرة منه.",
         "Tabqa airbase"),
        ("وقصفت طائرات مجهولة مدينة منبج يوم الأربعاء بعد ثلاثة أيام على الغارات الأمريكية على المدينة.", "Manbij"),
        ("وقصفت طائرات مجهولة مدينة منبج يوم الأربعاء بعد مرور عام على هجوم شنه تنظيم داعش على المدينة.", "Manbij"),
        ("وقصفت طائرات مجهولة مدينة منبج يوم الأربعاء بعد ساعات فقط من هجوم شنه تنظيم داعش على المدينة.", "Manbij"),
        ("وقصفت طائرات مجهولة مدينة منبج يوم الأربعاء بعد بضع ساعات من هجوم شنه تنظيم داعش على المدينة.", "Manbij"),
    ],
    ids=["about-two-months-from", "three-days-on", "a-year-elapsed-on", "hours-only-from", "a-few-hours-from"],
)
def test_a_side_of_the_happening_counted_from_is_no_actor(text: str, place: str) -> None:
    assert _events(text) == [("airstrike", "2016-08-10", place, None)]


def test_the_side_before_the_count_stays_the_actor() -> None:
    text = "وقصفت الطائرات الروسية مدينة منبج يوم الأربعاء بعد يومين من هجوم شنه تنظيم داعش على المدينة."
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", "Russia")]


def test_an_attack_told_inside_the_count_keeps_its_side() -> None:
    text = "وجاء ذلك بعد يومين من قصف الطيران الروسي لمدينة منبج يوم الأربعاء."
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", "Russia")]
