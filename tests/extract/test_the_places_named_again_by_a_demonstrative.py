"""Places just told, named again by a demonstrative (تلك المناطق، في هذه المدينة), place an attack that names no
place finer than its country at the last place finer than a country the sentence before names; not when its
own sentence names one (the demonstrative may point at it), and not over two sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.place, e.place_precision) for e in extract_article(article(text, dt.date(2018, 8, 30)))]


@pytest.mark.parametrize("text", [
    pytest.param("تمتد مناطق درع الفرات بين مدينة جرابلس ومدينة اعزاز. وكانت فصائل المعارضة المدعومة من تركيا "
                 "قد سيطرت على تلك المناطق في أواخر عام 2016.", id="those-areas"),
    pytest.param("زار الوزير مدينة اعزاز أمس. وكانت فصائل المعارضة المدعومة من تركيا قد هاجمت مواقع التنظيم "
                 "في هذه المدينة في أواخر عام 2016.", id="this-city"),
])
def test_the_place_of_the_sentence_before(text: str) -> None:
    assert _places(text) == [("I‘zāz", "town")]


def test_a_place_of_its_own_sentence_stays() -> None:
    text = ("زار الوزير مدينة اعزاز أمس. وكانت فصائل المعارضة المدعومة من تركيا قد هاجمت بلدة مارع في تلك "
            "المنطقة في أواخر عام 2016.")
    assert _places(text) == [("Māri‘", "village")]


def test_a_place_two_sentences_before_is_not_the_one_meant() -> None:
    text = ("زار الوزير مدينة اعزاز أمس. وتحدث عن الوضع الأمني. وكانت فصائل المعارضة المدعومة من تركيا قد "
            "سيطرت على تلك المناطق في أواخر عام 2016.")
    assert _places(text) == [(None, None)]  # Turkey backs the factions (المدعومة من تركيا): no place of theirs
