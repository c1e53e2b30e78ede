"""Attacks told in the plural of the generic attack words (هجمات، اعتداءات) and dated only by the day of the
report telling them are several attacks at times the report does not give: they stay undated (keeping the words
of the date); one attack so told keeps the report's day, and attacks told with a day of their own keep it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 7, 26)


def _events(text: str) -> list[tuple]:
    return [(e.date, e.date_text, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_attacks_reported_on_a_day_are_undated() -> None:
    text = "أفاد المرصد السوري الخميس بمقتل 30 شخصا في هجمات شنها التنظيم على قرى في محافظة السويداء."
    assert _events(text) == [(None, "الخميس", 30)]


def test_a_toll_rising_by_a_report_of_attacks_is_undated() -> None:
    text = ("ارتفعت حصيلة القتلى جراء الهجمات التي شنها التنظيم في محافظة السويداء إلى 200 قتيل، وفق ما أفاد "
            "المرصد السوري الخميس.")
    assert _events(text) == [(None, "الخميس", 200)]


def test_one_attack_keeps_the_report_s_day() -> None:
    text = "أفاد المرصد السوري الخميس بمقتل 30 شخصا في هجوم شنه التنظيم على قرية في محافظة السويداء."
    assert _events(text) == [("2018-07-26", "الخميس", 30)]


def test_attacks_with_a_day_of_their_own_keep_it() -> None:
    text = "قتل 30 شخصا الأربعاء في هجمات شنها التنظيم على قرى في محافظة السويداء، وفق ما أفاد المرصد السوري الخميس."
    assert _events(text) == [("2018-07-25", "الأربعاء", 30)]
