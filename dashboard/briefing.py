"""The briefing image of the view, in the sidebar, and its browser started ahead of the first request."""

from __future__ import annotations

import threading

import pandas as pd
import streamlit as st

from dashboard.map_panel import extent_text
from dashboard.state import store_path
from timeline import store
from timeline.views import briefing_browser
from timeline.views.briefing import render_briefing
from timeline.views.query import EventQuery

BRIEFING_TYPES = {"png": "image/png", "pdf": "application/pdf"}
WARM_AFTER_S = 20  #: seconds after the first view before the briefing's browser starts, so as not to slow it


def briefing_section(query: EventQuery, framed: list[list[float]] | None, in_view: list[list[float]],
                     lanes: str) -> None:
    """The briefing image of the view, its map on the extent `framed` on the dashboard's map when it
    has reported one, else on the frame of the events `in_view`."""
    bounds = framed or in_view
    st.sidebar.header("Briefing image")
    title = st.sidebar.text_input("Title", value="Strikes in Syria and Iraq", key="brief_title")
    size = st.sidebar.radio("Size", ["slide", "a4"], key="brief_size", horizontal=True)
    fmt = st.sidebar.radio("Format", ["png", "pdf"], key="brief_format", horizontal=True, format_func=str.upper)
    if st.sidebar.button("Briefing image", key="briefing"):
        with st.spinner("Rendering the briefing…"):
            path = store_path()
            events = pd.concat([query.frame(), query.frame(undated=True)], ignore_index=True)
            incidents = store.load_incidents(path)
            st.session_state["briefing_file"] = (fmt, render_briefing(
                events, incidents, query.filters, title=title, size=size, fmt=fmt, bounds=bounds, lanes=lanes))
        st.session_state["briefing_extent"] = (
            f"Map: {extent_text(bounds)}, " + ("as framed on the dashboard." if framed else "the events in view."))
    if st.session_state.get("briefing_file"):
        done, data = st.session_state["briefing_file"]
        st.sidebar.download_button(f"Download {done.upper()}", data, file_name=f"briefing.{done}",
                                   mime=BRIEFING_TYPES[done], key="briefing_download")
        st.sidebar.caption(st.session_state["briefing_extent"])


@st.cache_resource(show_spinner=False)
def warm_briefing_browser() -> threading.Timer:
    """Start the briefing's browser once per server, `WARM_AFTER_S` after the first view."""
    timer = threading.Timer(WARM_AFTER_S, briefing_browser.warm)
    timer.daemon = True
    timer.start()
    return timer
