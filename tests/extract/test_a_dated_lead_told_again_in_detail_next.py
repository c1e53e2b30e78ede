"""A dated attack told at a country or region, and told again in the very next sentence without a date at a
place inside it (وكان الشرطي جالسا أمام مقهى في مدينة تشينار حين أطلق مسلحون النار عليه), is one attack at that
place; not when the next sentence opens a scene of its own or tells other clashes (اشتباكات مسلحة أخرى)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 7, 31)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_detail_places_the_lead() -> None:
    text = ("قتل ثلاثة من أفراد الشرطة أمس في هجوم في جنوب شرق تركيا. وكان أحد الشرطيين جالسا أمام مقهى في مدينة "
            "تشينار حين أطلق مسلحون النار عليه.")
    assert _events(text) == [("ground_attack", "2015-07-30", "Çınar", 3)]


def test_other_clashes_are_another_attack() -> None:
    text = ("اندلعت أمس اشتباكات بين المقاتلين والجيش في شمال العراق أسفرت عن مقتل خمسة جنود. واندلعت اشتباكات "
            "مسلحة أخرى بين الجانبين في مدينة الموصل.")
    assert [(e[0], e[2]) for e in _events(text)] == [("ground_attack", "Northern Iraq"), ("ground_attack", "Mosul")]
