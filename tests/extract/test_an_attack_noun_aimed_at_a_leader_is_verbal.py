"""A ground attack noun aimed at a leader's or an official's title (هجوما جديدا على زعيم الجماعة: على among the two
words after it, a word of [negation] verbal_titles right after that) in a clause without a toll is a verbal attack, as
the verb before a title is; an attack on a leader's office or with its dead stays an attack."""

from __future__ import annotations

from tests.articles import typed_events


def test_an_official_launching_a_new_attack_on_a_leader() -> None:
    text = "شن نائب رئيس الشرطة يوم الأربعاء هجوما جديدا على زعيم الجماعة، عارضا عليه مهنة جديدة."
    assert typed_events(text) == []


def test_gunmen_attacking_a_mayors_office_stay() -> None:
    text = "شن مسلحون يوم الأربعاء هجوما على مقر رئيس البلدية في مدينة الرمادي."
    assert typed_events(text) == [("ground_attack", "2016-08-10", "Ramadi")]


def test_an_attack_on_a_leader_that_killed_stays() -> None:
    text = "قتل ثلاثة حراس يوم الأربعاء في هجوم على زعيم قبلي في مدينة الرمادي."
    assert [t for t, *_ in typed_events(text)] == ["ground_attack"]
