"""A name right after a checkpoint, post, building, hill or battalion noun (حاجز، حاجزي، حواجز، نقطة، مبنى، تلة،
كتيبة), quoted or not, names that facility, not a town: a checkpoint called «العقبة» near Zabadani is no Aqaba in
Jordan. The attack keeps the settlement named around it (حاجز السلام في إعزاز), or has no place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة جنود في هجوم على حاجزي «العقبة» و«البنايات» في الزبداني أمس.",
         [("ground_attack", "2016-08-11", "Az Zabadānī")]),
        ("هاجم مسلحون حاجز العقبة في الزبداني أمس وقتلوا ثلاثة جنود.",
         [("ground_attack", "2016-08-11", "Az Zabadānī")]),
        ("قتل ثلاثة جنود في هجوم على نقطة العقبة العسكرية في الزبداني أمس.",
         [("ground_attack", "2016-08-11", "Az Zabadānī")]),
        ("قتل ثلاثة جنود في هجوم على حاجز السلام في إعزاز أمس.", [("ground_attack", "2016-08-11", "I‘zāz")]),
        ("هاجم مسلحون حاجز «العقبة» أمس وقتلوا ثلاثة جنود.", [("ground_attack", "2016-08-11", None)]),
    ],
    ids=["two-quoted-checkpoints-at-their-town", "a-checkpoint-at-its-town", "a-post-at-its-town",
         "a-checkpoint-named-after-peace-in-its-town", "a-quoted-checkpoint-alone"],
)
def test_a_facility_keeps_the_town_around_it_or_none(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_town_itself_is_still_a_place() -> None:
    assert _events("قتل ثلاثة جنود في هجوم في العقبة أمس.") == [("ground_attack", "2016-08-11", "Aqaba")]
