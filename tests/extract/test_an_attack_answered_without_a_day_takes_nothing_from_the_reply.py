"""A clause whose only attack is the one its reply word answers, told without a day of its own (دمرت الدول
الثلاث مواقع في 14 نيسان، ردا على هجوم دوما الذي قتل 40 شخصا), tells the reply without a trigger: the day, the
side and the place before the reply word are the reply's, so the attack answered takes none of them and,
without a day, is left to the sentences that tell it. An attack answered with its own day keeps it.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 4, 16)))]


def test_the_attack_answered_takes_neither_the_day_nor_the_side_of_the_reply() -> None:
    text = ("وكانت الدول الثلاث قد دمرت مواقع ومخازن للأسلحة الكيماوية في سوريا في 14 من نيسان، ردا على هجوم "
            "دوما الذي قتل فيه 40 شخصا.")
    assert events(text) == []


def test_an_evacuation_over_threats_answering_reports_is_no_attack() -> None:
    text = "أخلت القوات الحكومية مطارات عدة في دمشق على خلفية تهديدات بشن ضربة ردا على تقارير عن هجوم كيماوي."
    assert events(text) == []


def test_the_attack_answered_with_a_day_of_its_own_keeps_it() -> None:
    text = ("وأكدت الحكومة أنها لن تتهاون مع المسلحين، وذلك ردا على تفجير انتحاري وقع الأحد في مدينة "
            "سروج وأدى إلى مقتل 32 شخصا.")
    assert events(text) == [("bombing", "2018-04-15", "Suruç", None, 32)]


def test_a_strike_told_before_the_reply_word_is_the_event() -> None:
    text = "شنت الطائرات غارات على مدينة دوما يوم السبت ردا على هجوم استهدف العاصمة."
    assert [e[:3] for e in events(text)] == [("airstrike", "2018-04-14", "Dūmā")]
