"""Splitting: a side described by its claim of another attack (المتمردين الذين أعلنوا مسؤوليتهم عن هجوم) opens a
clause of that attack, so its dead, day and place are its own and not the first attack's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 26)))]


@pytest.mark.parametrize("claim", ["الذين أعلنوا مسؤوليتهم عن", "الذين تبنوا"])
def test_the_claimed_attack_keeps_its_own_dead_day_and_place(claim: str) -> None:
    text = (f"أدت الغارات التي شنها الطيران التركي ليل الجمعة على شمال العراق إلى إنهاء الهدنة مع المتمردين الأكراد "
            f"{claim} هجوم بسيارة مفخخة أسفر عن مقتل جنديين مساء الخميس في ولاية ماردين.")
    assert events(text) == [("airstrike", "2015-07-24", "Northern Iraq", None),
                            ("bombing", "2015-07-23", "Mardin Province", 2)]


def test_a_claim_of_the_same_attack_makes_no_second_event() -> None:
    text = ("قتل خمسة جنود في هجوم على مركز للشرطة في ماردين يوم الخميس، نفذه مسلحو حزب العمال الكردستاني "
            "الذي أعلن مسؤوليته عن الهجوم.")
    assert events(text) == [("ground_attack", "2015-07-23", "Mardin", 5)]
