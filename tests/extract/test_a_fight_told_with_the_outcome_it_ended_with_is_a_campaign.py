"""A fight told with the outcome it ended with (معركة المدينة التي انتهت بإجلاء المقاتلين، وانتهى بخروج المقاتلين بعد
غارات مكثفة) is a battle or a campaign told as a whole: no event unless dated to the day it began."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2016, 7, 18)


def test_a_battle_that_ended_with_an_evacuation_is_no_attack() -> None:
    text = ("ويذكر ما يجري في الغوطة بمعركة مدينة حلب التي انتهت بإجلاء آلاف المقاتلين من أحيائها الشرقية بعد هجوم بري "
            "وقصف عنيف.")
    assert typed_events(text, PUBLISHED) == []


def test_strikes_and_a_siege_that_ended_with_a_departure_are_no_attack() -> None:
    text = ("وطبقت روسيا هذا الأسلوب على الجزء الشرقي من مدينة حمص أواخر عام 2014 وانتهى بخروج المقاتلين إلى إدلب بعد "
            "غارات جوية مكثفة وحصار خانق.")
    assert typed_events(text, PUBLISHED) == []


def test_a_battle_dated_to_the_day_it_began_stays() -> None:
    text = ("ووقعت في الثاني من آب 2014 معارك عنيفة بين الجيش والمسلحين في بلدة عرسال استمرت أياما وانتهت بإخراج "
            "المسلحين منها.")
    assert typed_events(text, PUBLISHED) == [("ground_attack", "2014-08-02", "Aarsâl")]


def test_a_meeting_that_ended_with_a_deal_leaves_the_strike_told_beside_it() -> None:
    text = "وقصفت الطائرات الحربية بلدة عرسال بينما انتهى الاجتماع باتفاق على هدنة."
    assert typed_events(text, PUBLISHED) == [("airstrike", None, "Aarsâl")]
