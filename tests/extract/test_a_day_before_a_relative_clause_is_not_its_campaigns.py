"""A day written before a relative clause that says a side stepped up its attacks (وصل الوزير الخميس ... ضد التنظيم
الذي كثف مؤخرا تفجيراته) is not the day of those attacks, in a clause that tells no toll: the campaign stays no
event; a day the relative clause only describes the place of (قصف الطيران الخميس المدينة التي يسيطر عليها التنظيم)
or the day of the dead (قتل ثلاثة جنود الخميس في المدينة التي تشهد هجمات) stays."""

from __future__ import annotations

from tests.articles import typed_events


def test_a_day_before_a_side_stepping_up_its_attacks_is_not_theirs() -> None:
    text = "ووصل وزير الدفاع يوم 23 تموز 2015 إلى بغداد لبحث المواجهة مع التنظيم الذي كثف مؤخرا تفجيراته في العاصمة."
    assert typed_events(text) == []


def test_a_day_a_relative_clause_describes_stays() -> None:
    text = "وكثف الطيران الحربي يوم 23 تموز 2015 غاراته على مدينة الرمادي التي يسيطر عليها التنظيم."
    assert typed_events(text) == [("airstrike", "2015-07-23", "Ramadi")]


def test_a_day_of_the_dead_before_a_relative_clause_stays() -> None:
    text = "وقتل ثلاثة جنود يوم 23 تموز 2015 في مدينة العريش التي تشهد هجمات يشنها متشددون."
    assert typed_events(text) == [("ground_attack", "2015-07-23", "Arīsh")]
