"""A call for an attack told by a participle or a verb of appealing before its trigger (مطالبا التحالف بقصف مواقعهم،
مناشدا الطيران استهداف تجمعاتهم، داعيا إلى ضرب مواقعهم) asks for an attack that has not happened: no event. A strike
told as done before the appeal is still an attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2015, 7, 21))


@pytest.mark.parametrize(
    "text",
    [
        "وقال المسؤول إن القوات تقدمت في محافظة الأنبار، مناشدا التحالف زيادة طلعاته الجوية لاستهداف مواقع التنظيم.",
        "وقال المسؤول إن القوات تقدمت في محافظة الأنبار، مطالبا التحالف الدولي بقصف مواقع التنظيم في الرمادي.",
        "وقال المسؤول إن القوات تقدمت في محافظة الأنبار، داعيا التحالف الدولي إلى قصف مواقع التنظيم في الرمادي.",
        "وناشد شيوخ العشائر أمس طيران التحالف استهداف تجمعات المسلحين في مدينة الرمادي.",
    ],
    ids=["appealing", "demanding", "calling", "appealing-verb"],
)
def test_a_call_for_strikes_is_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_strike_told_before_an_appeal_is_an_attack() -> None:
    text = "وشنت طائرات التحالف أمس غارات على مدينة الرمادي، وناشد المحافظ السكان البقاء في منازلهم."
    assert _events(text) == [("airstrike", "2015-07-20", "Ramadi")]
