"""A day written before a capture told after a cause word (بعد سيطرتها على، عقب سيطرة القوات على) and set off from it
by a comma or a colon is the day of what followed the capture, not its own: the capture stays undated. Told in one
phrase with it (تمكنت القوات السبت من عزل المدينة بعد السيطرة على البلدة), what followed came that day, and so did
the capture."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2018, 3, 18)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("وبدت آثار الهجوم اليوم الأحد واضحة في الغوطة الشرقية، بعد سيطرة القوات الحكومية على بلدة كفر بطنا.",
     ("ground_attack", None, "Kafr Batna")),
    ("في الصحف اليوم: المشهد في مدينة الحديدة بعد سيطرة القوات الحكومية على المطار.",
     ("ground_attack", None, "Al Ḩudaydah")),
    ("وتمكنت قوات النظام السبت من عزل مدينة دوما بعد السيطرة على بلدة مسرابا.",
     ("ground_attack", "2018-03-17", "Misraba")),
], ids=["comma", "colon", "one-phrase"])
def test_a_day_set_off_before_a_capture_is_what_followed(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
