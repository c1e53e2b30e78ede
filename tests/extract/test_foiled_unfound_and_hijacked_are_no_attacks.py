"""An attack foiled (أحبطت قوات التحالف هجوما للحوثيين) or of which no evidence was found (لم يعثروا على أي دليل
على وقوع هجوم كيميائي) did not happen, and an airliner hijacked (اختطاف الطائرة الأميركية) is no air strike. A
strike told after a kidnapping still is one."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "والثلاثاء أحبطت قوات التحالف هجوما للحوثيين على ناقلة نفط سعودية قرب ميناء الحديدة.",
        "وقال الخبراء إنهم لم يعثروا على أي دليل على وقوع هجوم كيميائي في مدينة دوما يوم السبت.",
        "ولم يعثر المحققون على أي دليل على هجوم بالغاز استهدف مدينة دوما يوم السبت.",
        "وفي 14 يونيو 1985 جرى اختطاف الطائرة الأميركية واحتجاز ركابها في مطار بيروت.",
    ],
    ids=["attack-foiled", "no-evidence-found", "no-evidence-found-singular", "airliner-hijacked"],
)
def test_no_attack_is_told(text: str) -> None:
    assert typed_events(text) == []


def test_a_strike_after_a_kidnapping_stays() -> None:
    text = "وقصفت الطائرات يوم الأحد بلدة تل رفعت بعد اختطاف جنديين."
    assert typed_events(text) == [("airstrike", "2016-08-07", "Tall Rif‘at")]
