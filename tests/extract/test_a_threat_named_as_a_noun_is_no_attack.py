"""A threat named by its noun up to three words before a trigger (إثر التهديدات الأمريكية بتنفيذ ضربات جوية، تنفيذ
تهديداتها بشن غارات) is what was threatened, as its verb is (هددت بشن غارات); a strike told as done before the
threat is still an attack. A threatening participle before a trigger (مهددا بتوجيه ضربة، متوعدا بقصف) tells a
threat too."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2018, 4, 11))


@pytest.mark.parametrize(
    "text",
    [
        "وأخلى الجيش مطارات عسكرية قرب دمشق إثر التهديدات الأمريكية بتنفيذ ضربات جوية.",
        "وتراجعت الحكومتان عن تنفيذ تهديداتهما بشن غارات جوية على مواقع في مدينة حمص عام 2013.",
    ],
    ids=["threats-of-strikes", "threats-not-carried-out"],
)
def test_threatened_strikes_are_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_strike_told_before_a_threat_is_an_attack() -> None:
    text = "وشنت الطائرات الحربية أمس غارات على مدينة إدلب بعد تهديدات أطلقها قادة الفصائل."
    assert _events(text) == [("airstrike", "2018-04-10", "Idlib")]


@pytest.mark.parametrize(
    "text",
    [
        "ووصل الرئيس الأمريكي إلى الرياض أمس، مهددا بتوجيه ضربة عسكرية إلى مواقع في مدينة حمص.",
        "وخرج المتحدث باسم الحرس الثوري أمس متوعدا بقصف مواقع المسلحين في مدينة إدلب.",
    ],
    ids=["threatening", "vowing"],
)
def test_a_threat_told_by_a_participle_is_no_attack(text: str) -> None:
    assert _events(text) == []
