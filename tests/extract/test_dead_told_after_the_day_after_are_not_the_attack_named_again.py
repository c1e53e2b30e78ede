"""A clause naming again the attack just told before a word counting a day from another (وتبنى التنظيم هذين
التفجيرين اللذين وقعا غداة مقتل 15 شخصا في تفجير ...) tells that other attack after the word: the earlier one.
Its dead are never lent to the attack named again, which keeps its own toll or none; the earlier attack is an
event of its own where the text places it (undated: the word counts from a day the clause does not tell)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

THURSDAY = dt.date(2016, 3, 10)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, THURSDAY))]


def test_the_earlier_blast_lends_its_dead_to_no_attack_dated_later() -> None:
    text = ("قتل 11 شخصا مساء أمس في ثلاث هجمات استهدفت مناطق في مدينة الموصل. واستهدف انتحاري بحزام ناسف حاجزا "
            "للجيش في حي الزهور شرقي الموصل. وتبنى التنظيم هذه الهجمات التي وقعت غداة مقتل 14 شخصا في انفجار "
            "عبوتين ناسفتين.")
    assert _events(text) == [
        ("ground_attack", "2016-03-09", "publication", "Mosul", 11),
        ("bombing", "2016-03-09", "lead", "Al-Zuhur (Mosul)", None),
    ]


def test_the_earlier_blast_at_its_own_town_is_its_own_event() -> None:
    text = ("قتل 11 شخصا مساء أمس في ثلاث هجمات استهدفت مناطق في مدينة الموصل. واستهدف انتحاري بحزام ناسف حاجزا "
            "للجيش في حي الزهور شرقي الموصل. وتبنى التنظيم هذه الهجمات التي وقعت غداة مقتل 14 شخصا في انفجار "
            "عبوتين ناسفتين في مدينة تلعفر.")
    assert _events(text)[1:] == [
        ("bombing", "2016-03-09", "lead", "Al-Zuhur (Mosul)", None),
        ("bombing", None, None, "Tal Afar", 14),
    ]


def test_the_attack_named_again_keeps_its_own_dead() -> None:
    text = ("قتل سبعة أشخاص مساء أمس في تفجير انتحاري استهدف سوقا في مدينة كركوك. وتبنى التنظيم هذا التفجير "
            "الذي جاء غداة مقتل 15 شخصا في تفجير سيارة مفخخة في حي آخر.")
    assert _events(text) == [("bombing", "2016-03-09", "publication", "Kirkuk", 7)]
