"""An event its article recalls from long before (history, background) can be left out of the view."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.views.test_filters import ROWS, frame, ids
from timeline.views.filters import RECALLED_AFTER_DAYS, Filters, apply, recalled
from timeline.views.query import EventQuery

#: by event id of `ROWS`, the day its article was published
PUBLISHED = {
    "a": "2016-03-05",  # the next day: news
    "b": "2016-08-30",  # July 2016 ends 30 days before: still news
    "c": "2018-02-01",  # 2017 ended 32 days before: recalled
    "d": None,  # no publication day: never recalled
    "e": "2016-03-05",  # undated: stays in the tray
    "f": "2014-06-01",  # a year after: recalled
}


def events():
    table = frame(ROWS)
    table["published"] = table["event_id"].map(PUBLISHED).astype("string")
    return table


def test_the_threshold_is_a_month() -> None:
    assert RECALLED_AFTER_DAYS == 30


def test_events_ending_over_a_month_before_their_article_are_recalled() -> None:
    table = events()
    assert sorted(table.loc[recalled(table), "event_id"]) == ["c", "f"]


@pytest.mark.parametrize(
    ("filters", "dated", "undated"),
    [
        pytest.param(Filters(date_from=dt.date(2013, 1, 1)), ["a", "b", "c", "d", "f"], ["e"], id="shown-by-default"),
        pytest.param(Filters(date_from=dt.date(2013, 1, 1), include_recalled=False), ["a", "b", "d"], ["e"],
                     id="left-out"),
    ],
)
def test_apply_leaves_out_recalled_events_only_when_asked(filters: Filters, dated, undated) -> None:
    view, tray = apply(events(), filters)
    assert (ids(view), ids(tray)) == (dated, undated)


def test_the_store_query_leaves_out_the_same_events() -> None:
    f = Filters(date_from=dt.date(2013, 1, 1), include_recalled=False)
    query = EventQuery.of_frame(events(), f)
    assert sorted(query.frame()["event_id"]) == ["a", "b", "d"]
    assert sorted(query.frame(undated=True)["event_id"]) == ["e"]


def test_the_switch_travels_in_the_url_and_is_said_in_words() -> None:
    f = Filters(include_recalled=False)
    assert f.to_query() == {"include_recalled": "0"}
    assert Filters.from_query({"include_recalled": "0"}) == f
    assert f.describe()[-1] == "no events recalled from over 30 days before their article"
