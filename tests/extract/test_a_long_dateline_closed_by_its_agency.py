"""A dateline of up to six words closed by its agency in brackets ("دبي، الإمارات العربية المتحدة الأمريكية
(CNN)-- ") is where the report was filed, never the event's place; six words and a dash without an agency
open a sentence, whose place stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_five_word_city_and_country_before_the_agency_is_a_dateline() -> None:
    text = "دبي، الإمارات العربية المتحدة الأمريكية (CNN)-- قتل خمسة مدنيين في غارة جوية شنتها طائرات حربية يوم الخميس."
    assert _places(text) == [None]


def test_the_event_place_after_a_long_dateline_stays() -> None:
    text = ("دبي، الإمارات العربية المتحدة الأمريكية (CNN)-- قتل خمسة مدنيين في غارة جوية على مدينة دوما "
            "يوم الخميس.")
    assert _places(text) == ["Dūmā"]


def test_six_words_and_a_dash_without_an_agency_are_no_dateline() -> None:
    text = "قتل خمسة مدنيين في مدينة دوما - بحسب ناشطين - في غارة جوية شنتها طائرات حربية يوم الخميس."
    assert _places(text) == ["Dūmā"]
