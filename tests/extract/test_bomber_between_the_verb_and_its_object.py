"""A bomber who blew himself up, told with the subject between the verb and its object (فجر إرهابي نفسه،
فجرت انتحارية نفسها، فجر ثلاثة مهاجمين أنفسهم), is a bombing, whatever else the clause calls it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("وقتل 25 شخصا حين فجر إرهابي نفسه في مسجد بمدينة منبج يوم 10 آب 2016، في ضربة قاتلة.", 25),
        ("وفجرت امرأة ترتدي حزاما نفسها في سوق مدينة منبج يوم 10 آب 2016.", None),
        ("وفجر ثلاثة مهاجمين أنفسهم عند مدخل مطار مدينة منبج يوم 10 آب 2016.", None),
    ],
    ids=["bomber-called-a-terrorist", "woman-with-a-belt", "three-attackers"],
)
def test_a_bomber_between_verb_and_object_is_a_bombing(text: str, killed: int | None) -> None:
    events = extract_article(article(text, PUBLISHED))
    assert [(e.event_type, e.date, e.place, e.killed) for e in events] == [("bombing", "2016-08-10", "Manbij", killed)]
