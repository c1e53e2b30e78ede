"""An attack told twice keeps the toll of its first telling; a second telling of the same dead gives the
wounded the first did not tell. The same wounded alone do not give the dead."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.extract.merging import _completed_toll
from timeline.extract.toll import Toll
from timeline.pipeline import extract_article


def test_the_wounded_of_the_second_telling() -> None:
    text = ("قتل ثلاثة مدنيين في غارة جوية على مدينة الباب شرق حلب يوم الأحد. وقال المرصد السوري إن ثلاثة مدنيين "
            "قتلوا وأصيب سبعة آخرون في غارة جوية على مدينة الباب.")
    events = [(e.event_type, e.date, e.place, e.killed, e.injured)
              for e in extract_article(article(text, dt.date(2016, 7, 18)))]
    assert events == [("airstrike", "2016-07-17", "Al-Bab", 3, 7)]


@pytest.mark.parametrize(("first", "second", "toll"), [
    (Toll(killed=3), Toll(killed=3, injured=7), Toll(killed=3, injured=7)),
    (Toll(killed=3), Toll(killed=4, injured=7), Toll(killed=3)),
    (Toll(injured=2), Toll(killed=2, injured=2), Toll(injured=2)),
    (Toll(killed=3, injured=1), Toll(killed=3, injured=7), Toll(killed=3, injured=1)),
    (Toll(killed=3), Toll(killed=3, combined=9), Toll(killed=3)),
], ids=["same-dead", "other-dead", "same-wounded-only", "wounded-told", "dead-and-wounded-together"])
def test_what_completes_a_toll(first: Toll, second: Toll, toll: Toll) -> None:
    assert _completed_toll(first, second) == toll
