"""A side named as backing a ground attack (القوات الأمنية وبدعم طيران التحالف اشتبكت، سيطرت القوات الكردية بدعم من
القوات الأمريكية) did not fight on the ground: it is not the attack's actor, which stays unknown when no other side is
named. So a clash told once with its backer and once with the side that fought is one event, that side's."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _told(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_clash_told_with_its_backer_and_with_its_side_is_one_event() -> None:
    text = ("وقال مسؤول إن القوات الأمنية وبدعم طيران التحالف اشتبكت مع عناصر التنظيم في محيط جامعة الأنبار غرب "
            "الرمادي، ما أسفر عن مقتل 15 عنصرا. وقال قائد عسكري إن قوة من الجيش العراقي اشتبكت مع عناصر داعش في "
            "محيط جامعة الأنبار غرب الرمادي، ما أسفر عن مقتل 15 مسلحا.")
    assert _told(text) == [("ground_attack", None, "Ramadi", "Iraqi forces", 15)]


def test_a_capture_backed_by_a_side_is_not_that_side_s() -> None:
    text = "وسيطرت القوات الكردية على بلدة الشدادي يوم الأربعاء بدعم من القوات الأمريكية."
    assert _told(text) == [("ground_attack", "2016-08-10", "Al-Shaddadi", None, None)]


def test_a_backed_assault_and_the_backer_s_strikes_elsewhere_are_two() -> None:
    text = ("اقتحمت القوات الأمنية بدعم طيران التحالف حي الضباط في الرمادي يوم الأربعاء. وشن طيران التحالف غارات "
            "على مواقع التنظيم في الفلوجة يوم الأربعاء.")
    assert _told(text) == [("ground_attack", "2016-08-10", "Ramadi", "Iraqi forces", None),
                           ("airstrike", "2016-08-10", "Al Fallūjah", "International coalition", None)]


def test_backing_aircraft_still_strike_from_the_air() -> None:
    text = "وشنت مقاتلات حربية بدعم من الطيران الروسي غارات على مواقع في مدينة الباب يوم الأربعاء."
    assert _told(text) == [("airstrike", "2016-08-10", "Al-Bab", "Russia", None)]
