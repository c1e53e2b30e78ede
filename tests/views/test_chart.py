"""The plotly timeline: points and spans, hollow inferred dates, sizes, lanes, escaping, aggregation."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.views.test_filters import frame
from timeline.synthetic import synthetic_events
from timeline.views.chart import AGGREGATE_ABOVE, isolate, timeline_figure
from timeline.views.filters import date_bounds


def _points(fig) -> dict[str, dict]:
    """Per event id: x, y, size, symbol and hover text of its marker."""
    out = {}
    for trace in fig.data:
        if trace.mode != "markers" or trace.name == "selected":
            continue
        for i, event_id in enumerate(trace.customdata):
            out[event_id] = {"x": pd.Timestamp(trace.x[i]), "size": trace.marker.size[i],
                             "symbol": trace.marker.symbol, "text": trace.text[i], "type": trace.type}
    return out


def test_dated_events_only_each_with_its_id() -> None:
    points = _points(timeline_figure(frame()))
    assert sorted(points) == ["a", "b", "c", "d", "f"]  # "e" has no date: it belongs to the tray


def test_day_events_are_circles_at_their_day() -> None:
    a = _points(timeline_figure(frame()))["a"]
    assert a["x"] == pd.Timestamp("2016-03-04")
    assert a["symbol"] == 0


def test_month_and_year_events_are_spans_with_a_square_at_the_middle() -> None:
    fig = timeline_figure(frame())
    points = _points(fig)
    assert points["b"]["symbol"] == 1 and points["c"]["symbol"] == 1
    assert pd.Timestamp("2016-07-01") < points["b"]["x"] < pd.Timestamp("2016-07-31")
    spans = [t for t in fig.data if t.mode == "lines"]
    ends = {(pd.Timestamp(t.x[i]), pd.Timestamp(t.x[i + 1])) for t in spans for i in range(0, len(t.x), 3)}
    assert (pd.Timestamp("2016-07-01"), pd.Timestamp("2016-08-01")) in ends
    assert (pd.Timestamp("2017-01-01"), pd.Timestamp("2018-01-01")) in ends


def test_inferred_dates_are_hollow() -> None:
    assert _points(timeline_figure(frame()))["d"]["symbol"] == 100


def test_size_grows_with_the_toll() -> None:
    points = _points(timeline_figure(frame()))
    assert points["f"]["size"] < points["a"]["size"] < points["c"]["size"] < points["d"]["size"]


@pytest.mark.parametrize(("lanes", "expected"), [("event_type", ["airstrike", "bombing", "shelling", "statement"]),
                                                  ("source", ["Al-Watan", "Elaph", "SANA"])])
def test_lanes(lanes: str, expected: list[str]) -> None:
    assert list(timeline_figure(frame(), lanes=lanes).layout.yaxis.ticktext) == expected


def test_unknown_lanes_are_refused() -> None:
    with pytest.raises(ValueError, match="'actor'"):
        timeline_figure(frame(), lanes="actor")


def test_range_slider_and_quick_ranges() -> None:
    xaxis = timeline_figure(frame()).layout.xaxis
    assert xaxis.rangeslider.visible
    assert [b.label for b in xaxis.rangeselector.buttons] == ["1m", "6m", "1y", "all"]


def test_selected_events_are_ringed() -> None:
    fig = timeline_figure(frame(), selected=["c"])
    ring = [t for t in fig.data if t.name == "selected"]
    assert len(ring) == 1 and list(ring[0].customdata) == ["c"]


def test_hover_is_escaped_and_isolated() -> None:
    events = frame()
    events.loc[events["event_id"] == "a", "evidence"] = '<img src=x onerror="alert(1)"> غارات 2014–2018'
    text = _points(timeline_figure(events))["a"]["text"]
    assert "<" not in text.replace("<br>", "") and "&lt;" in text and "&gt;" in text
    assert "\u2066" + "2014–2018" + "\u2069" in text
    assert all(line.startswith("\u2067") and line.endswith("\u2069") for line in text.split("<br>"))


def test_isolate_wraps_latin_and_digit_runs() -> None:
    assert isolate("قتل 5 في Raqqa") == "\u2067قتل \u20665\u2069 في \u2066Raqqa\u2069\u2069"


def test_every_trace_is_one_the_basic_bundle_draws_and_selects() -> None:
    for n in (200, AGGREGATE_ABOVE + 500):
        fig = timeline_figure(synthetic_events(n, seed=1))
        assert {t.type for t in fig.data} == {"scatter"}  # plotly.js-basic has scatter, bar and pie
        assert (fig.layout.dragmode, fig.layout.clickmode) == ("select", "event+select")
        assert all(t.marker.symbol is None or isinstance(t.marker.symbol, int) for t in fig.data)  # one symbol a trace


def test_each_actor_has_one_legend_entry_whatever_its_symbols() -> None:
    events = synthetic_events(200, seed=1)
    fig = timeline_figure(events)
    shown = [t.name for t in fig.data if t.mode == "markers" and t.showlegend is not False and t.name != "selected"]
    assert sorted(shown) == sorted(set(events["actor"].fillna("unknown")))
    assert len([t for t in fig.data if t.mode == "markers"]) > len(shown)  # some actors have several symbols


def test_empty_view_gives_an_empty_figure() -> None:
    assert len(timeline_figure(frame().iloc[:0]).data) == 0


def _groups(events: pd.DataFrame) -> pd.DataFrame:
    """The day-precise groups of a big view: the range each stands for (from its hover) and its ids."""
    fig = timeline_figure(events)
    rows = [(text.split("<br>")[0], ids.split()) for t in fig.data if t.name == "events"
            for text, ids, y in zip(t.text, t.customdata, t.y, strict=True) if float(y) == int(y)]
    return pd.DataFrame(rows, columns=["label", "ids"])


def test_big_views_spanning_over_two_years_group_by_month_else_by_week() -> None:
    events = synthetic_events(AGGREGATE_ABOVE + 500, seed=1)
    day = events[events["date_precision"] == "day"]
    assert day["date"].min() < "2015" and day["date"].max() > "2017"  # five years
    by_month = _groups(events)
    assert by_month["label"].str.fullmatch(r"[A-Z][a-z]+ 20\d\d").all()  # "March 2016"
    dates = day.set_index("event_id")["date"]
    for label, ids in by_month.itertuples(index=False):
        assert {pd.Timestamp(dates[i]).strftime("%B %Y") for i in ids} == {label}
    recent = events[events["date"].fillna("").str[:4].isin(["2017", "2018"])]
    recent = pd.concat([recent] * 3, ignore_index=True).assign(event_id=lambda f: [f"r{i}" for i in range(len(f))])
    by_week = _groups(recent)
    assert len(recent) > AGGREGATE_ABOVE and by_week["label"].str.startswith("week of ").all()
    starts = recent.set_index("event_id")["date"]
    for label, ids in by_week.itertuples(index=False):
        monday = pd.Timestamp(label.removeprefix("week of "))
        assert monday.weekday() == 0
        assert all(monday <= pd.Timestamp(starts[i]) <= monday + pd.Timedelta(days=6) for i in ids)


def test_big_views_group_events_by_period_and_lane() -> None:
    events = synthetic_events(AGGREGATE_ABOVE + 500, seed=1)
    fig = timeline_figure(events)
    groups = [t for t in fig.data if t.name == "events"]
    assert len({t.marker.symbol for t in groups}) == len(groups)  # one trace per symbol
    ids = [i for t in groups for value in t.customdata for i in value.split()]
    start, _ = date_bounds(events)
    assert sorted(ids) == sorted(events.loc[start.notna(), "event_id"])  # every dated event, once
    assert sum(len(t.x) for t in groups) < len(ids) / 2
    assert all("events, at least" in text for t in groups for text in t.text)
    assert fig.layout.legend.title.text == "colour: most frequent actor"
