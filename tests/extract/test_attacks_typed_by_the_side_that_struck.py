"""A generic attack word named as the attack of a side that fights from the air (هجوم إسرائيلي،
هجمات أمريكية) is an airstrike, unless the phrase names that side's ground forces; a state whose
missiles strike from afar makes its missile attack an airstrike; and a suicide bomber counted among
the killed makes no bombing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 4 عسكريين في هجوم إسرائيلي على مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وقتل 4 عسكريين في هجمات أمريكية على مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وقتل 4 مسلحين في هجوم للقوات الأمريكية الخاصة على مدينة منبج يوم 10 آب 2016.", "ground_attack"),
        ("وقتل 4 عسكريين في هجوم لتنظيم داعش على مدينة منبج يوم 10 آب 2016.", "ground_attack"),
    ],
    ids=["attack-named-as-israeli", "attacks-named-as-american", "special-forces-on-the-ground", "ground-side"],
)
def test_generic_attack_typed_by_an_air_side(text: str, expected: str) -> None:
    assert [kind for kind, *_ in _events(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشن الحرس الثوري الإيراني هجوما صاروخيا على مقرات في مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وأطلق الحرس الثوري الإيراني صواريخ على مقرات في مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وشنت قوات النظام هجوما صاروخيا على مدينة منبج يوم 10 آب 2016.", "shelling"),
        ("واستهدفت صواريخ إسرائيلية مطارا عسكريا قرب مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وقتل 4 عسكريين في قصف صاروخي أمريكي على مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وقصفت قوات النظام مدينة منبج بصواريخ إيرانية الصنع يوم 10 آب 2016.", "shelling"),
    ],
    ids=["state-missile-attack", "state-missiles-fired", "rockets-across-a-front", "missiles-named-israeli",
         "missile-strike-named-american", "missiles-made-abroad"],
)
def test_missiles_of_a_state_that_strikes_from_afar(text: str, expected: str) -> None:
    assert [kind for kind, *_ in _events(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقتل 4 عسكريين في هجوم إسرائيلي على مدينة منبج يوم 10 آب 2016. "
         "وأسفر الهجوم عن تدمير مستودعات للذخيرة في المدينة.", "Manbij"),
        ("وقتل 4 عسكريين في هجوم إسرائيلي على مطار المزة يوم 10 آب 2016. "
         "وأسفر الهجوم بحسب الجيش الإسرائيلي عن تدمير 12 موقعا بالقرب من العاصمة دمشق.", "Mezzeh"),
    ],
    ids=["undated-retelling", "retelling-by-the-army-near-the-capital"],
)
def test_a_generic_retelling_joins_the_strike_it_names(text: str, place: str) -> None:
    assert _events(text) == [("airstrike", "2016-08-10", place, "Israel")]


@pytest.mark.parametrize(
    "text",
    [
        "وقتلت القوات العراقية 10 مسلحين بينهم انتحاري خلال اشتباكات في مدينة الرمادي يوم 10 آب 2016.",
        "وقتلت القوات العراقية 10 مسلحين بينهم ثلاثة انتحاريين في كمين قرب مدينة الرمادي يوم 10 آب 2016.",
        "وقتلت القوات العراقية 10 مسلحين بينهم 3 انتحاريين في كمين قرب مدينة الرمادي يوم 10 آب 2016.",
    ],
    ids=["one-bomber", "bombers-counted-in-words", "bombers-counted-in-digits"],
)
def test_suicide_bombers_among_the_killed_are_no_bombing(text: str) -> None:
    assert [kind for kind, *_ in _events(text)] == ["ground_attack"]
