"""A sentence telling two attacks apart (in Suruç, and in Kobani yesterday), then the first told again, then "another
attack" at the second's town with no day or dead of its own: the pair's second told again, not a third. Told right
after the second, "another attack" at its town is a third."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_another_attack_after_the_first_of_the_pair_is_the_second() -> None:
    text = ("قتل 30 شخصا في تفجير انتحاري في مدينة سوروتش التركية، وقتل اثنان في تفجير سيارة مفخخة في مدينة كوباني "
            "السورية أمس. وقالت السلطات إن الانتحاري في سوروتش كان في العشرين. وبعيد هذا التفجير الأول في سوروتش، "
            "استهدف هجوم آخر بسيارة مفخخة حاجزا في مدينة كوباني.")
    assert _events(text) == [
        ("bombing", "2016-08-11", "Suruç", 30),
        ("bombing", "2016-08-11", "‘Ayn al ‘Arab", 2),
    ]


def test_another_attack_right_after_the_second_of_the_pair_is_a_third() -> None:
    text = ("قتل 3 أشخاص في تفجير في مدينة الرمادي، وقتل 7 في تفجير سيارة مفخخة في مدينة بعقوبة أمس. وفي وقت لاحق، "
            "استهدف تفجير آخر بسيارة مفخخة سوقا في مدينة بعقوبة.")
    assert _events(text) == [
        ("bombing", None, "Ramadi", 3),
        ("bombing", "2016-08-11", "Baqubah", 7),
        ("bombing", None, "Baqubah", None),
    ]
