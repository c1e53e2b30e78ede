"""An attack named right after a word that counts a day from it (وغداة التفجير،), a comma closing it, is what the
clause's happening came after: the day written after the comma is that happening's (the funeral's), and the attack
is that day counted back (basis ``event_relative``), not that day. An attack naming its own day before the comma
keeps it; no day after the comma dates nothing."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)  # a Friday

ATTACK = "قتل 12 شخصا في تفجير سيارة مفخخة في مدينة منبج. "


def test_the_attack_is_the_day_before_the_funeral() -> None:
    text = ATTACK + "وغداة التفجير، شيع الأهالي الضحايا يوم الأربعاء في منبج."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-09", "event_relative", "Manbij", 12)]


def test_the_day_after_opening_the_article_counts_back_too() -> None:
    text = "وغداة التفجير، شيع الأهالي يوم الأربعاء ضحايا تفجير سيارة مفخخة في مدينة منبج قتل فيه 12 شخصا."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-09", "event_relative", "Manbij", 12)]


def test_an_attack_naming_its_own_day_keeps_it() -> None:
    text = ATTACK + "وغداة التفجير الذي وقع الاثنين، شيع الأهالي الضحايا يوم الأربعاء في منبج."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-08", "publication", "Manbij", 12)]


def test_no_day_after_the_comma_dates_nothing() -> None:
    text = ATTACK + "وغداة التفجير، شيع الأهالي الضحايا في منبج."
    assert dated_events(text, PUBLISHED) == [("bombing", None, None, "Manbij", 12)]
