"""A place right after بين joined by و to a word the gazetteer does not know (بعد انهيار المحادثات بين روسيا
وممثلي المعارضة) is one side of talks or a quarrel, not where an attack happened; two places after بين (الطريق بين
الرمادي والفلوجة) still locate it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2018, 4, 8)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتعرضت البلدة لهجمات مكثفة من الجو والبر يوم الجمعة الماضية بعد انهيار المحادثات بين روسيا وممثلي "
         "المعارضة.", [None]),
        ("وتعرضت البلدة لهجمات مكثفة من الجو والبر يوم الجمعة الماضية بعد انهيار المحادثات بين رُوسِيَا وممثلي "
         "المعارضة.", [None]),
        ("وقصفت الطائرات أمس الطريق بين الرمادي والفلوجة.", ["Ramadi"]),
        ("وقصفت الطائرات أمس الطريق بين الرقة ودير الزور.", ["Ar Raqqah"]),
        ("وشنت قوات الحكومة أمس هجوما على مواقع المتمردين على الحدود بين مأرب والبيضاء.", ["Ma'rib"]),
    ],
    ids=["talks-between-a-country-and-a-side", "a-country-written-with-vowels", "a-road-between-two-cities",
         "a-two-word-second-place", "a-border-between-two-governorates"],
)
def test_a_place_between_two_sides(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
