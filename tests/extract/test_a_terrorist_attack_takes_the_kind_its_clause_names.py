"""A terrorist attack (هجوم إرهابي، الهجمات الإرهابية) says no more than "an attack", as the weak generic word does:
the kind its clause names types it (بدءا من التفجير: a bombing; بسكين: a knife attack, other), but not a kind told
after a cause word (بعد أسبوع من تفجير في الكويت: another attack); told alone it stays a ground attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events

PUBLISHED = dt.date(2018, 5, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شهدت تركيا أسبوعا داميا من الهجمات الإرهابية التي شنها التنظيم بدءا من التفجير الذي استهدف بلدة سروج يوم "
         "20 تموز 2015 وأسفر عن مقتل 32 شخصا.", ("bombing", "2015-07-20", "explicit", "Suruç", 32)),
        ("وقع هجوم إرهابي بسكين في مدينة باريس يوم 12 أيار 2018 قتل فيه شخص واحد.",
         ("other", "2018-05-12", "explicit", "Paris", None)),
    ],
    ids=["starting-with-the-bombing", "with-a-knife"],
)
def test_a_terrorist_attack_takes_the_kind_its_clause_names(text: str, expected: tuple) -> None:
    assert dated_events(text, PUBLISHED) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "قتل 38 سائحا في هجوم إرهابي على فندق في مدينة سوسة يوم 26 حزيران 2015.",
        "وقع هجوم إرهابي على فندق في مدينة سوسة يوم 26 حزيران 2015 بعد أسبوع من تفجير في الكويت.",
    ],
    ids=["told-alone", "a-bombing-after-a-cause-word"],
)
def test_a_terrorist_attack_without_its_kind_stays_a_ground_attack(text: str) -> None:
    assert [e[0] for e in dated_events(text, PUBLISHED)] == ["ground_attack"]
