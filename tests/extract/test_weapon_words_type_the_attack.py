"""What an attack was done with types it in every noun form of the weapon word (انفجارا، عبوتين), a
toll that a statement tells is typed by the weapon of its clause (قالت الوزارة إن انفجارا أسفر عن
مقتل 27), a raid named beside a strike verb (هذه الغارة التي استهدفت حافلة) makes it an air strike, and
bombers counted among the dead (بينهم ثلاثة انتحاريين) are no weapon used."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ذكر المرصد، الأربعاء، أن انفجارا استهدف سيارة عسكرية قرب مدينة منبج ما أسفر عن مقتل 3 جنود.",
         ("bombing", "2016-08-10", "Manbij", None, 3)),
        ("قالت الوزارة إن انفجارا في مدينة منبج أسفر عن مقتل 27 شخصا يوم 10 آب 2016.",
         ("bombing", "2016-08-10", "Manbij", None, 27)),
        ("وأدان الأمين العام هذه الغارة التي استهدفت حافلة في مدينة صعدة وأسفرت عن مقتل 29 طفلا يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "Sa'dah", None, 29)),
        ("وجاءت هذه الغارات بعد أخرى استهدفت بلدة سقبا في وقت سابق يوم 10 آب 2016، مما أدى إلى مقتل 11 مدنيا.",
         ("airstrike", "2016-08-10", "Saqba", None, 11)),
        ("أصيب ثلاثة من عناصر الشرطة في هجوم بقنبلة في مدينة منبج يوم 10 آب 2016.",
         ("bombing", "2016-08-10", "Manbij", None, None)),
    ],
    ids=["explosion-in-the-accusative", "statement-toll-by-an-explosion", "strike-verb-of-a-raid-told-before",
         "another-raid", "an-attack-with-a-bomb"],
)
def test_the_weapon_word_types_the_attack(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_bombers_among_the_dead_do_not_type_the_attack() -> None:
    text = "أعلنت الشرطة صد هجوم شنه تنظيم داعش في مدينة منبج يوم 10 آب 2016 وقتل 12 من عناصره بينهم ثلاثة انتحاريين."
    assert _events(text) == [("ground_attack", "2016-08-10", "Manbij", "ISIS", 12)]


def test_a_statement_toll_without_a_weapon_stays_other() -> None:
    text = "أعلنت الشرطة مقتل 12 شخصا في مدينة منبج يوم 10 آب 2016."
    assert [kind for kind, *_ in _events(text)] == ["other"]
