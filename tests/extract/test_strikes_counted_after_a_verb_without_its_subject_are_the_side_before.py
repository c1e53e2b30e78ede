"""Strikes counted right after a past verb of doing whose subject is not written (ففي العراق نفذ 21 ضربة قرب ...) are
the side's that the sentence before names, its one side not in a target position: a statement's detail of the
total its lead gave (the coalition's daily statements). Not when the sentence before names no side or several, nor
when the clause names its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _sided(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


LEAD = "وقال البيان إن التحالف نفذ 29 ضربة جوية ضد التنظيم في العراق وسوريا. "
NEAR = "ففي العراق نفذ 21 ضربة أصابت مواقع بالقرب من الموصل وتكريت وبيجي والرمادي."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + NEAR, [("airstrike", "Mosul", "International coalition"),
                       ("airstrike", "Tikrīt", "International coalition"),
                       ("airstrike", "Bayjī", "International coalition"),
                       ("airstrike", "Ramadi", "International coalition")]),
        ("وقال البيان إن الضربات تواصلت في العراق وسوريا. " + NEAR, []),
        ("وقال البيان إن التحالف والجيش العراقي تقدما في العراق. " + NEAR, []),
        ("وقال البيان إن التحالف قصف مواقع في سوريا. ففي العراق أكد مسؤول أن 21 ضربة أصابت مواقع بالقرب من الموصل "
         "وتكريت وبيجي والرمادي.", []),
    ],
    ids=["the-side-of-the-lead", "no-side-before", "two-sides-before", "a-count-after-no-verb-of-doing"],
)
def test_strikes_counted_after_a_subjectless_verb(text: str, expected: list[tuple]) -> None:
    assert _sided(text) == expected
