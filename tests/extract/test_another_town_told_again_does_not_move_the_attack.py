"""An attack placed at a settlement by name keeps it when another sentence names it again at another settlement
(a minister's town, a neighbouring town): a town near a city is not inside it, whether the city is written with its
head or bare. A telling at a town inside the attack's governorate, or of its seat named bare, still places it
there."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision)
            for e in extract_article(article(text, dt.date(2018, 2, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت طائرات النظام غارات على مدينة دوما أمس. وقال وزير الخارجية في مدينة حرستا إن الغارات مرفوضة.",
         [("airstrike", "2018-02-19", "Dūmā", "city")]),
        ("شنت طائرات النظام غارات على مدينة دوما أمس. وقال وزير الخارجية في مدينة حلب إن الغارات مرفوضة.",
         [("airstrike", "2018-02-19", "Dūmā", "city")]),
        ("شنت طائرات النظام غارات على مدينة دوما أمس. وقال وزير الخارجية إن الغارات مرفوضة.",
         [("airstrike", "2018-02-19", "Dūmā", "city")]),
        ("شنت طائرات النظام غارات على ريف دمشق أمس. وقال ناشطون إن الغارات استهدفت مدينة حرستا.",
         [("airstrike", "2018-02-19", "Ḩarastā", "town")]),
        ("استأنفت قوات النظام أمس هجومها على دوما. وسيطرت قوات النظام على بلدة حمورية لاحقا.",
         [("ground_attack", "2018-02-19", "Dūmā", "city")]),
        ("قصفت طائرات النظام أمس دوما. وقال ناشطون إن الطائرات قصفت بلدة حمورية.",
         [("airstrike", "2018-02-19", "Dūmā", "city")]),
        ("شنت طائرات النظام غارات على إدلب أمس. وقال ناشطون إن الغارات استهدفت بلدة بنش.",
         [("airstrike", "2018-02-19", "Binnish", "town")]),
    ],
    ids=["a-neighbouring-town-of-a-statement", "a-far-town-of-a-statement", "a-statement-without-town",
         "a-town-inside-the-governorate", "a-capture-at-a-town-beside-a-bare-city",
         "a-strike-at-a-town-beside-a-bare-city", "a-town-of-a-governorate-seat-named-bare"],
)
def test_another_town_told_again_does_not_move_the_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
