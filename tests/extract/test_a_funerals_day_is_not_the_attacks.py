"""The day of a funeral (شيع الآلاف الجمعة ضحايا التفجير، شيعت الأحد جنازة جنود قتلوا في هجوم) is not the day of the
attack whose dead are buried, which came before it: without a day of its own the attack stays undated. A day the clause
gives the attack itself dates it, and a funeral told the day after an attack (وغداة التفجير، شيع الأهالي الضحايا
الأربعاء) still counts the attack back from the funeral's day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events

#: A Monday.
PUBLISHED = dt.date(2016, 8, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("شيع آلاف الأشخاص الجمعة ضحايا تفجير انتحاري في مدينة سروج.", ("bombing", None, None, "Suruç", None)),
    ("شيعت الأحد جنازة ثلاثة جنود قتلوا في هجوم على حاجز في مدينة العريش.", ("ground_attack", None, None, "Arīsh", 3)),
], ids=["mourners", "funeral-noun"])
def test_the_funeral_day_dates_no_attack(text: str, expected: tuple) -> None:
    assert dated_events(text, PUBLISHED) == [expected]


def test_the_attacks_own_day_dates_it() -> None:
    text = "شيعت الأحد جنازة ثلاثة جنود قتلوا في هجوم على حاجز في مدينة العريش السبت."
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-13", "publication", "Arīsh", 3)]


@pytest.mark.parametrize("text", [
    "قتل عشرة أشخاص في تفجير انتحاري استهدف جنازة في مدينة سروج الجمعة.",
    "قتل عشرة أشخاص في تفجير انتحاري خلال تشييع جنازة في مدينة سروج الجمعة.",
], ids=["funeral-struck", "during-a-funeral"])
def test_a_funeral_the_attack_struck_is_dated_by_the_attacks_day(text: str) -> None:
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-12", "publication", "Suruç", 10)]
