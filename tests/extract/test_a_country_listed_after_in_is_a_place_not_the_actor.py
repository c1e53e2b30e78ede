"""A side's name ending a list of names after في (في الكويت وتونس وفرنسا، في كل من ...) is one of the
places of the attacks, not who carried them out; the same names as the subject of a verb still act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _actors(text: str) -> list[str | None]:
    return [e.actor for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ثلاث هجمات إرهابية وعشرات القتلى والجرحى في كل من الكويت وتونس وفرنسا يوم الجمعة.", [None, None, None]),
        ("ضرب الإرهاب ثلاث مدن في الكويت وتونس وفرنسا يوم الجمعة وخلف عشرات القتلى.", [None]),
        ("وشنت تركيا وفرنسا غارات على مواقع التنظيم في مدينة الرقة أمس.", ["France"]),
        ("وقصفت طائرات فرنسية مواقع التنظيم في مدينة الرقة أمس.", ["France"]),
        ("قتل خمسة مدنيين في حلب وقوات النظام تقصف الأحياء الشرقية أمس.", ["Syrian army"]),
    ],
    ids=["every-one-of-a-list", "a-list-after-in", "subjects-of-a-verb", "aircraft-named-by-their-side",
         "a-side-of-several-words-after-a-place"],
)
def test_a_listed_country_is_no_actor(text: str, expected: list[str | None]) -> None:
    assert _actors(text) == expected
