"""A telling dated and placed nowhere (ووقع هجوم الجمعة في منطقة يؤمها السياح) agrees with an undated attack told
before it and with one of its type dated to its day: it completes the one of its day, not the first told, which
stays undated at its own place."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2015, 8, 1)


def test_fridays_attack_is_the_one_told_on_friday() -> None:
    text = ("هاجم مسلحون من التنظيم حاجزا للجيش في مدينة جرابلس. وقتل شرطيان صباح الجمعة في هجوم شنه مسلحون على مركز "
            "للشرطة في مدينة بوزانتي. ووقع هجوم الجمعة في منطقة يؤمها السياح.")
    assert dated_events(text, PUBLISHED) == [
        ("ground_attack", None, None, "Jarābulus", None),
        ("ground_attack", "2015-07-31", "publication", "Pozantı", 2),
    ]


def test_a_strike_and_the_blasts_of_its_day_stay_one_event() -> None:
    text = ("وسقط العشرات بين قتيل وجريح في غارات استهدفت مواقع عسكرية في ريف حماة. وأكد ناشطون مقتل 40 عنصرا من جراء "
            "انفجارات ضخمة في جبل جنوبي مدينة حماة مساء الأحد. ويعتقد أن إسرائيل تقف وراء الغارة الأخيرة التي وقعت "
            "مساء الأحد وأدت إلى مقتل 40 شخصا.")
    assert dated_events(text, dt.date(2018, 4, 30)) == [("bombing", "2018-04-29", "publication", "Ḩamāh", 40)]
