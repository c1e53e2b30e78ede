"""The plotly timeline: one lane per event type (or outlet), colour by actor.

Day-precise events are points; month- and year-precise events are bars over
their range with a square at the middle; events dated by inference are
hollow; marker size follows the toll. Every point carries its event id as
``customdata`` so that a selection (``on_select``) names events. Hover text
is escaped and each line is wrapped in bidi isolates so Arabic reads right to
left inside plotly's left-to-right hover labels. Above `GL_ABOVE` events the
hover is one short Latin line per event (the sentence is in the map popup and
the details panel), to keep the figure a few megabytes.
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

from timeline.colours import actor_colour
from timeline.filters import date_bounds

GL_ABOVE = 3000
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


def _hover(row: tuple, evidence_chars: int) -> str:
    date, date_text, source, place_ar, place, killed, basis, evidence = (
        "" if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else str(v) for v in row
    )
    if not evidence_chars:  # a big view: short Latin lines (escaped Arabic costs 6 bytes a letter)
        line = " · ".join(p for p in (date, place, source, f"{killed} killed" if killed else "") if p)
        return html.escape(line + (" (inferred)" if basis == "inferred" else ""), quote=False)
    if len(evidence) > evidence_chars:
        evidence = evidence[:evidence_chars] + "…"
    place = " / ".join(p for p in (place_ar, place) if p)
    lines = [
        f"التاريخ: {date_text or date} ({date})",
        f"المصدر: {source}",
        f"المكان: {place}",
        f"القتلى: {killed}" if killed else "",
        "تاريخ مستنتج" if basis == "inferred" else "",
        *textwrap.wrap(evidence, HOVER_LINE_CHARS),  # hover labels do not wrap by themselves
    ]
    return "<br>".join(isolate(line) for line in lines if line)


_HOVER_COLUMNS = ["date", "date_text", "source", "place_ar", "place", "killed", "date_basis", "evidence"]


def timeline_figure(
    events: pd.DataFrame, lanes: str = "event_type", selected: Sequence[str] = ()
) -> go.Figure:
    """A zoomable timeline of the dated `events`, lanes by `lanes` ("event_type" or "source")."""
    column = LANE_COLUMNS.get(lanes)
    if column is None:
        raise ValueError(f"lanes must be one of {sorted(LANE_COLUMNS)}, not {lanes!r}")
    start, end = date_bounds(events)
    frame = events.assign(_start=start, _end=end)
    frame = frame[frame["_start"].notna()]
    lane_values = frame[column].astype("string").fillna("—")
    lane_names = sorted(lane_values.unique())
    ids = frame["event_id"].astype("string").fillna("").astype(str)
    y = lane_values.map({name: i for i, name in enumerate(lane_names)}).astype(float) + ids.map(_jitter).astype(float)
    big = len(frame) > GL_ABOVE
    scatter = go.Scattergl if big else go.Scatter
    evidence_chars = 0 if big else HOVER_EVIDENCE_CHARS
    hover = pd.Series(
        [_hover(row, evidence_chars) for row in frame[_HOVER_COLUMNS].astype(object).itertuples(index=False)],
        index=frame.index, dtype=object,
    )
    day = frame["date_precision"].eq("day").fillna(False).to_numpy(dtype=bool)
    inferred = frame["date_basis"].eq("inferred").fillna(False).to_numpy(dtype=bool)
    symbol = np.where(day, 0, 1) + np.where(inferred, 100, 0)  # circle / square, +100: open
    chosen = ids.isin(list(selected)).to_numpy(dtype=bool)
    mid = frame["_start"] + (frame["_end"] - frame["_start"]) / 2
    sizes = _sizes(frame["killed"])
    actors = frame["actor"].astype("string").fillna("")
    traces = []
    for actor in sorted(actors.unique()):
        mask = (actors == actor).to_numpy(dtype=bool)
        colour = actor_colour(actor or None)
        coarse = mask & ~day
        if coarse.any():  # bars over the range that a month or a year allows
            n = int(coarse.sum())
            xs = np.empty(3 * n, dtype=object)
            xs[0::3] = frame["_start"].to_numpy()[coarse]
            xs[1::3] = (frame["_end"] + pd.Timedelta(days=1)).to_numpy()[coarse]
            xs[2::3] = None
            ys = np.empty(3 * n, dtype=object)
            ys[0::3] = ys[1::3] = y.to_numpy()[coarse]
            ys[2::3] = None
            traces.append(scatter(x=xs, y=ys, mode="lines", line={"color": colour, "width": 5}, opacity=0.35,
                                  hoverinfo="skip", showlegend=False, legendgroup=actor))
        traces.append(scatter(
            x=mid.to_numpy()[mask], y=y.to_numpy()[mask], mode="markers", name=actor or "unknown",
            legendgroup=actor, customdata=ids.to_numpy()[mask], text=hover.to_numpy()[mask],
            hovertemplate="%{text}<extra></extra>",
            marker={"color": colour, "size": sizes[mask], "symbol": symbol[mask], "opacity": 0.8,
                    "line": {"width": 0.5, "color": colour}},
        ))
    if chosen.any():  # a black ring around the events selected here or on the map
        traces.append(scatter(
            x=mid.to_numpy()[chosen], y=y.to_numpy()[chosen], mode="markers", name="selected",
            customdata=ids.to_numpy()[chosen], text=hover.to_numpy()[chosen],
            hovertemplate="%{text}<extra></extra>",
            marker={"size": sizes[chosen] + 8, "symbol": 100, "color": "#000", "line": {"width": 3}},
        ))
    fig = go.Figure(data=traces)
    fig.update_layout(
        height=max(320, 90 + 46 * len(lane_names)),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "v", "x": 1.01, "y": 1, "itemsizing": "constant", "font": {"size": 11}},
        hoverlabel={"align": "right", "font": {"size": 13}},
        xaxis={
            "type": "date", "range": _x_range(frame),
            "rangeslider": {"visible": True, "thickness": 0.08},
            "rangeselector": {"buttons": [
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                {"step": "all", "label": "all"},
            ]},
        },
        yaxis={"tickmode": "array", "tickvals": list(range(len(lane_names))), "ticktext": lane_names,
               "range": [-0.6, len(lane_names) - 0.4], "fixedrange": True, "zeroline": False},
    )
    return fig


def _x_range(frame: pd.DataFrame) -> list[str]:
    if frame.empty:
        return ["2014-01-01", "2018-12-31"]
    first, last = frame["_start"].min(), frame["_end"].max()
    pad = max((last - first) / 15, pd.Timedelta(days=45))
    return [(first - pad).strftime("%Y-%m-%d"), (last + pad).strftime("%Y-%m-%d")]
