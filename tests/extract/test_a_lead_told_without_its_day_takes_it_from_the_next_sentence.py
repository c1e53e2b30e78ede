"""A lead sentence that tells its attack without a day (أعلنت الوزارة أمس، عن مقتل 30 بقصف على س وص), followed
by a sentence that gives the day but names no place (وقال الناطق إن الطيران شن ضربات ليلة الأربعاء), is the
report's lead over both sentences: a follow-up of the report (وأضاف أن ...) at a place the lead names takes that
day. A next sentence naming a place of its own is another report, and dates no follow-up."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "أعلنت وزارة الدفاع أمس، عن مقتل 30 مسلحا بقصف لطيران التحالف في قضاء تلعفر ومدينة الرمادي."
FOLLOW_UP = "وأضاف أن ضربة جوية أخرى قتلت خمسة مسلحين في مدينة الرمادي."


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.place, e.date, e.date_basis, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_follow_up_takes_the_day_the_sentence_after_the_lead_gives() -> None:
    assert _events(LEAD, "وقال الناطق باسم الوزارة إن طيران التحالف شن ضربات جوية ليلة الأربعاء.", FOLLOW_UP) == [
        ("Tal Afar", "2016-08-10", "publication", 30), ("Ramadi", "2016-08-10", "lead", 5)]


def test_a_next_sentence_at_a_place_of_its_own_dates_no_follow_up() -> None:
    assert _events(LEAD, "وقال الناطق باسم الوزارة إن طيران التحالف شن ضربات جوية على مدينة الموصل ليلة الأربعاء.",
                   FOLLOW_UP)[-1] == ("Ramadi", None, None, 5)
