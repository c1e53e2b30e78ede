"""A dated attack without a toll and an undated telling of it giving the dead of a campaign (500 or more:
`splitting.TOTAL_KILLED`) merge without that total: it is not the day's toll. A smaller toll completes the day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


@pytest.mark.parametrize(("dead", "toll"), [(900, None), (30, 30)], ids=["a-campaign-total", "the-day-toll"])
def test_the_toll_the_dated_strikes_take(dead: int, toll: int | None) -> None:
    text = (f"كثفت قوات النظام غاراتها على الغوطة الشرقية، السبت. وأسفرت الغارات الجوية على مناطق الغوطة الشرقية "
            f"عن مقتل {dead} شخصا.")
    events = [(e.event_type, e.date, e.place, e.actor, e.killed)
              for e in extract_article(article(text, dt.date(2018, 3, 10)))]
    assert events == [("airstrike", "2018-03-10", "Eastern Ghouta", "Syrian army", toll)]
