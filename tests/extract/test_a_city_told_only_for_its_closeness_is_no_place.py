"""A city told only as what the attacked area is close to (عدا عن قربها من دمشق, a noun of closeness with its
pronoun, read as a near word) after a governorate written as where the attack was, that does not hold the city,
is how far the area lies: the governorate is the place; so is a city told with a direction before the trigger
(وفي جنوب دمشق، قتل ...) when the attack is placed after it in a governorate not holding the city. A city near
which it was, inside the governorate named, stays the finer place, as does one with a direction after the trigger.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _placed(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_relation, e.actor)
            for e in extract_article(article(text, dt.date(2018, 6, 26)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت قوات النظام السوري الاثنين بلدات في محافظة درعا التي تكتسب أهمية عدا عن قربها من دمشق.",
         [("shelling", "2018-06-25", "Daraa", None, "Syrian army")]),
        ("قصفت قوات النظام السوري الاثنين مواقع في محافظة حمص قرب مدينة تدمر.",
         [("shelling", "2018-06-25", "Tadmur", "near", "Syrian army")]),
        ("وفي جنوب دمشق، قتل 22 مقاتلا مواليا للنظام، الخميس، في هجمات شنها التنظيم ضد مواقع لهم في محافظة السويداء.",
         [("ground_attack", "2018-06-21", "As-Suwayda", None, None)]),
        ("تمكنت القوات العراقية الخميس من تحرير تل مشيهيدة شرق مدينة الرمادي مركز محافظة صلاح الدين.",
         [("ground_attack", "2018-06-21", "Ramadi", "east", "Iraqi forces")]),
    ],
    ids=["closeness-to-a-city-of-another-governorate", "near-a-city-of-the-governorate-named",
         "a-direction-framing-the-attack", "a-direction-after-the-trigger"],
)
def test_the_governorate_named_places_the_attack(text: str, expected: list) -> None:
    assert _placed(text) == expected
