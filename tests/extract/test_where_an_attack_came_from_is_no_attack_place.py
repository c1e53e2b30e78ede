"""A place written after "from the side of" (من جهة هضبة الجولان، من اتجاه بلدة س، من جانب، من محور) or after "its
source" (مصدرها بلدة س) is where an attack came from or a front was pressed from: it never locates the attack, even
when the clause names no other place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2018, 6, 26)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل ثلاثة جنود أمس بصاروخين أطلقتهما طائرات إسرائيلية من جهة هضبة الجولان.", [None]),
        ("وقتل ثلاثة جنود أمس بصاروخين أطلقتهما طائرات إسرائيلية على هضبة الجولان.", ["Golan Heights"]),
        ("وقصفت قوات النظام أمس مدينة دوما من اتجاه مسرابا.", ["Dūmā"]),
        ("وقصفت قوات النظام أمس مدينة دوما من جهة بلدة مسرابا.", ["Dūmā"]),
        ("وشنت القوات النظامية أمس هجوما على مدينة دوما من محور بلدة مسرابا.", ["Dūmā"]),
        ("وشنت القوات النظامية أمس هجوما من محور بلدة مسرابا.", [None]),
        ("وشنت القوات النظامية أمس هجوما على محور بلدة مسرابا.", ["Misraba"]),
        ("وقتل خمسة مدنيين أمس جراء سقوط قذيفة على مدينة دوما مصدرها بلدة مسرابا.", ["Dūmā"]),
        ("وقتل خمسة مدنيين أمس جراء سقوط قذيفة هاون مصدرها بلدة مسرابا.", [None]),
        ("وقتل خمسة مدنيين أمس جراء سقوط قذيفة هاون على بلدة مسرابا.", ["Misraba"]),
    ],
    ids=["fired-from-the-side-of", "fired-on", "the-side-after-the-target", "the-side-with-its-head",
         "pressed-from-the-axis-of", "only-from-the-axis-of", "on-the-axis-of", "fell-on-a-town-its-source-another",
         "only-its-source", "fell-on"],
)
def test_the_side_an_attack_came_from(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
