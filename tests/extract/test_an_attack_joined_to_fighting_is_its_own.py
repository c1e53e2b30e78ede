"""An indefinite attack noun of another kind glued to و right after an indefinite word of fighting (``[clauses]
fighting``: قتل عشرة في اشتباكات مع قوات النظام وغارات للطيران الروسي في بلدة س) is another attack, as the labelling
guide counts fighting and the bombardment told beside it: its own event, at the time and place the clause tells,
the place told after it the fighting's too. Weapons of one attack (هجمات بأسلحة نارية ومتفجرات), a definite word of
fighting (المعارك وغارات التحالف) and a comma between leave the clause one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


def _events(text: str) -> list[tuple]:
    return typed_events(text, dt.date(2016, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل عشرة من عناصر التنظيم في اشتباكات مع قوات النظام وغارات للطيران الروسي في بلدة مورك بريف حماة.",
         [("ground_attack", None, "Mūrak"), ("airstrike", None, "Mūrak")]),
        ("قتل عشرة مقاتلين أمس إثر اشتباكات بين الطرفين وتفجيرين انتحاريين نفذهما التنظيم في بلدة مورك.",
         [("ground_attack", "2016-08-11", "Mūrak"), ("bombing", "2016-08-11", "Mūrak")]),
    ],
    ids=["clashes-and-air-strikes-of-another-side", "clashes-and-two-suicide-bombings"],
)
def test_an_attack_joined_to_fighting_is_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن مسلحون أمس هجمات بأسلحة نارية ومتفجرات على مركز للشرطة في بلدة مورك.",
         [("bombing", "2016-08-11", "Mūrak")]),
        ("وقتل عشرة من عناصر التنظيم أمس في المعارك وغارات التحالف في بلدة مورك.",
         [("airstrike", "2016-08-11", "Mūrak")]),
    ],
    ids=["weapons-of-one-attack", "a-definite-fighting-word"],
)
def test_one_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
