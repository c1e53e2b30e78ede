"""An indefinite attack noun right after a word of amid (وسط: ``[clauses] amid``) in a clause that told an attack of
another kind before it (دارت اشتباكات في بلدة س، وسط قصف عنيف; شن الطيران غارات على مدينة س، وسط قصف مدفعي) is
another attack, as the labelling guide counts fighting and the bombardment told beside it: its own event, at the
first one's day when it has none of its own, and at its place when it names none (وسط قصف على مناطق الاشتباك:
the clash's areas name the clash, no attack of their own), completing no attack told before it; so is one beside
fighting told by a weak word (دارت معارك في بلدة س، وسط قصف جوي), the strike telling the fighting is war's. وسط as
the middle of a place (حي الشعار وسط مدينة حلب), a definite noun after it (وسط القصف المستمر: one told elsewhere) and
a word between (وسط مخاوف من قصف) leave the clause one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دارت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في بلدة سراقب، وسط قصف عنيف من قبل مروحيات"
         " النظام.",
         [("ground_attack", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-11", "Saraqib")]),
        ("تواصلت الاشتباكات أمس في بلدة سراقب وسط غارات جوية على البلدة.",
         [("ground_attack", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-11", "Saraqib")]),
        ("شن طيران النظام أمس ثلاث غارات على مدينة سراقب، وسط قصف مدفعي لقوات النظام من الحواجز المحيطة.",
         [("airstrike", "2016-08-11", "Saraqib"), ("shelling", "2016-08-11", "Saraqib")]),
        ("اندلعت اشتباكات أمس في محيط بلدة سرمين، وسط قصف من قبل قوات النظام على مناطق الاشتباك.",
         [("ground_attack", "2016-08-11", "Sarmīn"), ("shelling", "2016-08-11", "Sarmīn")]),
        ("دارت معارك أمس في بلدة سراقب، وسط قصف جوي على مناطق الاشتباك.",
         [("ground_attack", "2016-08-11", "Saraqib"), ("airstrike", "2016-08-11", "Saraqib")]),
    ],
    ids=["clashes-amid-helicopter-strikes", "clashes-amid-air-strikes-on-the-town", "strikes-amid-artillery",
         "clashes-amid-shelling-of-their-areas", "battles-amid-air-strikes-on-their-areas"],
)
def test_an_attack_amid_another_is_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_an_attack_amid_another_completes_none_told_before() -> None:
    text = ("وأوضحت المصادر أن قوات النظام قصفت أمس البلدتين بأكثر من 400 قذيفة. وفي مدينة سراقب، ألقت المروحيات"
            " براميل متفجرة مع استمرار الاشتباكات في المدينة، وسط قصف من قبل قوات النظام على مناطق في المدينة.")
    assert _events(text) == [("shelling", "2016-08-11", None), ("airstrike", None, "Saraqib"),
                             ("shelling", None, "Saraqib")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت قوات النظام أمس حي الشعار وسط مدينة حلب.", [("shelling", "2016-08-11", "Al-Shaar")]),
        ("دارت اشتباكات أمس في بلدة سراقب وسط القصف المستمر على المدينة.",
         [("ground_attack", "2016-08-11", "Saraqib")]),
        ("دارت اشتباكات أمس في بلدة سراقب وسط مخاوف من قصف على البلدة.", [("ground_attack", "2016-08-11", "Saraqib")]),
    ],
    ids=["the-middle-of-a-city", "a-definite-noun-after-amid", "a-word-between"],
)
def test_what_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
