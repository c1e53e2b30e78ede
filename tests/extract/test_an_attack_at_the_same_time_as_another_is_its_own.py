"""A clause opened by "at the same time as" or "alongside" (تزامنا مع، بالتزامن مع، بموازاة) tells another attack
than the one before it: an indefinite attack there is its own event (at the first one's day, as
`test_an_attack_concurrent_with_a_dated_one_takes_its_day` has it), even of the first one's type; a definite noun
(تزامنا مع القصف المدفعي على المدينة) names one told elsewhere.
A clause told at the time of a recalled attack (، بينما قتل ...) is recalled too: it does not take the place
of a new attack told undated in another sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات أمس مدينة دوما تزامنا مع غارات على بلدة سقبا.",
         [("airstrike", "2016-08-11", "Dūmā", None), ("airstrike", "2016-08-11", "Saqba", None)]),
        ("قصفت الطائرات أمس مدينة دوما بالتزامن مع اشتباكات في بلدة حرستا.",
         [("airstrike", "2016-08-11", "Dūmā", None), ("ground_attack", "2016-08-11", "Ḩarastā", None)]),
        ("قصفت الطائرات أمس مدينة دوما تزامنا مع القصف المدفعي على المدينة.",
         [("airstrike", "2016-08-11", "Dūmā", None)]),
        ("قصفت الطائرات أمس مدينة دوما بموازاة اشتباكات في بلدة حرستا.",
         [("airstrike", "2016-08-11", "Dūmā", None), ("ground_attack", "2016-08-11", "Ḩarastā", None)]),
        ("قصفت الطائرات أمس مدينة دوما بموازاة القصف المدفعي على المدينة.",
         [("airstrike", "2016-08-11", "Dūmā", None)]),
    ],
    ids=["strikes-on-a-neighbouring-town", "clashes-in-another-town", "a-definite-noun-names-one",
         "alongside-clashes-in-another-town", "alongside-a-definite-noun"],
)
def test_an_attack_at_the_same_time(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_clause_at_a_recalled_time_keeps_its_own_place() -> None:
    text = ("تعرضت مدينة بيروت في عام 1990 لتفجير سيارة مفخخة، بينما قتل 20 جنديا في تفجير سيارة مفخخة. "
            "وانفجرت سيارة مفخخة في مدينة باريس.")
    assert _events(text) == [("bombing", "1990", "Beirut", None), ("bombing", "1990", "Beirut", 20),
                             ("bombing", None, "Paris", None)]
