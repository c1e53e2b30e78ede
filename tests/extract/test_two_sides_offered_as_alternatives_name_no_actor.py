"""Two sides joined by أو are offered as alternatives (لم يعرف إن كان نفذها الطيران الروسي أو طيران النظام):
the text tells neither as who did it, so the event gets no actor, and a strike told again this way merges with
the one told before it (the side first offered no longer bars the merge). A bombardment told without its
kind (قصف) is an air strike when every side offered strikes from the air."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events_on(text: str, published: dt.date) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, published))]


def _events(text: str) -> list[tuple]:
    return _events_on(text, dt.date(2017, 3, 14))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات الروسية أو طائرات النظام بلدة كفرنبل أمس.",
         [("airstrike", "2017-03-13", "Kafranbel", None)]),
        ("قصفت الطائرات الروسية بلدة كفرنبل أمس.", [("airstrike", "2017-03-13", "Kafranbel", "Russia")]),
    ],
    ids=["alternatives", "one-side"],
)
def test_sides_joined_by_or_are_no_actor(text: str, expected: list[tuple]) -> None:
    assert [e[:4] for e in _events(text)] == expected


@pytest.mark.parametrize(
    ("sides", "kind"),
    [("روسيا أو التحالف الدولي", "airstrike"), ("روسيا أو قوات النظام", "shelling")],
    ids=["both-strike-from-the-air", "one-fights-on-the-ground"],
)
def test_a_bombardment_is_an_air_strike_when_every_side_offered_strikes_from_the_air(sides: str, kind: str) -> None:
    text = f"قتل خمسة مدنيين في قصف على بلدة كفرنبل أمس نفذته {sides}."
    assert _events(text) == [(kind, "2017-03-13", "Kafranbel", None, 5)]


_LEAD = "أفاد المرصد بمقتل ثلاثة من قادة تنظيم داعش في غارة جوية روسية في شمال شرق سوريا اليوم الاثنين.\n"
_AGAIN = "ولم يعرف إن كانت الغارة الجوية التي استهدفت محافظة الحسكة نفذها الجيش السوري"


def test_the_strike_told_again_with_two_possible_sides_is_one_event() -> None:
    assert [e[:5] for e in _events_on(f"{_LEAD}{_AGAIN} أو روسيا.", dt.date(2015, 7, 21))] == [
        ("airstrike", "2015-07-20", "Al-Hasakah", "Russia", 3)]


def test_the_strike_told_again_with_one_other_side_stays_apart() -> None:
    assert [e[:4] for e in _events_on(f"{_LEAD}{_AGAIN}.", dt.date(2015, 7, 21))] == [
        ("airstrike", "2015-07-20", "North-eastern Syria", "Russia"), ("airstrike", None, "Al-Hasakah", "Syrian army")]
