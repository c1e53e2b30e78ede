"""The dead found are a toll: the bodies of two (جثتي جنديين) and two found killed (شرطيين مقتولين) count two killed,
and a shooting they tell is an attack of that day."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import find_toll
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    "text",
    ["عثرت الشرطة على جثتي جنديين في المنزل", "عثرت الشرطة على شرطيين مقتولين في المنزل"],
    ids=["two-bodies", "found-killed"],
)
def test_the_dead_found_are_counted(text: str) -> None:
    assert find_toll(normalize(text)).killed == 2


def test_two_found_shot_dead_are_an_attack() -> None:
    text = "وعثرت الشرطة صباح اليوم على جثتي جنديين مقتولين برصاص مسلحين مجهولين في بلدة جيلان بينار."
    events = extract_article(article(text, dt.date(2015, 7, 22)))
    assert [(e.event_type, e.date, e.place, e.killed) for e in events] == [
        ("ground_attack", "2015-07-22", "Ceylanpınar", 2)]
