"""Plural strikes right after a present verb of waging with كان before them in their clause (وكان الطيران يحلق
وينفذ غارات عدة) are a scene of what a side was doing over a time: no attack, unless the clause tells a toll; a
singular attack told so is one attack (كانت المعارضة تشن هجوما)."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)


def test_aircraft_flying_and_striking_are_a_scene():
    text = "وكان الطيران يحلق في الأجواء على علو منخفض وينفذ غارات عدة في أرياف مدينة منبج."
    assert dated_events(text, PUBLISHED) == []


def test_aircraft_that_were_striking_during_a_delivery_are_a_scene():
    text = "وأفادت مصادر أن إفراغ المساعدات كان وسط تحليق للطيران، الذي كان ينفذ غارات جوية على ريف مدينة منبج."
    assert dated_events(text, PUBLISHED) == []


def test_strikes_told_so_with_a_toll_stay():
    text = "وكانت الطائرات تشن غارات على مدينة منبج أمس ما أدى إلى مقتل 5 مدنيين."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-08-11", "publication", "Manbij", 5)]


def test_one_attack_told_so_stays():
    text = "وكانت المعارضة تشن هجوما على مدينة منبج أمس."
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-11", "publication", "Manbij", None)]
