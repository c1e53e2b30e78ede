"""The timeline, the left half of the page: drawn by our component, its window and selection read back."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard.files import app_files
from dashboard.url import url_window
from timeline.views import chart_bundle
from timeline.views import filters as filtering
from timeline.views.chart import AGGREGATE_ABOVE, binned_figure, timeline_figure
from timeline.views.query import EventQuery

TIMELINE_CHART = st.components.v2.component("timeline_chart", js=chart_bundle.script(), isolate_styles=False)


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_figure(key: str, lanes: str, marked: tuple[str, ...], _query: EventQuery) -> str:
    """The timeline of one view (`key` names it) as plotly JSON on the filter's range, built once; its
    events one by one up to `AGGREGATE_ABOVE`, else bins counted in SQL. Zooming it survives a change
    of the `marked` events."""
    f = _query.filters
    x_range = [f.date_from.isoformat(), f.date_to.isoformat()]
    if _query.count() > AGGREGATE_ABOVE:
        figure = binned_figure(_query, lanes=lanes, x_range=x_range)
    else:
        figure = timeline_figure(_query.frame(), lanes=lanes, selected=marked, x_range=x_range)
    figure.update_layout(uirevision=timeline_revision(key, lanes))
    return figure.to_json()


def timeline_revision(key: str, lanes: str) -> str:
    """What names one drawing of the timeline: its view and its lanes."""
    return f"{key}:{lanes}"


@st.cache_resource(show_spinner=False)
def timeline_bundle() -> str:
    return chart_bundle.publish_bundle(app_files().static)


def timeline_panel(query: EventQuery, key: str, lanes: str, marked: list[str], window: dict | None) -> None:
    """The timeline with the `marked` event ringed (what is selected on it: `timeline_selection`) and
    its `window` shown; moving the window (zoom, pan, play) filters the map and the figures."""
    try:
        bundle = timeline_bundle()
    except FileNotFoundError as error:
        st.error(f"The timeline cannot be drawn: {error}")
        return
    TIMELINE_CHART(key="timeline", data={"bundle": bundle, "figure": cached_figure(key, lanes, tuple(marked), query),
                                         "config": chart_bundle.CONFIG, "window": window},
                   default={"selection": {}, "window": None},
                   on_selection_change=lambda: None, on_window_change=lambda: None)  # the callbacks declare the state
    if query.count() > AGGREGATE_ABOVE:
        st.caption("Each point is a week of one lane (a month when the events span more than two years; or the "
                   "events of one lane known only to the same month or year), sized by its number of events, "
                   "coloured by its most frequent actor; select one to show its time. Narrow the filters to "
                   f"{AGGREGATE_ABOVE:,} dated events or fewer to see every event.")


def timeline_selection(revision: str) -> tuple[list[str], dict[str, str] | None]:
    """The ids of the events selected on the timeline, known before it is drawn (its widget state),
    none when they were selected on another drawing of it (another view or other lanes); and the
    window of a selected bin of a big view ("@first/last")."""
    state = st.session_state.get("timeline") or {}
    chosen = state.get("selection") if hasattr(state, "get") else None
    if not isinstance(chosen, dict) or chosen.get("revision") != revision:
        return [], None
    items = [i for item in chosen.get("ids") or [] for i in str(item).split()]
    windows = [url_window(i[1:]) for i in items if i.startswith("@")]
    return [i for i in items if not i.startswith("@")], next((w for w in windows if w), None)


def chosen_window(f: filtering.Filters) -> dict[str, str] | None:
    """The timeline's window (what it shows of the filter's range): as last moved on it, else from the
    URL; None when it shows the whole range."""
    state = st.session_state
    component = state.get("timeline") or {}
    window = component.get("window", state.get("url_window")) if hasattr(component, "get") else None
    if not isinstance(window, dict) or not window.get("from") or not window.get("to"):
        return None
    try:
        first, last = dt.date.fromisoformat(window["from"][:10]), dt.date.fromisoformat(window["to"][:10])
    except ValueError:
        return None
    first, last = max(first, f.date_from), min(last, f.date_to)
    if first > last or (first == f.date_from and last == f.date_to):
        return None
    return {"from": first.isoformat(), "to": last.isoformat()}
