"""Aircraft named as a side in a target position (تعرضت طائرات روسية لأضرار) were struck: they do not make an
airstrike, and the strike told by its instrument (قصف ... بالمدفعية) keeps its kind; aircraft that strike stay
an airstrike."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 1, 10)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتعرضت طائرات روسية يوم 3 كانون الثاني 2018 لأضرار في مطار حماة إثر قصف الفصائل للمطار بالمدفعية.",
         ["shelling"]),
        ("وتعرضت طائرات روسية لأضرار في مطار حماة يوم 3 كانون الثاني 2018.", []),
        ("وقصفت طائرات روسية مواقع للفصائل قرب مدينة حماة يوم 3 كانون الثاني 2018.", ["airstrike"]),
    ],
    ids=["damaged-aircraft-shelled-base", "damaged-aircraft-alone", "aircraft-strike"],
)
def test_aircraft_in_a_target_position(text: str, expected: list[str]) -> None:
    assert _types(text) == expected
