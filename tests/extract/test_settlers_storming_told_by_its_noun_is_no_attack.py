"""Settlers storming a site told by the noun (بقيام مستوطنين باقتحام محيط المسجد: [negation] storming in a clause
holding one of `intruders`) is no attack of war, as the verb is (اقتحم المستوطنون); forces storming a city stay an
attack, and so does a storming by settlers that wounds."""

from __future__ import annotations

from tests.articles import typed_events


def test_settlers_storming_a_holy_site_is_no_attack() -> None:
    text = "وندد المسؤول يوم الأربعاء بقيام مستوطنين يهود باقتحام محيط المسجد في مدينة القدس ورفعهم أعلاما."
    assert typed_events(text) == []


def test_forces_storming_a_camp_stay_an_attack() -> None:
    text = "وقتل جندي يوم الأربعاء خلال اقتحام القوات الإسرائيلية مدينة نابلس."
    assert typed_events(text) == [("ground_attack", "2016-08-10", "Nablus")]


def test_a_storming_by_settlers_that_wounds_stays() -> None:
    text = "وأصيب ثلاثة فلسطينيين يوم الأربعاء خلال اقتحام مستوطنين قرية مادما جنوب نابلس."
    assert [t for t, *_ in typed_events(text)] == ["ground_attack"]
