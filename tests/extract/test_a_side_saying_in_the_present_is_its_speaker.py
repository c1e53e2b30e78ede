"""A side that says in the present (وتقول روسيا، يقول الجيش الروسي، يقولون) what befell others is its speaker, as after
قالت: it is not who struck, nor does its way of striking type the attack; a denial it voices of an attack is no
attack of its own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _sides(text: str) -> list[tuple]:
    return [(e.event_type, e.actor, e.place, e.date) for e in extract_article(article(text, dt.date(2018, 4, 21)))]


def test_a_denial_voiced_in_the_present_is_no_attack_of_the_speakers() -> None:
    text = "وتقول روسيا ودمشق إن الهجوم المزعوم بالغاز، الذي أدى إلى ضربات غربية على سوريا، ملفق."
    assert _sides(text) == []


def test_an_air_sides_speaker_does_not_make_a_strike_its_own() -> None:
    text = "ويقول الجيش الروسي إن قصفا استهدف أمس بلدة كفرنبل في ريف إدلب."
    assert _sides(text) == [("shelling", None, "Kafranbel", "2018-04-20")]


def test_a_speaker_of_a_bombing_is_not_its_bomber() -> None:
    text = "وتقول تركيا إن انفجارا استهدف أمس حافلة في مدينة كيليس."
    assert _sides(text) == [("bombing", None, "Kilis", "2018-04-20")]


def test_a_speaker_that_says_it_struck_is_still_the_side() -> None:
    text = "وتقول إسرائيل إنها قصفت أمس مواقع إيرانية قرب دمشق."
    assert _sides(text) == [("airstrike", "Israel", "Damascus", "2018-04-20")]
