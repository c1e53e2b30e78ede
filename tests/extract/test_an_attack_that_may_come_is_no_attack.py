"""A modal with a verb in the present near a trigger (قد يكون، ربما يكون، قد تكون له تداعيات، يمكن أن تعرقل) tells an
attack that may come or what one may cause, in a clause with no toll: no attack. قد with a past verb tells one done."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

TUESDAY = dt.date(2018, 9, 11)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, TUESDAY))]


@pytest.mark.parametrize("text", [
    "ولكن الجيش يعد لما قد يكون أكبر هجوم على مدينة إدلب.",
    "وأكد الوزير الثلاثاء أن هجوم قوات النظام على مدينة إدلب قد تكون له تداعيات على أمن أوروبا.",
    "وفشل القادة الجمعة في الاتفاق على هدنة تمنع شن الحكومة هجوما ربما يكون آخر معركة في مدينة إدلب.",
    "ونبه المبعوث الثلاثاء إلى أن غارات الطائرات الحربية على مدينة إدلب يمكن أن تعرقل المفاوضات.",
], ids=["may-be-the-largest", "may-have-consequences", "perhaps-the-last-battle", "could-hinder"])
def test_an_attack_that_may_come_is_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_past_verb_after_qad_is_an_attack() -> None:
    assert _events("وكانت الطائرات قد قصفت مدينة إدلب يوم الاثنين.") == [("airstrike", "2018-09-10", "Idlib", None)]


def test_a_toll_told_beside_the_modal_is_an_attack() -> None:
    assert _events("قتل خمسة مدنيين في هجوم على مدينة إدلب يوم الاثنين قد يكون الأعنف هذا الشهر.") == [
        ("ground_attack", "2018-09-10", "Idlib", 5)]
