"""Aircraft that drop leaflets anywhere after them in a clause without a toll (ألقت مروحيات حربية ... مناشير), an
aircraft that fell with a day told between (سقطت أمس طائرة حربية), an aircraft shown to its buyer or travelled by
(عرض أول طائرة مقاتلة، السفر جوا بالطائرات الخاصة) and bombs removed (إزالة أكثر من 200 عبوة ناسفة) are no attack;
barrels dropped with a toll, shells fallen from aircraft, a strike on travellers and a bomb that went off during
clearing stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وألقت مروحيات حربية تابعة للجيش يوم 10 آب 2016 مناشير على أحياء مدينة حلب تدعو المسلحين إلى الاستسلام.",
        "سقطت أمس طائرة حربية تابعة للجيش في سوق وسط مدينة حلب.",
        "تمكنت القوات يوم 10 آب 2016 من دخول بلدة دابق وإزالة أكثر من 200 عبوة ناسفة.",
    ],
    ids=["leaflets-dropped", "an-aircraft-fallen-yesterday", "bombs-removed"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 4 أشخاص حين ألقت مروحيات حربية يوم 10 آب 2016 براميل متفجرة على مدينة حلب.",
         [("airstrike", "2016-08-10", "Aleppo", 4)]),
        ("قتل 3 جنود في انفجار عبوة ناسفة أثناء إزالة الألغام في بلدة دابق يوم 10 آب 2016.",
         [("bombing", "2016-08-10", "Dabiq", 3)]),
    ],
    ids=["barrels-dropped", "a-bomb-during-clearing"],
)
def test_the_attack_stays(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'وأقامت الشركة احتفالا يوم 10 آب 2016 بمناسبة "عرض" أول طائرة مقاتلة لتركيا قبل تسليمها.',
        "وأنهت السلطات يوم 10 آب 2016 الإجراءات التي تخول 27 مصابا و9 جثث السفر جوا بالطائرات الخاصة بسلطنة عمان.",
    ],
    ids=["a-fighter-shown", "travel-by-private-aircraft"],
)
def test_an_aircraft_shown_or_travelled_by_is_no_strike(text: str) -> None:
    assert _events(text) == []


def test_a_strike_on_travellers_stays() -> None:
    text = "قتل 5 مدنيين يوم 10 آب 2016 أثناء السفر في قصف لطائرات النظام على الطريق قرب مدينة حلب."
    assert _events(text) == [("airstrike", "2016-08-10", "Aleppo", 5)]
