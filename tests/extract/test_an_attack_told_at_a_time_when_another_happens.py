"""A comma and "at a time when" (، في وقت ...، في الوقت الذي ...) open a clause: what goes on beside is told
there, and a second attack there is its own event, not a detail of the first (قتل 12 في هجوم على فندق في سوسة،
في الوقت الذي خلف تفجير في الكويت 27 قتيلا). A time of the attack told so (، في وقت متأخر من ليل الأحد) opens
none. A sentence opening by saying that what was just told comes at the time of something else (يأتي هذا في وقت
...) tells another incident: its attacks complete none told before it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_what_goes_on_beside_does_not_place_the_attack() -> None:
    text = "وقصفت طائرات حربية مدينة بيجي يوم الأحد، في وقت أرسلت القوات تعزيزات إلى مدينة تكريت."
    assert _events(text) == [("airstrike", "2016-08-07", "Bayjī", None)]


def test_an_attack_at_the_time_of_another_is_its_own() -> None:
    text = ("وقتل 12 شخصا في هجوم مسلح على فندق في مدينة سوسة يوم الجمعة، في الوقت الذي خلف تفجير استهدف مسجدا في "
            "مدينة الكويت 27 قتيلا.")
    assert _events(text) == [("ground_attack", "2016-08-12", "Sousse", 12),
                            ("bombing", "2016-08-12", "Kuwait City", 27)]


def test_a_time_of_the_attack_after_a_comma_stays_its_own() -> None:
    text = "وقتل 5 مدنيين في غارة على مدينة بيجي، في وقت متأخر من ليل الأحد."
    assert _events(text) == [("airstrike", "2016-08-07", "Bayjī", 5)]


def test_an_attack_told_as_going_on_at_that_time_is_another() -> None:
    text = ("أعلنت فصائل المعارضة أنها تواصل حصار بلدتي الفوعة وكفريا في ريف إدلب. وأوضحت المصادر أن قوات النظام "
            "استهدفت البلدتين بأكثر من 1400 قذيفة يوم 10 آب 2016.\nيأتي هذا في وقت تستمر فيه الاشتباكات بين قوات "
            "النظام وعناصر تنظيم داعش في ريف حمص الشرقي، فيما قصفت قوات النظام مدينة الرستن بريف حمص الشمالي.")
    assert _events(text) == [("shelling", "2016-08-10", "Al-Fuah", None), ("shelling", None, "Ar Rastan", None)]


def test_what_goes_on_at_that_time_without_an_attack_leaves_the_attack_one() -> None:
    text = ("قتل خمسة مدنيين في قصف لقوات النظام على مدينة الرستن يوم 10 آب 2016. "
            "ويأتي ذلك في الوقت الذي تواصل فيه الأمم المتحدة مساعيها للتوصل إلى هدنة في المدينة.")
    assert _events(text) == [("shelling", "2016-08-10", "Ar Rastan", 5)]
