"""A sentence that dates a counted series of attacks or incidents (ثلاثة حوادث أمنية ... أمس، هجومين، سلسلة
تفجيرات) dates the attacks the next sentences tell one by one without a date of their own (basis ``lead``):
as many as it counts, none placed outside its governorate, none after a sentence with a date of its own,
and never from the date of a report or a statement."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


def test_the_attacks_of_a_series_take_its_day() -> None:
    text = ("قتل خمسة أشخاص وأصيب 20 آخرون في ثلاثة حوادث أمنية منفصلة في محافظة ديالى أمس. وأفاد مصدر في "
            "الشرطة بمقتل شخصين بانفجار عبوة ناسفة في مدينة بعقوبة. وأضاف المصدر أن ثلاثة أشخاص قتلوا بتفجير "
            "سيارة مفخخة في مدينة المقدادية.")
    assert _events(text) == [
        ("bombing", "2016-08-11", "day", "lead", "Baqubah", 2),
        ("bombing", "2016-08-11", "day", "lead", "Al Miqdādīyah", 3),
    ]


def test_a_series_dates_no_more_attacks_than_it_counts() -> None:
    text = ("قتل خمسة أشخاص في هجومين في محافظة نينوى يوم الأربعاء. وقتل شخصان بانفجار عبوة ناسفة في بلدة "
            "تلعفر. وقتل ثلاثة جنود بهجوم مسلح على حاجز قرب بلدة سنجار. وقتل شرطي بتفجير عبوة ناسفة في بلدة "
            "بعشيقة.")
    assert _events(text) == [
        ("bombing", "2016-08-10", "day", "publication", "Tal Afar", 5),
        ("ground_attack", "2016-08-10", "day", "lead", "Sinjār", 3),
        ("bombing", None, None, None, "Bashiqa", 1),
    ]


def test_an_attack_outside_the_series_governorate_stays_undated() -> None:
    text = ("قتل خمسة أشخاص في حادثين أمنيين في محافظة ديالى أمس. وقتل شخصان بانفجار عبوة ناسفة في مدينة "
            "بعقوبة. وقتل ثلاثة أشخاص بتفجير سيارة مفخخة في مدينة الموصل.")
    assert _events(text) == [
        ("bombing", "2016-08-11", "day", "lead", "Baqubah", 2),
        ("bombing", None, None, None, "Mosul", 3),
    ]


def test_a_sentence_with_its_own_date_ends_the_series() -> None:
    text = ("قتل خمسة أشخاص في حادثين أمنيين في محافظة ديالى أمس. وقتل شخصان بانفجار عبوة ناسفة في مدينة "
            "بعقوبة يوم الثلاثاء. وقتل ثلاثة أشخاص بتفجير سيارة مفخخة في مدينة المقدادية.")
    assert _events(text) == [
        ("bombing", "2016-08-09", "day", "publication", "Baqubah", 2),
        ("bombing", None, None, None, "Al Miqdādīyah", 3),
    ]


def test_a_statement_s_day_dates_no_series() -> None:
    text = ("أعلنت الشرطة العراقية يوم الأربعاء مسؤولية التنظيم عن هجومين في محافظة نينوى. وقتل شخصان بانفجار "
            "عبوة ناسفة في بلدة تلعفر.")
    assert _events(text) == [
        ("statement", "2016-08-10", "day", "publication", "Nineveh", None),
        ("bombing", None, None, None, "Tal Afar", 2),
    ]
