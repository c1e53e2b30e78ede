"""An exercise reaches a trigger noun anywhere after it in its phrase (وينطوي التمرين على نقل الجنود بواسطة
مروحيات هجومية): what it rehearses is no attack, unless the exercise is told after a cause word (بعد فترة من
المناورات), what came before an attack, or the attack past a comma. A ground attack verb with a government body or
the press among the two words after it (هاجم الرئيس الوزارة) is a verbal attack; gunmen attacking a ministry stay."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)


def test_what_an_exercise_rehearses_is_no_attack():
    text = ("وأجرت القوات الأميركية تمرينا قرب مدينة منبج أمس. وينطوي التمرين على دخول القوات إلى قاعدة قرب مدينة "
            "منبج بواسطة مروحيات هجومية وإجراء تدريبات على إطلاق النار.")
    assert dated_events(text, PUBLISHED) == []


def test_an_attack_after_a_time_of_exercises_stays():
    text = "وبعد فترة من المناورات عبر المقاتلون إلى سوريا أمس لكنهم وقعوا في كمائن للتنظيم قرب مدينة منبج."
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-11", "publication", "Manbij", None)]


def test_a_leader_attacking_a_ministry_is_a_verbal_attack():
    text = "وفي تموز أبدى الرئيس عدم رضاه عن موظفي الخارجية، إذ هاجم ترامب الوزارة تحت قيادة الوزير."
    assert dated_events(text, PUBLISHED) == []


def test_the_press_attacking_a_minister_is_a_verbal_attack():
    assert dated_events("وهاجمت الصحافة المحلية أمس وزير الدفاع في مدينة منبج.", PUBLISHED) == []


def test_gunmen_attacking_a_ministry_stay():
    text = "هاجم مسلحون الوزارة في مدينة منبج أمس وقتلوا خمسة حراس."
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-11", "publication", "Manbij", 5)]


def test_an_attack_past_the_comma_of_an_exercise_stays():
    text = "وأجرى المقاتلون مناورات في الصحراء، ثم شنوا أمس هجوما على مدينة منبج."
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-11", "publication", "Manbij", None)]
