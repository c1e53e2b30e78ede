"""An attack dated only by the day it was reported or announced (قال الجيش الأمريكي أمس الجمعة إن غارة جوية في
سوريا قتلت قياديا), placed nowhere, at its country or at the place told again, and an attack of its type told right
after it or by a definite noun (وأوضح أن الغارة استهدفت ... في العاشر من تموز قرب مدينة الباب) with its own day
before the report's are one attack: on its own day, at the finer place, by the side the report names, however many
days before its report. Other dead told only on the earlier day, another side, or a report at another town keep
two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

REPORT = "قال الجيش الأمريكي أمس الجمعة إن غارة جوية أمريكية في سوريا قتلت قياديا في تنظيم داعش. "
REPORTED = ("airstrike", "2016-07-22", "Syria", "US", None)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 7, 23)))]


def test_the_strike_told_next_with_its_own_day_is_the_one_reported() -> None:
    text = REPORT + "وأوضح أن الغارة استهدفت القيادي في سيارته في العاشر من تموز قرب مدينة الباب."
    assert _events(text) == [("airstrike", "2016-07-10", "Al-Bab", "US", None)]


def test_the_explosion_named_again_two_sentences_on_is_the_one_reported() -> None:
    text = ("قال متحدث باسم وزارة الدفاع البريطانية اليوم السبت إن جنديا بريطانيا قتل في انفجار عبوة ناسفة في "
            "سوريا. وأكد المتحدث أن الجندي كان في مهمة مع القوات الأمريكية. وقال مسؤولان أمريكيان إن الانفجار "
            "وقع أمس الجمعة قرب مدينة منبج.")
    assert _events(text) == [("bombing", "2016-07-22", "Manbij", None, None)]


def test_a_death_reported_weeks_later_at_the_same_town_keeps_its_own_day() -> None:
    text = ("ذكرت وسائل إعلام السبت أن جثة المقاتلة، التي قتلت في غارة تركية على عفرين، لا تزال تحت الأنقاض. "
            "وأوضحت الصحيفة أن المقاتلة قتلت جراء غارة جوية تركية على مشارف عفرين في 15 أيار الماضي.")
    assert _events(text) == [("airstrike", "2016-05-15", "‘Afrīn", "Turkey", None)]


def test_dead_told_only_on_the_earlier_day_keep_two() -> None:
    text = REPORT + "وكانت غارة جوية أمريكية في العاشر من تموز قد قتلت خمسة مسلحين قرب مدينة الباب."
    assert _events(text) == [REPORTED, ("airstrike", "2016-07-10", "Al-Bab", "US", 5)]


def test_another_side_keeps_two() -> None:
    text = REPORT + "وقال المرصد إن غارة روسية استهدفت في العاشر من تموز مدينة الباب."
    assert _events(text) == [REPORTED, ("airstrike", "2016-07-10", "Al-Bab", "Russia", None)]


def test_a_report_at_another_town_keeps_two() -> None:
    text = ("قال الجيش الأمريكي أمس الجمعة إن غارة جوية أمريكية قرب مدينة الرقة قتلت قياديا في تنظيم داعش. "
            "وأوضح أن الغارة استهدفت في العاشر من تموز مدينة الباب.")
    assert _events(text) == [("airstrike", "2016-07-22", "Ar Raqqah", "US", None),
                             ("airstrike", "2016-07-10", "Al-Bab", None, None)]


def test_a_report_telling_its_dead_at_its_country_keeps_the_report_day() -> None:
    text = "قال متحدث عسكري اليوم السبت إن جنديا قتل في انفجار عبوة ناسفة في سوريا."
    assert _events(text) == [("bombing", "2016-07-23", "Syria", None, 1)]


def test_a_report_telling_its_dead_is_the_explosion_named_again_with_its_own_day() -> None:
    text = ("قال متحدث باسم الجيش اليوم السبت إن جنديا قتل في انفجار عبوة ناسفة في سوريا. وقال مسؤولان أمريكيان "
            "إن الانفجار وقع أمس الجمعة قرب مدينة منبج.")
    assert _events(text) == [("bombing", "2016-07-22", "Manbij", None, 1)]
