"""The Syrian or the Iraqi side of a border (في الجانب السوري، على الجانب العراقي) is a place in that country: an attack
told there is placed at the country."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

ATTACK = "هاجم مسلحون من تنظيم داعش أمس موقعا عسكريا في بلدة الراعي، ما أسفر عن مقتل جنديين."


@pytest.mark.parametrize(
    ("side", "place"),
    [("في الجانب السوري", "Syria"), ("على الجانب العراقي من الحدود", "Iraq")],
    ids=["syrian", "iraqi"],
)
def test_the_side_is_the_country(side: str, place: str) -> None:
    text = f"{ATTACK} وردت القوات التركية بقصف مواقع التنظيم {side}."
    events = extract_article(article(text, dt.date(2016, 8, 12)))
    assert [(e.event_type, e.date, e.place, e.place_precision) for e in events] == [
        ("ground_attack", "2016-08-11", "Al-Rai", "town"), ("shelling", "2016-08-11", place, "country")]
