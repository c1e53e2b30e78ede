"""A lead telling only a toll (أعلنت أنقرة، الثلاثاء، مقتل جندي خلال عمليات للجيش: an ``other`` event) and, in the
next sentence, an attack telling the same dead (إن جنديا قتل في هجوم لعناصر الحزب) are one happening: the attack's
type and side with the lead's day; other dead tell another attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 5, 29)
LEAD = "أعلنت أنقرة، الثلاثاء، مقتل جندي خلال عمليات للجيش ضد مقاتلي حزب العمال الكردستاني شمالي العراق.\n"


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_the_toll_and_its_attack_are_one_event() -> None:
    text = LEAD + "وقالت رئاسة الأركان في بيان إن جنديا قتل في هجوم لعناصر حزب العمال الكردستاني في شمالي العراق."
    assert events(text) == [("ground_attack", "2018-05-29", "Northern Iraq", 1, "PKK")]


def test_other_dead_tell_another_attack() -> None:
    text = LEAD + "وقالت رئاسة الأركان في بيان إن جنديين قتلا في هجوم لعناصر حزب العمال الكردستاني في شمالي العراق."
    assert events(text) == [
        ("other", "2018-05-29", "Northern Iraq", 1, None),
        ("ground_attack", None, "Northern Iraq", 2, "PKK"),
    ]
