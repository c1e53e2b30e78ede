"""A past attack the article recalls without a place, and an attack told in another sentence at a place without
a date expression (by an indefinite trigger, or a definite one not right after it), are two attacks unless they
tell the same number of dead: the new one keeps no date of the old one, and the old one no place of the new one."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_new_bombing_takes_no_year_of_an_old_one() -> None:
    text = ("وكانت الجماعة تبنت في العام 2013 هجوما انتحاريا على سفارة أجنبية أدى إلى مقتل حارس. "
            "وبعيد منتصف الليل استهدف هجوم انتحاري بسيارة مفخخة مركز شرطة في مدينة حلب.")
    assert _events(text) == [("bombing", None, "Aleppo", None)]


def test_a_new_strike_keeps_apart_from_the_raids_of_june() -> None:
    text = ("وكانت الطائرات الروسية شنت غارات على مواقع المعارضة في 3 حزيران 2016. "
            "وقتل مدنيان في غارة على مدينة منبج.")
    assert _events(text) == [("airstrike", "2016-06-03", None, None), ("airstrike", None, "Manbij", 2)]


def test_the_same_dead_tell_the_recalled_attack_again() -> None:
    text = ("ووقع التفجير في 3 حزيران 2016 وقتل فيه 27 شخصا. "
            "وجاء ذلك بعد شهرين من تفجير مسجد في مدينة منبج أودى بحياة 27 شخصا.")
    assert _events(text) == [("bombing", "2016-06-03", "Manbij", 27)]


def test_a_telling_tied_to_that_time_is_the_recalled_attack() -> None:
    text = ("وكانت الطائرات الروسية شنت غارات على مواقع المعارضة في 3 حزيران 2016. "
            "وأصدر الجيش بيانا حينها قال فيه إنه شن غارة على مدينة منبج.")
    assert _events(text) == [("airstrike", "2016-06-03", "Manbij", None)]


RAIDS_OF_JUNE = "وكانت الطائرات الروسية شنت غارات على مواقع المعارضة في 3 حزيران 2016."


def test_a_definite_attack_told_further_on_is_another() -> None:
    text = (f"{RAIDS_OF_JUNE} وتواصل القتال في ريف حلب. "
            "وبعد الهجوم على السفارة الشهر الماضي، قال مسؤولون إن الهجوم الجوي استهدف مستشفى في مدينة منبج.")
    assert _events(text) == [("airstrike", "2016-06-03", None, None), ("airstrike", None, "Manbij", None)]


def test_a_definite_attack_told_right_after_names_it_back() -> None:
    text = f"{RAIDS_OF_JUNE} واستهدف الهجوم الجوي مستشفى في مدينة منبج."
    assert _events(text) == [("airstrike", "2016-06-03", "Manbij", None)]
