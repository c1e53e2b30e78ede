"""The view in the URL's query string: the sidebar's widgets seeded from it, and it kept equal to the view.

Besides the filters, the URL holds the selected event (``event=``, its id: the article's id and the
offset of the event's trigger word in the article, which no rebuild changes unless the extraction
rules pick another word) and the map's frame (``map=lat,lon,zoom``), so that it is a permalink of both.
"""

from __future__ import annotations

import streamlit as st

from dashboard.map_panel import DENSITY_CHOICES
from dashboard.sidebar import ALSO_SHOW
from timeline.views import filters as filtering
from timeline.views.mapview import MapFrame


def seed_widgets_from_url(options: dict[str, dict[str, int]]) -> None:
    """On a session's first run, set the sidebar widgets from the URL's query parameters (names
    spelt as the events spell them: "?sources=sana" chooses "SANA")."""
    if st.session_state.get("url_read"):
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    f, _ = filtering.resolve_known(filtering.Filters.from_query(params), options)
    state = st.session_state
    state["dates"] = (f.date_from, f.date_to)
    for spec in filtering.LIST_FILTERS:
        state[spec.name] = list(getattr(f, spec.name))
    state["min_killed"] = f.min_killed
    state["text"] = f.text
    state["also_show"] = [name for name in ALSO_SHOW if getattr(f, name)]
    state["lanes"] = "source" if st.query_params.get("lanes") == "source" else "event_type"
    state["online_tiles"] = st.query_params.get("tiles") == "online"
    state["show_table"] = st.query_params.get("table") == "1"
    state["show_tray"] = st.query_params.get("tray") == "1"
    state["density"] = st.query_params.get("density") if st.query_params.get("density") in DENSITY_CHOICES else "auto"
    state["url_window"] = url_window(st.query_params.get("window"))
    if st.query_params.get("event"):  # a permalink's event: selected, and marked on the map until another is
        state["focus"] = state["linked_event"] = st.query_params["event"]
    state["map_frame"] = state["url_map"] = MapFrame.parse(st.query_params.get("map"))
    state["url_read"] = True


def linked_event() -> list[str]:
    """The event of the permalink the page was opened with (``event=``), marked and framed on the map."""
    event = st.session_state.get("linked_event")
    return [event] if event else []


def url_window(value: str | None) -> dict[str, str] | None:
    """The timeline's window from its URL form, "2016-01-01/2016-06-30"; None when absent or not one."""
    window = filtering.parse_window(value)
    return {"from": window[0].isoformat(), "to": window[1].isoformat()} if window else None


def write_url(f: filtering.Filters, lanes: str, online: bool, window: dict[str, str] | None) -> None:
    """Keep the URL's query parameters equal to the view (filters, window, lanes, tiles, table, undated tray,
    density) and to the event selected and the map's frame (a permalink of both: `seed_widgets_from_url`
    reads them)."""
    query = f.to_query()
    if window:
        query["window"] = f"{window['from']}/{window['to']}"
    if lanes != "event_type":
        query["lanes"] = lanes
    if online:
        query["tiles"] = "online"
    if st.session_state.get("show_table"):
        query["table"] = "1"
    if st.session_state.get("show_tray"):
        query["tray"] = "1"
    if st.session_state.get("focus"):
        query["event"] = st.session_state["focus"]
    if st.session_state.get("map_frame"):
        query["map"] = str(st.session_state["map_frame"])
    if st.session_state.get("density") not in (None, "auto"):
        query["density"] = st.session_state["density"]
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    wanted = {k: v if isinstance(v, list) else [v] for k, v in query.items()}
    if current != wanted:
        st.query_params.from_dict(query)
