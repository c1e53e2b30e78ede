"""A cause word that tells a distance (غير بعيد عن مقر الشرطة، بعيد عن المدينة، حي بعيد نسبيا، حي بعيد،: "far",
not "shortly after") opens no other happening: the attack told around it keeps its date and toll; بعيد opening a
clause is still "shortly after" (وبعيد التفجير في مدينة سوروتش، استهدف هجوم ... كوباني: the attack at Kobani)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 20)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجرت سيارة مفخخة غير بعيد عن مقر الشرطة في مدينة كركوك أمس، وقتل خمسة أشخاص في هجوم انتحاري على حاجز "
         "للجيش.", [("bombing", "2016-07-19", "Kirkuk", 5)]),
        ("وبعيد التفجير في مدينة سوروتش، استهدف هجوم انتحاري بسيارة مفخخة حاجزا للقوات الكردية في مدينة كوباني أمس.",
         [("bombing", "2016-07-19", "‘Ayn al ‘Arab", None)]),
        ("وسقطت قذائف على حي بعيد نسبيا، في قصف استهدف مدينة حلب أمس وقتل فيه ستة مدنيين.",
         [("shelling", "2016-07-19", "Aleppo", 6)]),
        ("وسقطت قذائف على حي بعيد، في قصف استهدف مدينة حلب أمس وقتل فيه ستة مدنيين.",
         [("shelling", "2016-07-19", "Aleppo", 6)]),
    ],
    ids=["not-far-from", "shortly-after-opening", "far-relatively", "far-before-a-comma"],
)
def test_far_from_a_place_is_no_cause(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
