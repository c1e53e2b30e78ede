"""A side's adjective told after a hedge right after the head it qualifies (غارة جوية يعتقد أنها روسية، صواريخ يرجح
أنها أمريكية، set off by commas or not) names the side that struck, hedged: its missiles strike from afar, so
they are its air strike, no longer shelling by no one. After a word that is no head (رجلا يعتقد أنه سوري) the
adjective names no side."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _sides(text: str) -> list[tuple]:
    return [(e.event_type, e.actor, e.actor_hedged, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2018, 4, 9)))]


def test_an_air_strike_believed_russian_is_russias_hedged() -> None:
    text = "قتل 16 طفلا ليل الاثنين في غارة جوية يعتقد أنها روسية استهدفت مدرسة في مدينة عربين."
    assert _sides(text) == [("airstrike", "Russia", True, "‘Irbīn", 16)]


def test_missiles_believed_american_are_an_american_air_strike() -> None:
    text = "وقال التلفزيون السوري إن مطار التيفور بريف حمص استهدف فجر اليوم بعدة صواريخ يعتقد أنها أميركية."
    assert _sides(text) == [("airstrike", "US", True, "Tiyas (T4) airbase", None)]


def test_a_hedge_set_off_by_commas_still_names_the_side() -> None:
    text = "قالت الوكالة إن صواريخ، يرجح أنها أمريكية، تستهدف مطار التيفور العسكري قرب حمص."
    assert _sides(text) == [("airstrike", "US", True, "Tiyas (T4) airbase", None)]


def test_warplanes_likely_russian_are_russias() -> None:
    text = "وقال مدير المرصد إن طائرات حربية يرجح أنها روسية استهدفت أمس قرية زردانا في ريف إدلب."
    assert _sides(text) == [("airstrike", "Russia", True, "Rural Idlib", None)]


def test_a_man_believed_syrian_names_no_side() -> None:
    text = "وانفجرت سيارة مفخخة أمس في مدينة عربين، وقالت الشرطة إنها اعتقلت رجلا يعتقد أنه سوري."
    assert _sides(text) == [("bombing", None, False, "‘Irbīn", None)]
