"""Two attacks joined by و, each named by the adjective of its side (بقصف سوري بالبراميل المتفجرة وغارات روسية
على بلدة س), are two attacks of two sides: two events at the one time and at the place told after the second, also
when the first names only a place told before its trigger (the speaker's: قال الدفاع المدني في ريف دمشق إن);
two attacks named by one side's adjective (بغارات روسية وقصف روسي على بلدة س) stay one event."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 3, 9)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_attacks_of_two_sides_are_two_events_at_one_time_and_place() -> None:
    text = "قتل 5 مدنيين أمس بقصف سوري بالبراميل المتفجرة وغارات روسية بالصواريخ على الأحياء السكنية في بلدة مسرابا."
    assert _events(text) == [("airstrike", "2018-03-08", "Misraba", "Syrian army", 5),
                             ("airstrike", "2018-03-08", "Misraba", "Russia", None)]


def test_attacks_of_one_side_stay_one_event() -> None:
    text = "قتل 5 مدنيين أمس بغارات روسية وقصف روسي على الأحياء السكنية في بلدة مسرابا."
    assert _events(text) == [("airstrike", "2018-03-08", "Misraba", "Russia", 5)]


def test_attacks_of_two_sides_without_a_toll_are_two_events() -> None:
    text = ("وقال الدفاع المدني إن المدنيين قتلوا بقصف سوري بالبراميل المتفجرة وغارات روسية على الأحياء السكنية في "
            "بلدة مسرابا.")
    assert _events(text) == [("airstrike", None, "Misraba", "Syrian army", None),
                             ("airstrike", None, "Misraba", "Russia", None)]


def test_the_first_side_takes_the_target_told_after_the_second_not_the_speakers_place() -> None:
    text = ("وقال مركز الدفاع المدني في محافظة إدلب، إن المدنيين قتلوا بقصف سوري بالبراميل المتفجرة وغارات روسية "
            "على الأحياء السكنية في بلدة كفرنبل.")
    assert _events(text) == [("airstrike", None, "Kafranbel", "Syrian army", None),
                             ("airstrike", None, "Kafranbel", "Russia", None)]
