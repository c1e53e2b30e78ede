"""A count of the dead or the wounded written in brackets, as official statements set it apart (استشهاد (4)
وإصابة (9)), is read as the same count written bare, also when its number words follow it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2016, 1, 2)))]


def test_bracketed_counts_of_the_dead_and_the_wounded() -> None:
    assert _events("أعلنت الوزارة وقوع تفجير أمس في مدينة حلب نتج عنه استشهاد (4) وإصابة (9).") == [
        ("bombing", "2016-01-01", "Aleppo", 4, 9)]


def test_a_bracketed_count_followed_by_its_number_words() -> None:
    assert _events("قتل (3) ثلاثة مدنيين في غارة على حلب أمس.") == [("airstrike", "2016-01-01", "Aleppo", 3, None)]


def test_a_bracketed_number_of_no_toll_counts_nothing() -> None:
    assert _events("نفذت الطائرات غارة على حلب أمس بموجب القرار رقم (2254).") == [
        ("airstrike", "2016-01-01", "Aleppo", None, None)]
