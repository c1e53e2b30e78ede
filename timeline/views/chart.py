"""The plotly timeline: one lane per event type (or outlet), colour by actor.

Day-precise events are points; month- and year-precise events are bars over
their range with a square at the middle; events dated by inference are
hollow; marker size follows the toll. Every point carries its event id as
``customdata`` so that a selection (``on_select``) names events. Hover text
is escaped and each line is wrapped in bidi isolates so Arabic reads right to
left inside plotly's left-to-right hover labels. Above `AGGREGATE_ABOVE`
events each point is a week of one lane (a month when the events span more
than `WEEKS_UP_TO_DAYS`; or the events of one lane sharing a month or year),
sized by its count, coloured by its most frequent actor, its
customdata the ids of its events separated by spaces. Every trace is a plain
(SVG) scatter, which plotly.js's basic bundle draws (`chart_bundle`), with one
marker symbol: plotly draws a trace whose points vary in symbol three times
slower.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import textwrap
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.errors import OptionError
from timeline.views.colours import actor_colour
from timeline.views.filters import date_bounds
from timeline.views.labels import labels
from timeline.views.query import END, START, EventQuery

AGGREGATE_ABOVE = 3000
HEIGHT = 560  #: the timeline's height in the dashboard: the map's
WEEKS_UP_TO_DAYS = 731  #: above this span, the points of a big view are months (half as many to draw)
COARSE_OFFSET = 0.3
HOVER_EVIDENCE_CHARS = 160
HOVER_LINE_CHARS = 60
LANE_COLUMNS = {"event_type": "event_type", "source": "source", "outlet": "source"}
_LRI, _RLI, _PDI = "\u2066", "\u2067", "\u2069"
_LTR_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,:/\-\u2013+% ]*[0-9A-Za-z%]|[0-9A-Za-z]")


@lru_cache(maxsize=65536)
def isolate(text: str) -> str:
    """`text` escaped for plotly, right-to-left, with its Latin and digit runs isolated left-to-right."""
    isolated = _LTR_RUN.sub(lambda m: _LRI + m.group(0) + _PDI, text)
    return _RLI + html.escape(isolated, quote=False) + _PDI


def _jitter(event_id: str) -> float:
    """A stable vertical offset within a lane, so that events of one day do not hide each other."""
    return (int(hashlib.md5(event_id.encode()).hexdigest()[:6], 16) / 0xFFFFFF - 0.5) * 0.6


def _sizes(killed: pd.Series) -> np.ndarray:
    n = killed.astype("Float64").fillna(0).clip(lower=0).to_numpy(dtype=float)
    return np.minimum(7 + 2.2 * np.sqrt(n), 28)


def _hover(row: tuple) -> str:
    date, date_text, source, place_ar, place, killed, basis, evidence = (
        "" if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else str(v) for v in row
    )
    if len(evidence) > HOVER_EVIDENCE_CHARS:
        evidence = evidence[:HOVER_EVIDENCE_CHARS] + "…"
    place = " / ".join(p for p in (place_ar, place) if p)
    hover = labels()["hover"]
    lines = [
        hover["date"].format(text=date_text or date, date=date),
        hover["source"].format(source=source),
        hover["place"].format(place=place),
        hover["killed"].format(killed=killed) if killed else "",
        hover["inferred"] if basis == "inferred" else "",
        *textwrap.wrap(evidence, HOVER_LINE_CHARS),  # hover labels do not wrap by themselves
    ]
    return "<br>".join(isolate(line) for line in lines if line)


_HOVER_COLUMNS = ["date", "date_text", "source", "place_ar", "place", "killed", "date_basis", "evidence"]
_GROUP = ["_lane", "_coarse", "_a", "_b"]


def timeline_figure(
    events: pd.DataFrame, lanes: str = "event_type", selected: Sequence[str] = (),
    x_range: Sequence[str] | None = None,
) -> go.Figure:
    """A zoomable timeline of the dated `events`, lanes by `lanes` ("event_type" or "source").

    Above `AGGREGATE_ABOVE` events each point stands for a week or a month of one lane (or for the events
    of one lane sharing a month or year range), with its customdata the space-separated ids."""
    column = LANE_COLUMNS.get(lanes)
    if column is None:
        raise OptionError(f"lanes must be one of {sorted(LANE_COLUMNS)}, not {lanes!r}")
    start, end = date_bounds(events)
    frame = events.assign(_start=start, _end=end)
    frame = frame[frame["_start"].notna()]
    lane_values = frame[column].astype("string").fillna("—")
    lane_names = sorted(lane_values.unique())
    lane_index = lane_values.map({name: i for i, name in enumerate(lane_names)}).astype(float)
    ids = frame["event_id"].astype("string").fillna("").astype(str)
    big = len(frame) > AGGREGATE_ABOVE
    day = frame["date_precision"].eq("day").fillna(False).to_numpy(dtype=bool)
    traces = [_spans(frame[~day], lane_index[~day] + (COARSE_OFFSET if big else 0))]
    if big:
        traces += _aggregates(frame.assign(_lane=lane_index, _id=ids), day)
    else:
        traces += _points(frame, lane_index + ids.map(_jitter).astype(float), ids, day)
    chosen = ids.isin(list(selected)).to_numpy(dtype=bool)
    if chosen.any():  # a black ring around the events selected here or on the map
        picked = frame[chosen]
        y = lane_index[chosen] + (0 if big else ids[chosen].map(_jitter).astype(float))
        traces.append(go.Scatter(
            x=(picked["_start"] + (picked["_end"] - picked["_start"]) / 2).to_numpy(), y=y.to_numpy(),
            mode="markers", name="selected", customdata=ids[chosen].to_numpy(), hoverinfo="skip",
            marker={"size": _sizes(picked["killed"]) + 8, "symbol": 100, "color": "#000", "line": {"width": 3}},
        ))
    fig = go.Figure(data=[t for t in traces if t is not None])
    _layout(fig, lane_names, big, list(x_range) if x_range else _x_range(frame))
    return fig


def _layout(fig: go.Figure, lane_names: list[str], big: bool, x_range: list[str]) -> None:
    """The timeline's layout: its lanes, its axis over `x_range`, its range slider and buttons, its legend."""
    fig.update_layout(
        height=max(HEIGHT, 90 + 46 * len(lane_names)),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        dragmode="select", clickmode="event+select",  # a drag or a click selects events
        showlegend=False,  # the map's legend names the actors' colours for both
        legend={"title": {"text": "colour: most frequent actor" if big else "actor"}},
        hoverlabel={"align": "right" if not big else "left", "font": {"size": 13}},
        xaxis={
            "type": "date", "range": x_range,
            "rangeslider": {"visible": True, "thickness": 0.08},
            "rangeselector": {"buttons": [
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                {"step": "all", "label": "all"},
            ]},
        },
        yaxis={"automargin": True, "tickmode": "array", "tickvals": list(range(len(lane_names))),
               "ticktext": lane_names, "range": [-0.6, len(lane_names) - 0.4], "fixedrange": True, "zeroline": False},
    )


