"""A chronology (lines opening with a date and a colon) recalls attacks of long before the article: history, kept
out of the attack events. Its entry of the days the article reports stays an event, and so does one dated line
alone, or an old attack recalled in prose."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2018, 5, 10)
LEAD = ("أعلن الجيش الإسرائيلي الخميس أن طائراته قصفت ليل الأربعاء عشرات المواقع العسكرية الإيرانية في سوريا.\n"
        "وفي ما يلي أبرز الضربات الإسرائيلية في سوريا:\n")
NEWS = ("airstrike", "2018-05-09", "Syria")
OLD = "30 كانون الثاني/يناير 2013: غارة إسرائيلية على موقع قرب مدينة القطيفة في ريف دمشق.\n"
OLDER = "7 كانون الأول/ديسمبر 2014: طائرات إسرائيلية تقصف مستودعا قرب مطار دمشق الدولي.\n"
RECENT = "6 أيار/مايو 2018: غارة إسرائيلية على مطار المزة العسكري غرب دمشق.\n"


def test_the_old_entries_are_history_and_the_recent_one_an_event() -> None:
    assert typed_events(LEAD + OLD + OLDER + RECENT, PUBLISHED) == [NEWS, ("airstrike", "2018-05-06", "Mezzeh")]


def test_two_old_entries_are_a_chronology() -> None:
    assert typed_events(LEAD + OLD + OLDER, PUBLISHED) == [NEWS]


def test_one_dated_line_alone_is_no_chronology() -> None:
    assert typed_events(LEAD + OLD, PUBLISHED) == [NEWS, ("airstrike", "2013-01-30", "Al Quţayfah")]


def test_an_old_attack_recalled_in_prose_stays_an_event() -> None:
    text = LEAD + "وكانت طائرات إسرائيلية قد قصفت في 7 كانون الأول/ديسمبر 2014 مستودعا قرب مطار دمشق الدولي.\n"
    assert typed_events(text, PUBLISHED) == [NEWS, ("airstrike", "2014-12-07", "Damascus International Airport")]


BULLETED = ("أعلنت الداخلية الأربعاء إحباط هجوم وشيك. وفي ما يلي أبرز الهجمات التي شهدتها المملكة:\n"
            "- عام 1995 تفجير بسيارة مفخخة في مبنى بمدينة الرياض.\n"
            "- عام 2004 هجوم بسيارة مفخخة على مبنى المرور بمدينة الرياض.\n")


def test_the_items_of_a_bulleted_list_of_years_are_history() -> None:
    assert typed_events(BULLETED, PUBLISHED) == []


def test_one_bulleted_item_alone_is_no_chronology() -> None:
    text = BULLETED.rsplit("- عام 2004", 1)[0]
    assert typed_events(text, PUBLISHED) == [("bombing", "1995", "Riyadh")]
