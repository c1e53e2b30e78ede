"""Campaigns: an offensive to drive a side out or take a place back (هجوما لطرد القوات من المدينة، هجومها الأخير
لاستعادة الأحياء, a pronoun glued to the trigger not counted among the words after it) is an event only on the day it
began; a base or a weapon a side uses in the present to wage its attacks (القاعدة التي تستخدمها روسيا في شن
الغارات) tells its way of fighting, not one attack; blows a side received (الحوثيين الذين تلقوا ضربات قوية من التحالف)
are what it has suffered as a whole, an event only on their own day."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وفي الشهر الماضي شنت فصائل المعارضة هجوما لطرد القوات الحكومية المتبقية من مدينة درعا.",
        "وفي شرق حلب شنت الحكومة هجومها الأخير لاستعادة أحياء المدينة.",
        "وتعد قاعدة حميميم القاعدة التي تستخدمها روسيا في شن الغارات على الفصائل في سوريا.",
        "وأعلن الفصيل يوم السبت استعداده للقتال إلى جانب الحوثيين في مدينة الحديدة، الذين تلقوا ضربات قوية من قبل "
        "التحالف.",
        "وتلقى الحوثيون ضربات قوية من التحالف العربي في مدينة الحديدة.",
    ],
    ids=["an-offensive-to-drive-out", "an-offensive-to-take-back", "a-base-used-to-strike",
         "blows-received-on-a-saying-s-day", "blows-received"],
)
def test_no_attack_event(text: str) -> None:
    assert typed_events(text) == []


def test_an_offensive_launched_on_its_day_stays() -> None:
    text = "وشنت القوات الحكومية يوم 19 تموز 2015 هجوما لاستعادة بلدة الحاضر."
    assert typed_events(text) == [("ground_attack", "2015-07-19", "Al-Hadir")]


def test_strikes_received_on_their_own_day_stay() -> None:
    text = "وتلقت مواقع الحوثيين في مدينة الحديدة يوم الأحد ضربات جوية قتل فيها 12 مسلحا."
    assert typed_events(text) == [("airstrike", "2016-08-07", "Al Ḩudaydah")]
