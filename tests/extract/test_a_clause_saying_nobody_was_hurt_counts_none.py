"""A clause saying nobody was killed or hurt (دون وقوع إصابات، لم يسفر عن سقوط قتلى) counts none; one saying
only that no news came (دون أنباء عن إصابات) counts nothing, and a count told in the clause comes first."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.toll import Toll, find_toll
from timeline.pipeline import extract_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت قذيفتان على الحي الشرقي دون وقوع إصابات", Toll(killed=0, injured=0)),
        ("غارة على مخزن للذخيرة دون أن تسفر عن سقوط قتلى أو جرحى", Toll(killed=0, injured=0)),
        ("انفجرت عبوة قرب الجسر ولم يسفر الانفجار عن وقوع جرحى", Toll(injured=0)),
        ("استهدفت الطائرات موقعا للجيش من دون سقوط قتلى", Toll(killed=0)),
        ("هجومان على مستشفى وقافلة لم يسفرا عن ضحايا", Toll(killed=0, injured=0)),
    ],
    ids=["no-casualties", "neither-dead-nor-wounded", "no-wounded", "no-dead", "no-victims-dual-verb"],
)
def test_nobody_hurt_counts_none(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت المدفعية البلدة دون أنباء عن إصابات", Toll()),
        ("قتل ثلاثة مدنيين في القصف دون وقوع إصابات بين المسعفين", Toll(killed=3, victims="civilians")),
        ("لا تزال فرق الإنقاذ تبحث عن ضحايا تحت الأنقاض", Toll()),
    ],
    ids=["no-news", "a-count-first", "still-searching"],
)
def test_what_is_not_a_toll_of_none(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


def test_a_strike_without_casualties_keeps_a_toll_of_none() -> None:
    text = "قصفت طائرات حربية مساء الأحد موقعا عسكريا قرب بلدة الكسوة دون أن تسفر الغارة عن سقوط قتلى أو جرحى."
    events = extract_article(article(text, dt.date(2018, 5, 8)))
    assert [(e.event_type, e.date, e.place, e.killed, e.injured) for e in events] == [
        ("airstrike", "2018-05-06", "Al Kiswah", 0, 0)
    ]
