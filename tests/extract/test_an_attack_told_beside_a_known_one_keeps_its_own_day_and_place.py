"""A clause opening with a phrase of an attack beside its own (وبالتزامن مع هجوم سروج فجر انتحاري نفسه أمس بسيارة
مفخخة في مدينة كوباني) tells the attack after that phrase: the known attack it names (a noun with the article, or
with the place it struck right after it) is another, and its place is not the clause's event's. The bombing is
read from the rest of the clause, with its day and place. An attack named beside that is not known (بالتزامن مع
غارات على البلدة، شن الطيران الحربي غارة) or the aircraft of an attack told there stay the clause's as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

#: A Wednesday: أمس is Tuesday 21 July.
PUBLISHED = dt.date(2015, 7, 22)


def told(text: str) -> list[tuple]:
    """(type, date, place) of each event of an article of `text`."""
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(("text", "expected"), [
    ("وبالتزامن مع هجوم سروج فجر انتحاري نفسه أمس بسيارة مفخخة في جنوب مدينة كوباني.",
     [("bombing", "2015-07-21", "‘Ayn al ‘Arab")]),
    ("وبالتزامن مع الهجوم على سروج فجر انتحاري نفسه أمس بسيارة مفخخة في جنوب مدينة كوباني.",
     [("bombing", "2015-07-21", "‘Ayn al ‘Arab")]),
], ids=["attack-of-a-place", "attack-with-the-article"])
def test_the_attack_after_the_known_one_is_the_clauses(text: str, expected: list[tuple]) -> None:
    assert told(text) == expected


def test_the_aircraft_of_an_attack_told_beside_leave_the_clause_whole() -> None:
    assert told("وبالتزامن مع شن الطيران الحربي غارة على مدينة سراقب أمس، قتل ثلاثة مدنيين.") == [
        ("airstrike", "2015-07-21", "Saraqib")]
