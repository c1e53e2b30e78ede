"""The map, the right half of the page: its layers of one view, the extent the analyst framed, the outliers."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard.files import app_files
from timeline.views.details import markdown_literal
from timeline.views.exports import defused
from timeline.views.mapview import (
    BASE_FRAME,
    DENSITY_ABOVE,
    FOCUS_BOX,
    EventLayers,
    EventsOverlay,
    MapFrame,
    base_map,
    cell_layers,
    density_weight,
    event_layers,
    framed_bounds,
    legend_html,
    reported_bounds,
    serve_payloads,
)
from timeline.views.query import LOCATED, EventQuery

POINTS_UP_TO = 5000  #: a view with more located events is drawn as cells counted in SQL (`cell_layers`)
#: the density choices (the URL's ``density``) and their labels
DENSITY_CHOICES = {"auto": "Auto", "events": "Strikes", "killed": "Killed", "off": "Off"}


@st.cache_resource(show_spinner=False, max_entries=16)
def map_layers(key: str, selected: tuple[str, ...], _query: EventQuery) -> tuple[EventLayers, dict]:
    """The map's layers of one view (`key` names it) with the `selected` events marked, built once and
    shared by every session showing them: each event up to `POINTS_UP_TO` located events, else
    cells counted in SQL; framed on the bulk of the events (`EventQuery.extent`), or the focus countries."""
    extent = _query.extent(FOCUS_BOX)
    bounds = framed_bounds(extent)
    if _query.count(LOCATED) > POINTS_UP_TO:
        return cell_layers(_query, bounds), extent
    located = _query.frame(extra=LOCATED)
    chosen = located[located["event_id"].isin(list(selected))]
    if len(chosen):  # frame the selected events with their surroundings, at a zoom that still has town names
        lat, lon = chosen["lat"].astype(float), chosen["lon"].astype(float)
        bounds = [[lat.min() - 0.35, lon.min() - 0.45], [lat.max() + 0.35, lon.max() + 0.45]]
    return event_layers(located, bounds=bounds, selected=selected), extent


@st.fragment
def map_panel(layers: EventLayers, online: bool) -> None:
    """The map of one view's `layers` (`map_layers`: the fragment holds them). A new view replaces the
    events in the same map.

    Panning and zooming rerun only this fragment, to keep the extent the analyst framed (the
    briefing image uses it); a click on a marker reruns the whole app, to show its details."""
    static = app_files().static
    choice = st.session_state.get("density") or "auto"
    weight = density_weight(choice, layers.located)
    overlay = EventsOverlay(serve_payloads(permalink_frame(layers), static), static, weight)
    result = st_folium(base_map(online, static), key="map", height=560, use_container_width=True,
                       feature_group_to_add=overlay,
                       returned_objects=["last_object_clicked_tooltip", "bounds", "center", "zoom",
                                         "last_clicked"]) or {}
    map_legend(layers)
    state = st.session_state
    clicked_point(result.get("last_clicked"))
    state["map_extent"] = reported_bounds(result.get("bounds"))
    keep_frame_in_url(MapFrame.reported(result.get("center"), result.get("zoom")))
    density_control(weight, layers.located)
    if state["map_extent"]:
        st.caption(f"Map extent (used by the briefing image): {extent_text(state['map_extent'])}")
    tooltip = result.get("last_object_clicked_tooltip")
    if tooltip != state.get("map_tooltip"):
        state["map_tooltip"] = tooltip
        if not state.get("in_app_run"):
            st.rerun(scope="app")


def permalink_frame(layers: EventLayers) -> EventLayers:
    """`layers` framed on the URL's map frame (``map=``) while they are the layers of the view the page
    opened on; a new view (other filters, another selection) is fitted to its own events."""
    state = st.session_state
    frame = state.get("url_map")
    if not frame:
        return layers
    drawn = (tuple(table.file_name for table in layers.tables), str(layers.bounds))  # what names these layers
    if state.setdefault("url_map_layers", drawn) != drawn:
        state["url_map"] = None
        return layers
    return replace(layers, view=frame)


def keep_frame_in_url(frame: MapFrame | None) -> None:
    """Keep the map's frame, as the map reports it once drawn and after each pan or zoom, in the URL
    (``map=lat,lon,zoom``), unless it is within a pixel of the frame there; this fragment's reruns do
    not pass through `url.write_url`."""
    state = st.session_state
    if frame is None or frame.near(state.get("map_frame")) or (state.get("url_map") and frame.near(BASE_FRAME)):
        return  # nothing new; or the map reported its frame before a permalink's frame was applied
    state["map_frame"] = frame
    if st.query_params.get("map") != str(frame):
        st.query_params["map"] = str(frame)


def clicked_point(click: dict | None) -> None:
    """Keep the point last clicked on the map (``map_click``: lat, lng) for the forms that place an event
    or a name there; a new click reruns the app so that they offer it."""
    state = st.session_state
    if click and click != state.get("map_click"):
        state["map_click"] = click
        if not state.get("in_app_run"):
            st.rerun(scope="app")


def density_control(weight: str | None, located: int) -> None:
    """The choice of the density view (kept in the URL), and what the map shows."""
    chosen = st.segmented_control("Density view", list(DENSITY_CHOICES), key="density",
                                  format_func=DENSITY_CHOICES.get) or "auto"
    if (st.query_params.get("density") or "auto") != chosen:  # the fragment's rerun keeps the URL up to date
        if chosen == "auto":
            del st.query_params["density"]
        else:
            st.query_params["density"] = chosen
    if weight:
        shade = "strikes" if weight == "events" else "people killed"
        why = f" (the view holds {located:,} events, more than {DENSITY_ABOVE:,})" if chosen == "auto" else ""
        st.caption(f"Density{why}: hexagons shaded by {shade}; the markers are one click away (layers).")
    else:
        st.caption(f"Markers: each event (density shows above {DENSITY_ABOVE:,} events, or when chosen).")


def map_legend(layers: EventLayers) -> None:
    """The colours of the actors of the map's view, under the map (over it, they hid a corner's events)."""
    if layers.legend:
        st.html(legend_html(layers.legend))


def outside_note(extent: dict) -> None:
    """The located events left out of the map's frame, counted, with their places one click away (a switch:
    an expander would load the table's front end with the first view)."""
    if not extent["outside"]:
        return
    places = extent["outside_places"]
    named = ", ".join(name for name, _ in places[:4]) + (" …" if len(places) > 4 else "")
    if st.toggle(f"{extent['outside']:,} events outside the map: {markdown_literal(named)}", key="show_outside"):
        st.dataframe(defused(pd.DataFrame(places, columns=["place", "events"])), hide_index=True, key="outside")


def extent_text(bounds: list[list[float]]) -> str:
    (south, west), (north, east) = bounds
    return f"{south:.2f} to {north:.2f}°N, {west:.2f} to {east:.2f}°E"
