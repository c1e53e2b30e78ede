"""A strike word written like a past verb (قصف) right after a word that opens a clause (فيما، كما) is the verb,
and the side right after it its subject, as after a full stop; after another word it may be a verbal noun whose
object follows (سقوط ضحايا في قصف قوات موالية)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "opener",
    ["فيما", "كما", "بينما"],
)
def test_the_side_after_the_verb_is_its_subject(opener: str) -> None:
    text = f"{opener} قصف تنظيم داعش يوم الأربعاء مناطق في حي الجورة بمدينة دير الزور."
    assert _events(text) == [("shelling", "2016-08-10", "Al-Jura (Deir ez-Zor)", "ISIS")]
