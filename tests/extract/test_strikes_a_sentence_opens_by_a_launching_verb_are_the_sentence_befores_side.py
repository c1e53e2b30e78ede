"""Strikes told in a sentence opened by a launching verb after a conjunction, the first trigger right after it
(ونفذت أربع غارات قرب مدينة الموصل: the verb's subject is a pronoun), are the side's that the sentence before names as
the subject of a launching verb (إن الطائرات الأمريكية شنت 12 غارة), and the day it writes after its report word;
a sentence naming its own side keeps it, and one not opened by the verb takes none, unless it counts the strikes
near a town (the total's detail, test_strikes_counted_near_a_town_after_a_counted_total_are_its_sides) (sentences
written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

BEFORE = ("قال الجيش في بيان يوم الخميس إن الطائرات الأمريكية شنت 12 غارة على مواقع داعش في العراق وسوريا يوم "
          "الأربعاء.\n")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.actor_hedged)
            for e in extract_article(article(BEFORE + text, dt.date(2016, 8, 12), "held"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونفذت أربع غارات قرب مدينة الموصل دمرت مواقع للتنظيم.",
         [("airstrike", "2016-08-10", "Mosul", "US", False)]),
        ("ونفذ الطيران العراقي أربع غارات قرب مدينة الموصل دمرت مواقع للتنظيم.",
         [("airstrike", None, "Mosul", "Iraqi forces", False)]),
        ("وقال المصدر إن أربع غارات نفذت في مدينة الموصل ودمرت مواقع للتنظيم.",
         [("airstrike", None, "Mosul", None, False)]),
        ("وقال المصدر إن أربع غارات نفذت قرب مدينة الموصل ودمرت مواقع للتنظيم.",
         [("airstrike", "2016-08-10", "Mosul", "US", False)]),
    ],
    ids=["opened-by-the-verb", "its-own-side", "not-opened-by-the-verb", "counted-near-a-town"],
)
def test_strikes_opened_by_a_launching_verb_take_the_side_before(text: str, expected: list) -> None:
    assert _events(text) == expected
