"""Attacks in the plural told over the last days without خلال (شن التنظيم الأيام الماضية هجمات على المدينة)
are several attacks over those days, not one, even without a toll; one attack of late (شن في الأيام الأخيرة
هجوما جديدا) stays."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وشن تنظيم داعش الأيام الماضية هجمات على مدينة بيجي.",
        "وشنت الطائرات في الأيام القليلة الماضية غارات على مدينة بيجي.",
    ],
    ids=["attacks-in-the-last-days", "raids-in-the-last-few-days"],
)
def test_attacks_over_the_last_days_are_no_attack(text: str) -> None:
    assert typed_events(text) == []


def test_one_attack_of_late_stays() -> None:
    text = "وشن تنظيم داعش في الأيام الأخيرة هجوما جديدا على مدينة بيجي."
    assert typed_events(text) == [("ground_attack", None, "Bayjī")]
