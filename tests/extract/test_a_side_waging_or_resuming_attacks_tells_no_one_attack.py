"""Attacks a side wages in the present tense (تشن، يشن) or resumes (تستأنف، استأنفت), told in a clause with no
toll, are its attacks in general, under the campaign rule: an event only when the clause dates them to their own
day. A day set off by a comma before a present wage (أعرب الرئيس الأربعاء عن أمله ...، حيث يشن الجيش عملية) is the
saying's, not the attacks' own; a day after the wage (يشن الطيران اليوم غارات) or a chronology's day right before it
(11 آذار: الجيش يشن عملية) is theirs. With a toll the clause tells what was done."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

TUESDAY = dt.date(2018, 3, 13)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, TUESDAY))]


def test_an_operation_a_side_wages_where_something_happens_is_no_attack() -> None:
    assert _events("وصل وفد أممي إلى مدينة منبج، حيث يشن الجيش التركي هجوما على المقاتلين الأكراد.") == []


def test_strikes_a_side_is_said_to_wage_in_support_of_others_are_no_attack() -> None:
    assert _events("وقال السفير إن الحكومة تشن غارات جوية لتقديم الدعم للمسلحين في مدينة حماة.") == []


def test_forces_waging_an_offensive_over_the_last_days_is_no_attack() -> None:
    assert _events("ويشن الجيش هجوما في ريف إدلب الجنوبي في عملية تهدف إلى فتح الطريق الدولي.") == []


def test_raids_resumed_told_without_a_day_are_no_attack() -> None:
    assert _events("روسيا تستأنف غاراتها الجوية على مدينة إدلب") == []


def test_shelling_resumed_on_a_named_day_is_an_attack() -> None:
    assert _events("واستأنفت قوات النظام يوم الأحد قصف مدينة دوما بعد هدوء دام أياما.") == [
        ("shelling", "2018-03-11", "Dūmā", "Syrian army", None)]


def test_a_toll_told_where_a_side_wages_an_operation_is_an_attack() -> None:
    assert _events("قتل خمسة جنود أتراك يوم الأحد في هجوم على بلدة جنديرس، حيث تشن أنقرة عملية عسكرية.") == [
        ("ground_attack", "2018-03-11", "Jindayris", None, 5)]



def test_an_attack_waged_after_a_particle_is_told_of_the_past() -> None:
    assert _events("وحاصرت قوات النظام البلدة قبل أن تشن هجوما بريا على بلدة كفرنبودة.") == [
        ("ground_attack", None, "Kafr Nabudah", "Syrian army", None)]


def test_a_day_of_a_saying_set_off_before_a_present_wage_is_not_the_attacks() -> None:
    assert _events("وأعرب الرئيس، الأربعاء، عن أمله في حصار مدينة منبج قريبا، حيث يشن الجيش التركي عملية عسكرية على "
                   "المقاتلين الأكراد.") == []


def test_a_day_after_a_present_wage_is_the_attacks_own() -> None:
    assert _events("ويشن الطيران الحربي اليوم غارات على مدينة منبج.") == [
        ("airstrike", "2018-03-13", "Manbij", None, None)]


def test_a_chronology_s_day_right_before_a_present_wage_is_its_items() -> None:
    assert _events("11 آذار: الجيش التركي يشن عملية عسكرية على مدينة منبج.") == [
        ("ground_attack", "2018-03-11", "Manbij", "Turkey", None)]
