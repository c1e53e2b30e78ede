"""A dated attack told at a place the gazetteer does not know (في قضاء س أول من أمس) and an undated telling in
another sentence placed at a known town: two attacks, unless the second's clause names that unknown place too
(في قضاء س غرب المدينة): then it tells the dated attack in detail and completes it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "قال مسؤول محلي إن مسلحين قتلوا في تفجير انتحاري استهدف تجمعا لهم في قضاء كفرزيتونة أول من أمس. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 22)))]


def test_the_detail_naming_the_same_unknown_place_completes_the_dated_attack() -> None:
    text = LEAD + "وقال المسؤول: «فجر انتحاري نفسه وسط مجموعة من المسلحين في قضاء كفرزيتونة غرب الموصل، " \
                  "وأسفر الانفجار عن مقتل 20 مسلحا»."
    assert _events(text) == [("bombing", "2015-07-20", "Mosul", 20)]


def test_a_telling_naming_another_unknown_place_stays_apart() -> None:
    text = LEAD + "وقال المسؤول: «فجر انتحاري نفسه وسط مجموعة من المسلحين في قضاء سنجارو غرب الموصل، " \
                  "وأسفر الانفجار عن مقتل 20 مسلحا»."
    assert _events(text) == [("bombing", "2015-07-20", None, None), ("bombing", None, "Mosul", 20)]
