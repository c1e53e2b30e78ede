"""A clash told without a side takes the first side named after بين ([roles] fought_between), right after it or one
word on (بين عناصر جبهة النصرة), as its actor: a party that fought, once the events are told (both parties stay
targets, which make no draft nor part one). Security forces are read by the clash's country or sentence only; the
killed told without بين, or counted after a بين further on (قتل فيها خمسة بين مدنيين ومقاتلين من قوات النظام), fill
nothing (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ودارت يوم الأربعاء اشتباكات عنيفة بين تنظيم داعش وقوات النظام في بلدة مهين في ريف حمص.",
         ("ground_attack", "2016-08-10", "Mahin", "ISIS")),
        ("واندلعت يوم الأربعاء معارك بين عناصر جبهة النصرة وقوات النظام في بلدة كفرنبل في ريف إدلب.",
         ("ground_attack", "2016-08-10", "Kafranbel", "Hayat Tahrir al-Sham")),
        ("قتل جندي يوم الأربعاء في اشتباكات بين قوات الأمن التركية ومسلحين في مدينة ديار بكر.",
         ("ground_attack", "2016-08-10", "Diyarbakır", "Turkey")),
        ("وقال الجيش التركي إن اشتباكات دارت يوم الأربعاء بين مسلحين وقوات الأمن في مدينة ديار بكر.",
         ("ground_attack", "2016-08-10", "Diyarbakır", "Turkey")),
    ],
    ids=["isis-and-the-regime", "one-word-on", "turkish-security-forces", "the-named-party-of-two"],
)
def test_a_party_named_after_between_is_the_clashs_actor(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة من عناصر قوات النظام يوم الأربعاء في اشتباكات عنيفة في بلدة كفرنبل في ريف إدلب.",
        "ودارت اشتباكات يوم الأربعاء في بلدة كفرنبل في ريف إدلب، وقتل فيها خمسة بين مدنيين ومقاتلين من قوات النظام.",
        "قتل أربعة أشخاص يوم الأربعاء في مواجهات بين قوات الأمن ومسلحين في مدينة منبج.",
    ],
    ids=["the-killed-side", "between-the-killed", "security-forces-of-no-country-of-ours"],
)
def test_a_side_not_named_as_a_party_of_the_clash_is_no_actor(text: str) -> None:
    assert [actor for *_, actor in _events(text)] == [None]
