"""The events table (behind its switch), the undated tray, and which event the details panel shows."""

from __future__ import annotations

import streamlit as st

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
    """The undated events that match every other filter, in an expander; the one picked there."""
    count = query.count(undated=True)
    with st.expander(f"Undated events ({count}): matched every filter but have no date", expanded=False):
        if not count:
            st.caption("None.")
            return None
        tray = query.frame(undated=True, limit=TRAY_ROWS, order="event_id")
        if count > TRAY_ROWS:
            st.caption(f"The first {TRAY_ROWS:,}; narrow the filters to list the others.")
        picked = st.dataframe(defused(tray[TABLE_COLUMNS]), key="tray", hide_index=True, width="stretch",
                              on_select="rerun", selection_mode="single-row")
        rows = picked.selection.rows if picked else []
        return str(tray.iloc[rows[0]]["event_id"]) if rows else None
