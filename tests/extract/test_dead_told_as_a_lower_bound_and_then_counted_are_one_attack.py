"""An attack told at a country with its dead only as a lower bound (غارة جوية في اليمن أسفرت عن مقتل عشرات) and told
again at a place inside it with a count of dead that meets the bound (الغارة التي استهدفت حافلة في مدينة صعدة وتسببت
في مقتل 29) are one attack, with the count and the side the first names. A count below the bound, or a plural that may
sum up several strikes, tells another attack; told right after the first by a noun with no side of its own, in an
article where the coalition is the one side attacking, it is the coalition's too (`filled_sides`)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

RETOLD = " وأدان الأمين العام في بيان الخميس الغارة التي استهدفت حافلة في مدينة صعدة وتسببت في مقتل 29 طفلا."


def _told(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_tens_of_dead_and_then_twenty_nine_are_one_strike() -> None:
    text = "قتل عشرات الأشخاص في غارة جوية شنها التحالف في اليمن." + RETOLD
    assert _told(text) == [("airstrike", None, "Sa'dah", "Saudi-led coalition", 29)]


def test_more_dead_than_the_count_is_another_strike() -> None:
    text = "قتل أكثر من 30 شخصا في غارة جوية شنها التحالف في اليمن." + RETOLD
    assert _told(text) == [("airstrike", None, "Yemen", "Saudi-led coalition", 30),
                           ("airstrike", None, "Sa'dah", "Saudi-led coalition", 29)]


def test_strikes_with_tens_of_dead_may_sum_up_others() -> None:
    text = "قتل عشرات الأشخاص في غارات جوية شنها التحالف في اليمن." + RETOLD
    assert _told(text) == [("airstrike", None, "Yemen", "Saudi-led coalition", None),
                           ("airstrike", None, "Sa'dah", "Saudi-led coalition", 29)]
