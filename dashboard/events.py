"""The events table (behind its switch), the undated tray, and which event the details panel shows."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from timeline.views import filters as filtering
from timeline.views.exports import defused
from timeline.views.query import EventQuery

TABLE_COLUMNS = ["date", "date_text", "event_type", "place_ar", "place", "actor", "killed", "source", "evidence"]
TABLE_ROWS = 1000
TRAY_ROWS = 1000


def focus_event(picked: list[str], clicked: str | None, table_row: str | None) -> str | None:
    """The event the details panel shows: the last one clicked, picked on the timeline or in the table."""
    state = st.session_state
    for source, value in (("clicked", clicked), ("table", table_row)):
        if value and state.get(f"last_{source}") != value:
            state[f"last_{source}"] = value
            state["focus"] = value
    if picked and state.get("last_picked") != picked:
        state["last_picked"] = picked
        state["focus"] = picked[0]
    return state.get("focus")


def events_table(query: EventQuery, count: int) -> str | None:
    """The events in view (the first `TABLE_ROWS` by date), cells neutralised for spreadsheets."""
    st.subheader(f"Events in view ({count:,})")
    shown = query.frame(limit=TABLE_ROWS)
    if count > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} by date; narrow the filters to list the others.")
    picked = st.dataframe(defused(shown[TABLE_COLUMNS]), key="table", on_select="rerun", selection_mode="single-row",
                          hide_index=True, width="stretch", height=300)
    rows = picked.selection.rows if picked else []
    return str(shown.iloc[rows[0]]["event_id"]) if rows else None


def undated_tray(query: EventQuery) -> str | None:
    """The undated events that match every other filter, behind their switch (kept in the URL, off by
    default: a table's front end is a megabyte of script that the page's first view does without); the
    one picked there. Opened on an addition's undated events (`articles.show_events`), it lists those,
    whatever the filters."""
    if st.session_state.get("tray_events"):
        return added_tray(query, list(st.session_state["tray_events"]))
    count = query.count(undated=True)
    if not st.toggle(f"Show undated events ({count:,}): they matched every filter but have no date",
                     key="show_tray", disabled=not count) or not count:
        return None
    tray = query.frame(undated=True, limit=TRAY_ROWS, order="event_id")
    if count > TRAY_ROWS:
        st.caption(f"The first {TRAY_ROWS:,}; narrow the filters to list the others.")
    return picked_row(tray, "tray")


def added_tray(query: EventQuery, ids: list[str]) -> str | None:
    """The tray opened on the undated events `ids` of an addition, with a button back to the view's tray."""
    every = EventQuery(query.con, filtering.Filters(), query.known)
    tray = every.frame(undated=True, extra="list_contains(?::VARCHAR[], event_id)", extra_params=[ids],
                       order="event_id")
    with st.expander(f"Undated events of the added articles ({len(tray)}): pick one and give its article's "
                     "publication date", expanded=True):
        st.button("Show the undated events of the view", key="tray_all",
                  on_click=lambda: st.session_state.pop("tray_events", None))
        return picked_row(tray, "tray_added")


def picked_row(tray: pd.DataFrame, key: str) -> str | None:
    """The tray's table; the event id of the row picked in it."""
    picked = st.dataframe(defused(tray[TABLE_COLUMNS]), key=key, hide_index=True, width="stretch",
                          on_select="rerun", selection_mode="single-row")
    rows = picked.selection.rows if picked else []
    return str(tray.iloc[rows[0]]["event_id"]) if rows else None
