"""An ambiguous strike word (استهداف، قصفه) with its weapon written with the instrument ب a few words after it
(استهداف البلدة بالغازات السامة) tells a strike though no side is named; not in the present (a habit), nor
without the weapon, nor with the weapon too far from it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال ناشطون إن عائلات كاملة قضت بعد استهداف بلدة كفرنبل بالغازات السامة مساء الأربعاء.",
         [("other", "2016-08-10", "Kafranbel", None, None)]),
        ("وقال ناشطون إن مدرسة تضررت بعد استهداف بلدة كفرنبل بطائرة مسيرة مساء الأربعاء.",
         [("airstrike", "2016-08-10", "Kafranbel", None, None)]),
        ("وقال ناشطون إن عائلات كاملة قضت بعد استهداف بلدة كفرنبل مساء الأربعاء.", []),
        ("ويقول السكان إن المسلحين يستهدفون بلدة كفرنبل بالغازات السامة.", []),
        ("وتخشى المعارضة استهداف بلدة كفرنبل بالغازات السامة.", []),
    ],
    ids=["chemical-weapon", "drone", "no-weapon", "present-habit", "feared"],
)
def test_a_strike_word_with_its_weapon(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
