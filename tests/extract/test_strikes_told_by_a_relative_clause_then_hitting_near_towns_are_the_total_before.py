"""Definite strikes told by a relative clause of a past verb of doing without its subject, then by a verb of
hitting, near far-apart towns (إن الضربات التي نفذت في العراق أصابت مواقع بالقرب من الموصل وتكريت والرمادي) are the
strikes the sentence before counts, told in detail: the side that sentence names, not in a target position, one
strike near each town when its smallest count is at least as many. Not when the sentence before names no side,
when no verb of hitting tells them, nor at towns without a word of nearness."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _told(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor, e.date) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


LEAD = "نفذ التحالف الدولي ثماني ضربات جوية ضد التنظيم في العراق و12 ضربة في سوريا. "
SAID = "وقال المتحدث إن الضربات التي نفذت في العراق "
NEAR = "أصابت مواقع قتالية بالقرب من مدن الموصل وتكريت والرمادي."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + SAID + NEAR, [("airstrike", "Mosul", "International coalition", None),
                              ("airstrike", "Tikrīt", "International coalition", None),
                              ("airstrike", "Ramadi", "International coalition", None)]),
        ("وقال المتحدث إن الطقس تحسن في العراق. " + SAID + NEAR, []),
        (LEAD + SAID + "كانت بالقرب من مدن الموصل وتكريت والرمادي.", []),
        (LEAD + SAID + "أصابت مواقع قتالية في مدن الموصل وتكريت والرمادي.", []),
        ("نفذ التحالف الدولي غارات ضد التنظيم في العراق. " + SAID + NEAR, []),
    ],
    ids=["the-side-and-count-before", "no-side-before", "no-verb-of-hitting", "no-word-of-nearness",
         "no-count-before"],
)
def test_strikes_told_by_a_relative_clause_then_hitting_near_towns(text: str, expected: list[tuple]) -> None:
    assert _told(text) == expected
