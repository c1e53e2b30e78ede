"""A retelling that agrees with several attacks told before it completes the one told in its own
sentence, else one at the same named place, else the first told: a toll told without a place beside a
town's barrel bombs is theirs, not that of a strike on another city told before; a detail at a town is
that town's attack, not that of the area around it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_toll_without_place_completes_the_attack_of_its_sentence() -> None:
    assert _events(
        "قتل خمسة مقاتلين في غارة جوية قرب مدينة الحسكة.",
        "وفي درعا، قتل أربعة مدنيين لدى إلقاء مروحيات النظام براميل متفجرة على بلدة بصرى الشام، كما قتل ستة "
        "أشخاص في الغارات يوم الأحد.",
    ) == [("airstrike", None, "Al Ḩasakah", None, 5), ("airstrike", "2016-08-07", "Bosra", "Syrian army", 6)]


def test_a_detail_at_a_town_completes_that_towns_attack() -> None:
    assert _events(
        "قصفت الطائرات الحربية أمس قرى في ريف درعا الشرقي.",
        "وفي حادثة منفصلة، قتل أربعة مدنيين أمس في غارة على بلدة بصرى الشام.",
        "وأصابت الغارة على بلدة بصرى الشام منازل المدنيين.",
    ) == [("airstrike", "2016-08-11", "Rural Daraa", None, None), ("airstrike", "2016-08-11", "Bosra", None, 4)]
