"""A place inside a group's quoted name whose first word is an organisation's head (اسم "أنصار الدولة في بيت
المقدس") is a word of the name, not where the group struck; a quoted place after a naming head stays a place.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('تبنت جماعة تطلق على نفسها اسم "أنصار الدولة في بيت المقدس" أمس إطلاق قذيفتي هاون على موقع لحماس جنوب '
         "قطاع غزة.", [("shelling", "2015-07-21", "Gaza Strip", "PS", "south part")]),
        ('قتل ثلاثة فلسطينيين أمس في انفجار في مدينة "بيت المقدس" القديمة.',
         [("bombing", "2015-07-21", "Jerusalem", "IL", None)]),
    ],
    ids=["the-groups-name", "a-quoted-city"],
)
def test_a_groups_name_does_not_place_its_attack(text: str, expected: list) -> None:
    events = extract_article(article(text, dt.date(2015, 7, 22)))
    assert [(e.event_type, e.date, e.place, e.country, e.place_relation) for e in events] == expected