def _spans(coarse: pd.DataFrame, y: pd.Series) -> go.Scatter | None:
    """One line trace of bars over the ranges that a month or a year allows (None-separated)."""
    if coarse.empty:
        return None
    ranges = pd.DataFrame({"a": coarse["_start"], "b": coarse["_end"] + pd.Timedelta(days=1), "y": y})
    ranges = ranges.drop_duplicates()
    n = len(ranges)
    xs, ys = np.empty(3 * n, dtype=object), np.empty(3 * n, dtype=object)
    xs[0::3], xs[1::3], xs[2::3] = ranges["a"].to_numpy(), ranges["b"].to_numpy(), None
    ys[0::3] = ys[1::3] = ranges["y"].to_numpy()
    ys[2::3] = None
    return go.Scatter(x=xs, y=ys, mode="lines", line={"color": "#777", "width": 5}, opacity=0.3,
                   hoverinfo="skip", showlegend=False)


def _by_symbol(symbol: np.ndarray, rows: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """The `rows` of each symbol, filled circles first (the legend shows a group's first trace)."""
    return [(int(code), rows & (symbol == code)) for code in np.unique(symbol[rows])]


def _points(frame: pd.DataFrame, y: pd.Series, ids: pd.Series, day: np.ndarray) -> list[go.Scatter]:
    """Marker traces per actor and symbol: every event a point, with its escaped Arabic hover."""
    hover = np.array([_hover(row)
                      for row in frame[_HOVER_COLUMNS].astype(object).itertuples(index=False)], dtype=object)
    inferred = frame["date_basis"].eq("inferred").fillna(False).to_numpy(dtype=bool)
    symbol = np.where(day, 0, 1) + np.where(inferred, 100, 0)  # circle / square, +100: open
    mid = (frame["_start"] + (frame["_end"] - frame["_start"]) / 2).to_numpy()
    sizes = _sizes(frame["killed"])
    actors = frame["actor"].astype("string").fillna("")
    traces = []
    for actor in sorted(actors.unique()):
        colour = actor_colour(actor or None)
        for n, (code, mask) in enumerate(_by_symbol(symbol, (actors == actor).to_numpy(dtype=bool))):
            traces.append(go.Scatter(
                x=mid[mask], y=y.to_numpy()[mask], mode="markers", name=actor or "unknown",
                legendgroup=actor or "unknown", showlegend=n == 0,
                customdata=ids.to_numpy()[mask], text=hover[mask], hovertemplate="%{text}<extra></extra>",
                marker={"color": colour, "size": sizes[mask], "symbol": code, "opacity": 0.8,
                        "line": {"width": 0.5, "color": colour}},
            ))
    return traces


def _aggregates(frame: pd.DataFrame, day: np.ndarray) -> list[go.Scatter]:
    """Marker traces (one per symbol) for the week or month (day-precise) and range (coarser) groups of every lane,
    coloured by each group's most frequent actor, sized by its count; legend entries per actor."""
    weeks = frame["_end"].max() - frame["_start"].min() <= pd.Timedelta(days=WEEKS_UP_TO_DAYS)
    period = frame["_start"].dt.to_period("W" if weeks else "M")
    first, last = period.dt.start_time, period.dt.end_time.dt.normalize()
    keyed = frame.assign(
        _a=np.where(day, first, frame["_start"]), _b=np.where(day, last, frame["_end"]),
        _coarse=~day, _actor=frame["actor"].astype("string").fillna("unknown"),
        _killed=frame["killed"].astype("Float64").fillna(0).astype(float),
        _inferred=frame["date_basis"].eq("inferred").fillna(False).astype(int),
    )
    keyed["_g"] = keyed.groupby(_GROUP, sort=False).ngroup()
    keyed = keyed.sort_values("_g", kind="stable")
    table = keyed.groupby("_g").agg(lane=("_lane", "first"), coarse=("_coarse", "first"), a=("_a", "first"),
                                    b=("_b", "first"), n=("_id", "size"), killed=("_killed", "sum"),
                                    inferred=("_inferred", "sum"))
    cuts = np.cumsum(table["n"].to_numpy())[:-1]
    table["ids"] = [" ".join(part) for part in np.split(keyed["_id"].to_numpy(), cuts)]
    counts = keyed.groupby(["_g", "_actor"]).size().rename("k").reset_index()
    counts = counts.sort_values(["_g", "k", "_actor"], ascending=[True, False, True], kind="stable")
    by_group = counts.assign(item=counts["_actor"] + " " + counts["k"].astype(str)).groupby("_g")
    table["top"] = by_group["_actor"].first()
    table["actors"] = by_group["item"].agg(", ".join)
    return _bin_traces(table, weeks)


def _bin_traces(table: pd.DataFrame, weeks: bool) -> list[go.Scatter]:
    """The traces of a table of bins (lane, coarse, a, b, n, killed, inferred, top actor, actors in words,
    ids: the customdata a selection reports), one per symbol, and a legend entry per actor."""
    first, last = table["a"].dt.strftime("%Y-%m-%d"), table["b"].dt.strftime("%Y-%m-%d")
    period = ("week of " + first) if weeks else table["a"].dt.strftime("%B %Y")
    hover = [
        "<br>".join([f"{a} to {b}" if coarse else p, f"{n} events, at least {int(k)} killed",
                     html.escape(who, quote=False)] + ([f"{i} dated by inference"] if i else []))
        for a, b, p, coarse, n, k, who, i in zip(first, last, period, table["coarse"], table["n"],
                                                 table["killed"], table["actors"], table["inferred"], strict=True)
    ]
    coarse = table["coarse"].to_numpy(dtype=bool)
    n = table["n"].to_numpy()
    symbol = np.where(coarse, 1, 0) + np.where(table["inferred"].to_numpy() == n, 100, 0)
    actors = sorted(set(table["top"]))
    colours = [actor_colour(None if a == "unknown" else a) for a in actors]
    scale = [[i / max(len(actors) - 1, 1), c] for i, c in enumerate(colours)] if len(actors) > 1 else [
        [0, colours[0]], [1, colours[0]]]
    x = (table["a"] + (table["b"] - table["a"]) / 2).to_numpy()
    y = (table["lane"] + np.where(coarse, COARSE_OFFSET, 0)).to_numpy()
    colour = table["top"].map({a: i for i, a in enumerate(actors)}).to_numpy(dtype=float)
    size, ids, text = np.minimum(6 + 2.5 * np.sqrt(n), 30), table["ids"].to_numpy(), np.array(hover, dtype=object)
    traces = [go.Scatter(
        x=x[mask], y=y[mask], mode="markers", name="events", showlegend=False, customdata=ids[mask],
        text=text[mask], hovertemplate="%{text}<extra></extra>",
        marker={"color": colour[mask], "colorscale": scale, "cmin": 0, "cmax": max(len(actors) - 1, 1),
                "symbol": code, "size": size[mask], "opacity": 0.8},
    ) for code, mask in _by_symbol(symbol, np.ones(len(table), dtype=bool))]
    for actor, colour in zip(actors, colours, strict=True):  # legend only: the colours of the actors
        traces.append(go.Scatter(x=[None], y=[None], mode="markers", name=actor, hoverinfo="skip",
                                   marker={"color": colour, "size": 9}))
    return traces


_BINS_SQL = """WITH v AS ({view}),
d AS (SELECT COALESCE(CAST({lane} AS VARCHAR), '—') AS lane, {start} AS s, {end} AS e,
             COALESCE(date_precision = 'day', FALSE) AS day, COALESCE(CAST(actor AS VARCHAR), 'unknown') AS actor,
             COALESCE(killed, 0) AS killed, CAST(COALESCE(date_basis = 'inferred', FALSE) AS INTEGER) AS inferred
      FROM v),
k AS (SELECT lane, NOT day AS coarse,
             CASE WHEN day THEN CAST(date_trunc('{unit}', s) AS DATE) ELSE s END AS a,
             CASE WHEN day THEN {bin_end} ELSE e END AS b, actor, killed, inferred FROM d),
by_actor AS (SELECT lane, coarse, a, b, actor, count(*) AS k, sum(killed) AS killed, sum(inferred) AS inferred
             FROM k GROUP BY ALL)
SELECT lane, coarse, a, b, CAST(sum(k) AS BIGINT) AS n, sum(killed) AS killed,
       CAST(sum(inferred) AS BIGINT) AS inferred,
       first(actor ORDER BY k DESC, actor) AS top,
       string_agg(actor || ' ' || k, ', ' ORDER BY k DESC, actor) AS actors
FROM by_actor GROUP BY lane, coarse, a, b ORDER BY lane, coarse, a, b"""


def bins(query: EventQuery, lanes: str = "event_type") -> tuple[pd.DataFrame, bool]:
    """The events in view counted per lane and week (month when they span more than `WEEKS_UP_TO_DAYS`),
    or per lane and range for those known only to the month or year, in SQL; and whether by week.
    Each bin's ids are ``@first/last``: selected, it sets the timeline's window."""
    column = LANE_COLUMNS.get(lanes)
    if column is None:
        raise ValueError(f"lanes must be one of {sorted(LANE_COLUMNS)}, not {lanes!r}")
    span = query.span()
    weeks = span is None or (span[1] - span[0]).days <= WEEKS_UP_TO_DAYS
    view, params = query.sql()
    sql = _BINS_SQL.format(view=view, lane=f'"{column}"', start=START, end=END, unit="week" if weeks else "month",
                           bin_end="CAST(date_trunc('week', s) AS DATE) + 6" if weeks else "last_day(s)")
    table = query.con.execute(sql, params).df()
    for name in ("a", "b"):
        table[name] = pd.to_datetime(table[name])
    table["ids"] = "@" + table["a"].dt.strftime("%Y-%m-%d") + "/" + table["b"].dt.strftime("%Y-%m-%d")
    return table, weeks


def binned_figure(query: EventQuery, lanes: str = "event_type", x_range: Sequence[str] | None = None) -> go.Figure:
    """The timeline of a view too big to draw event by event: its `bins`, drawn as `timeline_figure`
    draws a big view's groups, on the axis `x_range` (by default the events' span)."""
    table, weeks = bins(query, lanes)
    lane_names = sorted(table["lane"].unique())
    table["lane"] = table["lane"].map({name: i for i, name in enumerate(lane_names)}).astype(float)
    coarse = table[table["coarse"]]
    spans = _spans(pd.DataFrame({"_start": coarse["a"], "_end": coarse["b"]}), coarse["lane"] + COARSE_OFFSET)
    traces = [spans, *(_bin_traces(table, weeks) if len(table) else [])]
    fig = go.Figure(data=[t for t in traces if t is not None])
    span = query.span()
    frame = pd.DataFrame({"_start": [pd.Timestamp(span[0])] if span else [],
                          "_end": [pd.Timestamp(span[1])] if span else []})
    _layout(fig, lane_names, True, list(x_range) if x_range else _x_range(frame))
    return fig


def _x_range(frame: pd.DataFrame) -> list[str]:
    if frame.empty:
        return ["2014-01-01", "2018-12-31"]
    first, last = frame["_start"].min(), frame["_end"].max()
    pad = max((last - first) / 15, pd.Timedelta(days=45))
    return [(first - pad).strftime("%Y-%m-%d"), (last + pad).strftime("%Y-%m-%d")]
