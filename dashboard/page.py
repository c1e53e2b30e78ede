"""The page: the sidebar's filters, the figures, the timeline beside the map, the table, the tray, the
details, the briefing and the articles, every view a query of the store (`EventQuery`)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import files
from dashboard.articles import add_articles, apply_pending, unread_inputs
from dashboard.briefing import briefing_section, warm_briefing_browser
from dashboard.details import details_panel
from dashboard.events import events_table, focus_event, undated_tray
from dashboard.exports import export_section
from dashboard.map_panel import map_layers, map_panel, outside_note
from dashboard.print_style import print_style
from dashboard.review import corrections_section
from dashboard.sidebar import chosen_view, sidebar
from dashboard.state import (
    ensure_store,
    fixed_store,
    load_options,
    rebuild,
    store_path,
    store_rows,
    store_version,
)
from dashboard.timeline_panel import chosen_window, timeline_panel, timeline_revision, timeline_selection
from dashboard.toponyms import unknown_places_section
from dashboard.url import linked_event, seed_widgets_from_url, write_url
from timeline import store
from timeline.views import filters as filtering
from timeline.views.basemap import CREDITS as BASEMAP_CREDITS
from timeline.views.details import markdown_literal
from timeline.views.figures import labelled_headline
from timeline.views.mapview import clicked_event_id
from timeline.views.query import EventQuery

CREDITS = (f"Data: {BASEMAP_CREDITS}. Events extracted from the articles' text; tolls are minimums. "
           "Map: Leaflet (BSD-2).")


def main(folder: Path) -> None:
    """Draw the page of the app whose files (seeds, static/) are in `folder`."""
    files.use(folder)
    st.set_page_config(page_title="War timeline: Syria and Iraq", layout="wide")
    print_style()
    st.session_state["in_app_run"] = True  # the map fragment reruns the app on a click only outside it
    try:
        dashboard()
    finally:
        st.session_state["in_app_run"] = False


def dashboard() -> None:
    """The page: the sidebar's filters, the main area, the briefing and the articles, then any
    rerun the main area asked for, once every widget has been drawn (a rerun forgets the state of
    the widgets its run did not draw). Every view is a query of the store (`EventQuery`): the
    server holds the counts, bins and cells it draws, never the whole event table."""
    ensure_store()
    apply_pending()  # the articles added or removed from the sidebar, and what came of them
    path = store_path()
    options = load_options(str(path), store_version(path))
    seed_widgets_from_url(options)
    sidebar(options)
    f, lanes, online = chosen_view()
    known = {name: list(values) for name, values in options.items()}
    with store.reader(path) as con:
        query = EventQuery(con, f, known)
        key = view_key(f)
        picked, bin_window = timeline_selection(timeline_revision(key, lanes))
        window = bin_window or chosen_window(f)
        write_url(f, lanes, online, window)
        shown = query.narrowed(dt.date.fromisoformat(window["from"]), dt.date.fromisoformat(window["to"])) \
            if window else query
        rerun, frame = main_area(query, shown, f, window, lanes, online, key, picked)
        briefing_section(shown, st.session_state.get("map_extent"), frame, lanes)
        rerun = export_section(path, shown.filters, known, shown.count()) or rerun
    if st.session_state.get("pending_rebuild"):
        rebuild(st.session_state.pop("pending_rebuild"))
        st.cache_data.clear()
    with st.sidebar:
        st.header("Articles")
        if not fixed_store():
            add_articles()
        if st.session_state.get("build_report"):
            st.caption(markdown_literal(st.session_state["build_report"]))
        unread_inputs(path)
    warm_briefing_browser()
    if rerun:
        st.rerun()


def page_title(f: filtering.Filters, window: dict[str, str] | None) -> str:
    """What the page shows, in words: its event types and its time."""
    what = ", ".join(f.types) if f.types else "Strikes and attacks"
    first, last = (window["from"], window["to"]) if window else (f.date_from.isoformat(), f.date_to.isoformat())
    if first[5:] == "01-01" and last[5:] == "12-31":
        when = first[:4] if first[:4] == last[:4] else f"{first[:4]} to {last[:4]}"
    else:
        when = f"{first} to {last}"
    where = ", ".join(f.countries) if f.countries else "Syria and Iraq"
    return f"{what.capitalize() if f.types else what} in {where}, {when}"


def main_area(query: EventQuery, shown: EventQuery, f: filtering.Filters, window: dict[str, str] | None, lanes: str,
              online: bool, key: str, picked: list[str]) -> tuple[bool, list[list[float]]]:
    """Headline figures, the map and the timeline, the table, the tray and the details; True when
    the page must run again (the event shown changed, so the timeline must ring it, or an article
    was re-extracted), and the map's frame."""
    st.title(markdown_literal(page_title(f, window)))
    st.caption(markdown_literal(" · ".join(f.describe() + ([f"window {window['from']} to {window['to']}"]
                                                           if window else []))))
    metrics(headline_figures(view_key(f, window), shown))
    focused = st.session_state.get("focus")
    left, right = st.columns([1.15, 1])
    marked = picked or linked_event()  # what the timeline selected, else a permalink's event
    layers, extent = map_layers(view_key(f, window), tuple(marked), shown)
    with right:  # the map first: the browser starts drawing it while the timeline is built
        map_panel(layers, online)
        outside_note(extent)
    with left:
        timeline_panel(query, key, lanes, [focused] if focused else [], window)
    clicked = clicked_event_id(st.session_state.get("map_tooltip"))
    table_row = None
    if st.toggle("Show events table", key="show_table"):
        table_row = events_table(shown, shown.count())
    tray_row = undated_tray(query)
    focus = focus_event(picked, clicked, table_row or tray_row)
    corrected = False
    event = store_rows("events", "event_id", focus) if focus else pd.DataFrame()
    if not event.empty:
        corrected = details_panel(store.events_frame_types(event[list(store.EVENT_COLUMNS)]).iloc[0])
    elif focus:  # a permalink's event that a rebuild with other extraction rules gave another id
        st.caption(markdown_literal(f"No event {focus} in the store: the extraction rules may have changed since "
                                    "its link was made. Click a marker to see an event's article."))
    else:
        st.caption("Click a marker, select on the timeline or pick a table row to see its article.")
    reviewed = [corrections_section(), unknown_places_section(query.con)]  # both drawn, whatever the first did
    corrected = any(reviewed) or corrected
    st.caption(CREDITS)
    return corrected or (focus is not None and focus != focused), layers.bounds


@st.cache_resource(show_spinner=False, max_entries=64)
def headline_figures(key: str, _query: EventQuery) -> list[tuple[str, int]]:
    """The headline figures of one view (`key` names it), counted once: a scan of the view's events."""
    return labelled_headline(_query)


def metrics(figures: list[tuple[str, int]]) -> None:
    for column, (label, value) in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(label, f"{value:,}")


def view_key(f: filtering.Filters, window: dict[str, str] | None = None) -> str:
    """A digest of the store's version, the filters and the window: what names one view."""
    path = store_path()
    text = f"{path}\n{store_version(path)}\n{f.to_query()}\n{window}"
    return hashlib.sha1(text.encode()).hexdigest()
