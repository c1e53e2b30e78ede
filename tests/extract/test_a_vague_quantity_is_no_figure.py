"""A toll told only by a vague quantity (عشرات القتلى، مئات الجرحى) gives no figure of the event: the text gives no
number, as the labelling guide has it; its lower bound still compares tellings of the attack, and a count written as a
number beside it is no minimum for it (قتل 18 شخصا وأصيب العشرات: 18, not at least 18)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _tolls(text: str) -> list[tuple[int | None, int | None, bool]]:
    return [(e.killed, e.injured, e.toll_is_minimum) for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل عشرات المدنيين في غارة جوية على مدينة دوما أمس.", [(None, None, False)]),
    ("قتل 18 شخصا وأصيب العشرات بجروح في غارة جوية على مدينة حلب أمس.", [(18, None, False)]),
    ("قتل 12 شخصا على الأقل وأصيب العشرات في غارة جوية على مدينة حلب أمس.", [(12, None, True)]),
    ("أسفرت غارة جوية على مدينة إدلب أمس عن سقوط 20 قتيلا ومئات الجرحى.", [(20, None, False)]),
], ids=["tens-of-dead", "a-count-and-tens-of-wounded", "a-lower-bound-and-tens-of-wounded", "hundreds-of-wounded"])
def test_a_vague_quantity_gives_no_figure(text: str, expected: list[tuple]) -> None:
    assert _tolls(text) == expected
