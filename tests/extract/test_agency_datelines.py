"""A dateline naming an agency or an author, a dash and then the city the report was filed from,
closed by a colon ("واس - الرياض:"), is never the event's place, whatever the letter it starts with;
a place told after a dash inside the report still locates its event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize("dateline", ["واس - الرياض:", "وكالات – عمان:", "سامر يوسف - دبي:", "رويترز — بيروت:"])
def test_the_city_of_an_agency_dateline_is_no_event_place(dateline: str) -> None:
    assert _places(f"{dateline} قتل خمسة مدنيين في غارة جوية شنتها طائرات حربية يوم الخميس.") == [None]


def test_the_place_of_the_event_after_the_dateline_stays() -> None:
    assert _places("واس - الرياض: قتل خمسة مدنيين في غارة جوية على مدينة دوما يوم الخميس.") == ["Dūmā"]


def test_a_place_after_a_dash_inside_the_report_stays() -> None:
    assert _places("حلب - قصفت طائرات حربية مدينة الباب يوم الخميس: قتل خمسة مدنيين.") == ["Al-Bab"]
