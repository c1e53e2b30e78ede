"""The view as DuckDB queries means what `filters.apply` means: the same events, the same tray."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.views.test_filters import frame
from timeline import store
from timeline.synthetic import synthetic_events, write_store
from timeline.views.filters import Filters, apply
from timeline.views.query import EventQuery, option_counts

EVENTS = synthetic_events(600, seed=11)
#: every fifth event told by an article published 45 days after it ends: recalled
EVENTS.loc[::5, "published"] = (
    pd.to_datetime(EVENTS.loc[::5, "date_end"], errors="coerce") + pd.Timedelta(days=45)).dt.strftime("%Y-%m-%d")
DAYS = st.dates(dt.date(2013, 6, 1), dt.date(2019, 6, 1))


def filters_strategy() -> st.SearchStrategy[Filters]:
    values = {spec: sorted(set(EVENTS[spec].dropna().astype(str))) for spec in ("source", "event_type", "actor")}
    return st.builds(
        lambda a, b, sources, types, actors, killed, text, coarse, inferred, recalled: Filters(
            date_from=min(a, b), date_to=max(a, b), sources=tuple(sources), types=tuple(types),
            actors=tuple(actors), min_killed=killed, text=text, include_coarse=coarse, include_inferred=inferred,
            include_recalled=recalled),
        DAYS, DAYS,
        st.lists(st.sampled_from(values["source"]).map(str.lower), max_size=2),
        st.lists(st.sampled_from(values["event_type"]), max_size=2),
        st.lists(st.sampled_from(values["actor"]), max_size=2),
        st.integers(0, 12), st.sampled_from(["", "الرقه", "حلب", "Raqqa"]), st.booleans(), st.booleans(),
        st.booleans())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(filters_strategy())
def test_the_query_selects_what_apply_selects(f: Filters) -> None:
    view, tray = apply(EVENTS, f)
    query = EventQuery.of_frame(EVENTS, f)
    assert sorted(query.frame()["event_id"]) == sorted(view["event_id"])
    assert sorted(query.frame(undated=True)["event_id"]) == sorted(tray["event_id"])
    assert query.count() == len(view) and query.count(undated=True) == len(tray)


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("store") / "store.duckdb", 500, seed=3)


def test_a_read_only_connection_to_the_store_answers_the_same(synthetic_store: Path) -> None:
    events = store.load_events(synthetic_store)
    f = Filters(date_from=dt.date(2016, 1, 1), types=("airstrike",), actors=("RUSSIA",), include_inferred=False)
    with store.reader(synthetic_store) as con:
        query = EventQuery(con, f, option_counts(con))
        rows = query.frame()
        assert sorted(rows["event_id"]) == sorted(apply(events, f)[0]["event_id"])
        assert list(rows.columns) == list(events.columns) and rows.dtypes.equals(events.dtypes)
        counts = option_counts(con)
    assert counts["sources"] == events["source"].value_counts().sort_index().to_dict()


def test_cells_count_every_located_event_once() -> None:
    query = EventQuery.of_frame(EVENTS, Filters())
    view, _ = apply(EVENTS, Filters())
    located = view.dropna(subset=["lat", "lon"])
    for degrees in (1.0, 0.1, 0.01):
        cells = query.cells(degrees)
        assert cells["n"].sum() == len(located)
        assert cells["killed"].sum() == located["killed"].fillna(0).sum()


def test_the_extent_leaves_outliers_out_and_names_them() -> None:
    events = EVENTS.copy()
    paris = events.index[:3]
    events.loc[paris, ["lat", "lon", "place"]] = [48.86, 2.35, "Paris"]
    events.loc[paris, ["date", "date_end", "date_precision"]] = ["2016-05-01", "2016-05-01", "day"]
    extent = EventQuery.of_frame(events, Filters()).extent((25.0, 25.0, 55.0, 42.0))
    (south, west), (north, east) = extent["bounds"]
    assert 32 < south < north < 38 and 35 < west < east < 45
    assert extent["outside_places"][0] == ("Paris", 3)
    assert extent["outside"] == 3


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(filters_strategy())
def test_headline_figures_of_the_store_query_equal_those_of_the_table(f: Filters) -> None:
    from timeline.synthetic import synthetic_incidents
    from timeline.views.figures import headline

    incidents = synthetic_incidents(EVENTS)
    query = EventQuery.of_frame(EVENTS, f)
    query.con.register("incidents", incidents)
    view, _ = apply(EVENTS, f)
    assert headline(query) == headline(view, incidents)


def test_timeline_bins_in_sql_are_the_groups_of_a_big_timeline() -> None:
    from timeline.views.chart import AGGREGATE_ABOVE, binned_figure, bins, timeline_figure

    events = synthetic_events(AGGREGATE_ABOVE + 400, seed=1)
    query = EventQuery.of_frame(events, Filters())
    table, weeks = bins(query)
    view, _ = apply(events, Filters())
    assert not weeks and table["n"].sum() == len(view)
    drawn = timeline_figure(view)
    groups = sorted((round(t.y[i], 1), str(t.x[i])[:10], len(ids.split())) for t in drawn.data
                    if t.name == "events" for i, ids in enumerate(t.customdata))
    lanes = {name: i for i, name in enumerate(sorted(table["lane"].unique()))}
    from_sql = sorted((lanes[lane] + (0.3 if coarse else 0), str(a + (b - a) / 2)[:10], int(n))
                      for lane, coarse, a, b, n in table[["lane", "coarse", "a", "b", "n"]].itertuples(index=False))
    assert groups == from_sql
    binned = binned_figure(query, x_range=["2014-01-01", "2018-12-31"])
    assert list(binned.layout.xaxis.range) == ["2014-01-01", "2018-12-31"]
    assert all(w.startswith("@") for t in binned.data if t.name == "events" for w in t.customdata)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(filters_strategy(), DAYS, DAYS)
def test_a_narrowed_view_answers_for_its_own_window_after_the_whole_one_answered(f: Filters, a: dt.date,
                                                                                 b: dt.date) -> None:
    whole = EventQuery.of_frame(EVENTS, f)
    first, last = max(min(a, b), f.date_from), min(max(a, b), f.date_to)
    whole.count(), whole.span()  # answered (and kept) before the narrowed view asks
    narrow = whole.narrowed(first, last)
    fresh = EventQuery.of_frame(EVENTS, narrow.filters)
    assert narrow.count() == fresh.count() and narrow.span() == fresh.span()
    assert whole.count() == EventQuery.of_frame(EVENTS, f).count()


def test_binned_timeline_names_each_bin_its_range_count_toll_and_actors() -> None:
    from timeline.views.chart import binned_figure

    drawn = binned_figure(EventQuery.of_frame(frame(), Filters()))
    points = {ids: text for t in drawn.data if t.name == "events"
              for ids, text in zip(t.customdata, t.text, strict=True)}
    assert points == {
        "@2015-02-01/2015-02-28": "February 2015<br>1 events, at least 30 killed<br>isis 1<br>1 dated by inference",
        "@2016-03-01/2016-03-31": "March 2016<br>1 events, at least 5 killed<br>russia 1",
        "@2016-07-01/2016-07-31": "2016-07-01 to 2016-07-31<br>1 events, at least 0 killed<br>syrian_government 1",
        "@2017-01-01/2017-12-31": "2017-01-01 to 2017-12-31<br>1 events, at least 12 killed<br>coalition 1",
    }
