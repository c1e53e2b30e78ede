"""Placing: a place written after a phrase of standing with it (بهدف التضامن مع مدينة كوباني، تضامنا مع مدينة س) is the
town the people an attack struck had gathered for, never the attack's place: the bombing told again with it is the
bombing told before, and one told with it and its own town is at that town. A town struck itself stays the place."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _told(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_bombing_told_again_with_the_town_it_stood_with_is_one_event() -> None:
    text = ("فجر انتحاري نفسه الاثنين في تجمع لطلاب في مدينة سروج التركية. وقالت مصادر إن انتحاريين اخترقا تجمعا "
            "للطلاب في المركز الثقافي بهدف التضامن مع مدينة كوباني.")
    assert _told(text) == [("bombing", "2016-08-08", "Suruç", None)]


def test_a_gathering_in_solidarity_with_a_town_is_struck_at_its_own_town() -> None:
    text = "قتل 30 شخصا في تفجير انتحاري استهدف تجمعا لناشطين تضامنا مع مدينة كوباني في بلدة سروج الاثنين."
    assert _told(text) == [("bombing", "2016-08-08", "Suruç", 30)]


def test_the_town_struck_itself_is_the_place() -> None:
    text = "وقتل ثلاثة أشخاص في تفجير استهدف مدينة كوباني الاثنين."
    assert _told(text) == [("bombing", "2016-08-08", "‘Ayn al ‘Arab", 3)]
