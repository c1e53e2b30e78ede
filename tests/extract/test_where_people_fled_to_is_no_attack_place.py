"""A place people fled to (نزوح المئات من العائلات باتجاه بلدة س، فر الآلاف إلى مدينة س) is where the displaced
went, not where the attack was: it does not locate the clause's event, nor do the places listed right after it
(باتجاه بلدات س وص وباتجاه مدينتي ع وف). A place struck toward which nobody fled stays the attack's place."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 8, 8)))]


def test_the_towns_families_fled_to_do_not_place_the_abduction() -> None:
    text = ("اختطف تنظيم داعش أمس أكثر من مئتين من أبناء مدينة القريتين في ريف حمص، وأفاد ناشطون بنزوح المئات من "
            "العائلات باتجاه بلدات صدد وفيروزة وباتجاه مدينتي حمص ودمشق.")
    assert _events(text) == [("other", "2015-08-07", "Al Qaryatayn")]


def test_the_town_civilians_fled_to_does_not_place_the_strike() -> None:
    text = "قصفت الطائرات الحربية أمس مدينة إدلب ما أدى إلى مقتل ثلاثة مدنيين ونزوح المئات نحو بلدة سرمدا."
    assert _events(text) == [("airstrike", "2015-08-07", "Idlib")]


def test_the_town_civilians_ran_to_does_not_place_the_strike() -> None:
    text = "قصفت الطائرات الحربية أمس مدينة إدلب ما أدى إلى مقتل ثلاثة مدنيين وفرار المئات إلى بلدة سرمدا."
    assert _events(text) == [("airstrike", "2015-08-07", "Idlib")]


def test_a_town_struck_after_the_flight_to_it_keeps_its_place() -> None:
    text = "قتل ثلاثة مدنيين أمس في قصف على بلدة سرمدا بعد نزوحهم إليها."
    assert _events(text) == [("shelling", "2015-08-07", "Sarmada")]


def test_a_town_rockets_were_fired_toward_is_the_place() -> None:
    text = "أطلق المسلحون أمس صواريخ باتجاه مدينة كلس التركية."
    assert [place for *_, place in _events(text)] == ["Kilis"]
