"""Kurdish fighters or gunmen named in the nominative, a verb's subject (فجر مقاتلون أكراد لغما، شن مسلحون أكراد
هجوما), are the PKK in Turkey and Iraq and the Syrian Kurdish militia (YPG) in Syria; in the accusative or the
genitive (طردت القوات المقاتلين الأكراد) they are most often who was struck, and name no actor."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2015, 8, 4)))]


def test_kurdish_fighters_setting_off_a_mine_in_turkey_are_the_pkk() -> None:
    text = "قتل جنديان تركيان عندما فجر مقاتلون أكراد لغما أمس في إقليم شرناق."
    assert _events(text) == [("bombing", "2015-08-03", "Şırnak Province", "PKK")]


def test_kurdish_gunmen_attacking_a_police_station_in_turkey_are_the_pkk() -> None:
    text = "وشن مسلحون أكراد أمس هجوما على مركز للشرطة في مدينة أضنة مما أسفر عن مقتل شرطيين."
    assert [e[3] for e in _events(text)] == ["PKK"]


def test_kurdish_fighters_taking_a_syrian_town_are_the_ypg() -> None:
    text = "وسيطر مقاتلون أكراد أمس على بلدة تل أبيض بعد معارك مع تنظيم داعش."
    assert _events(text) == [("ground_attack", "2015-08-03", "Tell Abyad", "YPG")]


def test_kurdish_fighters_in_the_genitive_name_no_actor() -> None:
    """The clash's first party, named before them, is its actor (filled_sides), never the YPG."""
    text = "وقتل خمسة مدنيين أمس في اشتباكات بين تنظيم داعش والمقاتلين الأكراد في بلدة تل أبيض."
    assert _events(text) == [("ground_attack", "2015-08-03", "Tell Abyad", "ISIS")]


def test_kurdish_fighters_shelled_are_the_target() -> None:
    text = "وقصفت المدفعية التركية أمس المقاتلين الأكراد في بلدة تل أبيض."
    assert _events(text) == [("shelling", "2015-08-03", "Tell Abyad", "Turkey")]
