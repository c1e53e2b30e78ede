"""The rebels' battalions as the Syrian Observatory names them (كتائب مقاتلة، الكتائب المقاتلة) are the Syrian
opposition: their shells on a town's quarter are their own attack, never one event with the army's shelling of
another quarter of that town told before, whose toll they do not give it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

ARMY = "قصفت قوات النظام مناطق في حي الراشدين بمدينة حلب."


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor, e.injured) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_battalions_shells_are_the_oppositions_own_attack() -> None:
    text = (f"{ARMY} وفي المقابل، أصيب 9 مواطنين بجراح جراء سقوط قذائف أطلقتها كتائب مقاتلة على مناطق في محيط "
            "الحديقة العامة بمدينة حلب.")
    assert events(text) == [("shelling", "Al-Rashidin (Aleppo)", "Syrian army", None),
                            ("shelling", "Aleppo", "Syrian opposition", 9)]


def test_the_definite_battalions_strike_as_the_opposition() -> None:
    text = "أطلقت الكتائب المقاتلة قذائف على حي الراشدين بمدينة حلب."
    assert events(text) == [("shelling", "Al-Rashidin (Aleppo)", "Syrian opposition", None)]
