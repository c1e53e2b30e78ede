"""An attack at a town told without any date takes the day another sentence names an attack there on: an attack noun,
a relative pronoun and a verb of its occurrence (وقع), of the town that saw it (شهدته) or of the attack (استهدف),
the town and the day after it (for the attack's verb, the town of its target after the day), or the noun, the town
and the day right after the town. Not a day named at another town, two days named at the town, an accident named
there, nor a day written after what followed the attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)  # a Friday

ATTACK = "قتل سبعة مدنيين في تفجير سيارة مفخخة استهدف سوقا في مدينة سراقب بريف إدلب. "


def test_the_day_the_town_saw_the_attack_dates_it() -> None:
    text = ATTACK + "وطالبت منظمات حقوقية بالتحقيق في الهجوم الذي شهدته مدينة سراقب، الأربعاء."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-10", "publication", "Saraqib", 7)]


def test_the_day_an_incident_at_the_town_occurred_on_dates_it() -> None:
    text = ATTACK + "وقدم الوزير تعازيه لذوي ضحايا حادث مدينة سراقب الذي وقع الأربعاء الماضي."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-10", "publication", "Saraqib", 7)]


def test_a_day_named_at_another_town_dates_nothing() -> None:
    text = ATTACK + "وطالبت منظمات حقوقية بالتحقيق في الهجوم الذي شهدته مدينة معرة النعمان، الأربعاء."
    assert dated_events(text, PUBLISHED) == [("bombing", None, None, "Saraqib", 7)]


def test_two_days_named_at_the_town_date_nothing() -> None:
    text = ATTACK + ("وطالبت منظمات حقوقية بالتحقيق في الهجوم الذي شهدته مدينة سراقب، الأربعاء، والهجوم الذي "
                     "شهدته مدينة سراقب الخميس.")
    assert dated_events(text, PUBLISHED) == [("bombing", None, None, "Saraqib", 7)]


def test_an_accident_named_at_the_town_dates_nothing() -> None:
    text = ATTACK + "وقدم الوزير تعازيه لذوي ضحايا حادث التصادم في مدينة سراقب الذي وقع الأربعاء الماضي."
    assert dated_events(text, PUBLISHED) == [("bombing", None, None, "Saraqib", 7)]


def test_the_day_written_right_after_the_town_of_an_attack_noun_dates_it() -> None:
    text = ATTACK + "وحذر مسؤولون من انهيار الوضع الأمني بعد مجزرة مدينة سراقب الجمعة الماضية."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-05", "publication", "Saraqib", 7)]


def test_a_day_after_what_follows_the_attack_noun_dates_nothing() -> None:
    text = ATTACK + "وبعد هجوم سراقب، عقد المجلس المحلي الخميس اجتماعا طارئا."
    assert dated_events(text, PUBLISHED) == [("bombing", None, None, "Saraqib", 7)]


def test_a_relative_clause_telling_the_attack_by_its_verb_names_its_target_s_town_after_the_day() -> None:
    text = ATTACK + "ويؤكد الحادث الإرهابي الذي استهدف أمس الخميس سوقا شعبيا في سراقب أن المعركة ضد التنظيم طويلة."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-11", "publication", "Saraqib", 7)]


def test_a_town_past_the_end_of_that_clause_is_not_its_target_s() -> None:
    text = ATTACK + ("ويؤكد الحادث الإرهابي الذي استهدف أمس الخميس سوقا شعبيا، وزيارة الوزير لمدينة سراقب، أن "
                     "المعركة طويلة.")
    assert dated_events(text, PUBLISHED) == [("bombing", None, None, "Saraqib", 7)]


def test_the_day_the_town_underwent_the_attack_dates_it() -> None:
    text = ATTACK + "وطالبت منظمات حقوقية بالتحقيق في الهجوم الذي تعرضت له مدينة سراقب يوم الأربعاء."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-10", "publication", "Saraqib", 7)]
