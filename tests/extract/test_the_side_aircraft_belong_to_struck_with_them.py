"""The side that aircraft belong to (طائرات تابعة للنظام السوري، طائرات هليكوبتر تابعة للحكومة السورية، طائرة حربية
تابعة للتحالف) struck with them: it is the actor of their strike, from the air, not a target as after positions that
belong to a side (مواقع تابعة للنظام). Aircraft merely named as a side's (طائرة استطلاع تابعة للبحرية) tell no
strike."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_aircraft_belonging_to_the_regime_make_its_air_strike() -> None:
    text = "وقصفت طائرات تابعة للنظام السوري بلدة الحراك أمس."
    assert _events(text) == [("airstrike", "2016-08-11", "Al-Hirak", "Syrian army")]


def test_helicopters_of_the_government_dropping_barrels() -> None:
    text = "وألقت طائرات هليكوبتر تابعة للحكومة السورية براميل متفجرة على بلدة الحراك أمس."
    assert _events(text) == [("airstrike", "2016-08-11", "Al-Hirak", "Syrian army")]


def test_a_coalition_warplane_named_in_a_toll() -> None:
    text = "وقتل خمسة مدنيين أمس في قصف طائرات حربية تابعة للتحالف الدولي على بلدة الحراك."
    assert _events(text) == [("airstrike", "2016-08-11", "Al-Hirak", "International coalition")]


def test_positions_belonging_to_a_side_are_still_its_target() -> None:
    text = "وقصفت القوات مواقع تابعة للنظام السوري في بلدة الحراك أمس."
    assert [e[3] for e in _events(text)] == [None]


def test_a_reconnaissance_plane_of_a_navy_alone_tells_no_strike() -> None:
    text = "وتلقت طائرة استطلاع تابعة للبحرية الأمريكية الجمعة ستة تحذيرات خلال رحلة فوق بحر الصين الجنوبي."
    assert _events(text) == []
