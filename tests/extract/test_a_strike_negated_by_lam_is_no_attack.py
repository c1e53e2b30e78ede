"""A trigger right after the past negator لم, or after it and a launching verb ([negation] not_done,
not_done_verbs: لم تقصف الطائرات، لم يشن غارة) was not done: no attack; so is an aircraft trigger with the
negator and a launching verb after it (الطائرات لم تقصف البلدة). A real attack told with لم after its
trigger (غارة لم تعرف هوية منفذيها), in a clause of its own before one (ولم تعلن أي جهة مسؤوليتها عن التفجير) or
after another verb (لم تسفر الغارة عن إصابات) stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events

PUBLISHED = dt.date(2015, 7, 25)


@pytest.mark.parametrize(
    "text",
    [
        "قال الجيش إن الطيران لم يشن غارة في الرمادي أمس.",
        "لم تقصف الطائرات مدينة الرمادي أمس.",
        "قال الجيش إن طائراته لم تنفذ غارات على الرمادي أمس.",
    ],
    ids=["did-not-launch-a-strike", "did-not-bomb", "did-not-carry-out-strikes"],
)
def test_a_strike_not_done_is_no_attack(text: str) -> None:
    assert dated_events(text, PUBLISHED) == []


def test_an_attack_whose_doer_is_not_known_stays() -> None:
    text = "قتل خمسة مدنيين في غارة جوية لم تعرف هوية منفذيها على مدينة الرمادي أمس."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-24", "publication", "Ramadi", 5)]


def test_a_strike_without_casualties_stays() -> None:
    text = "لم تسفر الغارة الإسرائيلية على مدينة الرمادي أمس عن إصابات."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-24", "publication", "Ramadi", None)]


def test_an_attack_nobody_claimed_stays() -> None:
    text = "ولم تعلن أي جهة مسؤوليتها عن التفجير الذي قتل خمسة أشخاص في الرمادي أمس."
    assert dated_events(text, PUBLISHED) == [("bombing", "2015-07-24", "publication", "Ramadi", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت الحكومة أن الطائرات لم تقصف بلدة خان شيخون بالأسلحة الكيماوية أمس.",
        "وقالت الوزارة إن الطائرات الروسية لم تشن أي غارة على مدينة الرمادي أمس.",
    ],
    ids=["aircraft-did-not-bomb", "aircraft-did-not-launch"],
)
def test_aircraft_told_as_not_striking_is_no_attack(text: str) -> None:
    assert dated_events(text, PUBLISHED) == []


def test_aircraft_that_struck_stays() -> None:
    text = "وقصفت الطائرات الروسية مدينة الرمادي أمس ما أسفر عن مقتل خمسة مدنيين."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-24", "publication", "Ramadi", 5)]
