"""A strike typed shelling only because no side is named (استهدفت قاعدة التيفور، قتل فيها 14 عنصرا), told at most two
sentences after an airstrike by a side whose missiles strike from afar (شنت إسرائيل غارات), is that side's
airstrike: not when its sentence names a side before it (قصفت فصائل المعارضة القاعدة), names the other side
anywhere, tells a place the missiles were fired from (أطلقت صواريخ من سوريا على الجولان) or lies in another
country."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

_LEAD = "شنت إسرائيل أمس غارات على مواقع عسكرية في ريف حماة.\n"


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 4, 30)))]


def test_a_base_struck_by_no_side_named_after_israeli_strikes() -> None:
    text = _LEAD + "وفي التاسع من أبريل الجاري استهدفت قاعدة التيفور العسكرية في محافظة حمص، وقتل فيها 14 عنصرا."
    assert _events(text) == [("airstrike", "2018-04-29", "Rural Hama", "Israel"),
                             ("airstrike", "2018-04-09", "Tiyas (T4) airbase", "Israel")]


def test_a_side_named_before_the_strike_keeps_it() -> None:
    text = _LEAD + "وفي التاسع من أبريل الجاري قصفت فصائل المعارضة قاعدة التيفور العسكرية في محافظة حمص."
    assert _events(text)[1] == ("shelling", "2018-04-09", "Tiyas (T4) airbase", "Syrian opposition")


def test_rockets_fired_from_a_place_stay_shelling() -> None:
    text = _LEAD + "وفي التاسع من أبريل الجاري أطلقت صواريخ من سوريا على مواقع في الجولان."
    assert _events(text)[1] == ("shelling", "2018-04-09", "Golan Heights", None)


def test_a_strike_in_another_country_stays_shelling() -> None:
    text = _LEAD + "وفي التاسع من أبريل الجاري استهدفت مدينة دونيتسك، وقتل فيها 14 شخصا."
    assert _events(text)[1] == ("shelling", "2018-04-09", "Donetsk", None)
