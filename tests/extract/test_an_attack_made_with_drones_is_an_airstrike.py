"""A ground attack verb whose instrument is aircraft (هاجموا المطار بطائرات مسيرة) or whose subject is aircraft
in quotation marks (هاجمت "طائرات مسيرة" القاعدة) is an airstrike; aircraft backing the assault (بدعم من
الطائرات) and firearms (بالأسلحة الرشاشة) leave it a ground attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهاجم المسلحون مطار منبج بطائرات مسيرة محملة بالمتفجرات يوم 10 آب 2016.", ["airstrike"]),
        ('وهاجمت "طائرات مسيرة مفخخة" معسكرا قرب مدينة منبج يوم 10 آب 2016.', ["airstrike"]),
        ("وهاجم الجيش قرية قرب مدينة منبج بدعم من الطائرات الحربية يوم 10 آب 2016.", ["ground_attack"]),
        ("وهاجم المسلحون حاجزا قرب مدينة منبج بالأسلحة الرشاشة يوم 10 آب 2016.", ["ground_attack"]),
    ],
    ids=["drones-for-instrument", "quoted-drones-for-subject", "aircraft-backing", "machine-guns"],
)
def test_the_instrument_of_an_attack_verb_types_it(text: str, expected: list[str]) -> None:
    assert _types(text) == expected
