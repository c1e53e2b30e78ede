"""The dashboard: a timeline beside a map of the events, filtered, linked and offline.

`streamlit run app.py` opens on the articles the store was last built from, or
on the seeds beside this script for a new store, and the articles added from
the page (the store is built at start when missing or stale). Filter state
lives in the URL. ``TIMELINE_STORE`` points
the app at another store file, read as it is (the bench uses a synthetic one).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from timeline import corrections, store
from timeline.build import add_article_file, build_inputs, build_store, is_stale, recorded_inputs
from timeline.errors import BuildRunningError, DataFileError, StoreWriteError
from timeline.views import briefing_browser, chart_bundle
from timeline.views import filters as filtering
from timeline.views.basemap import CREDITS as BASEMAP_CREDITS
from timeline.views.briefing import render_briefing
from timeline.views.chart import AGGREGATE_ABOVE, timeline_figure
from timeline.views.details import highlighted_article, incident_outlets
from timeline.views.figures import labelled_headline
from timeline.views.mapview import (
    EventLayers,
    EventsOverlay,
    base_map,
    clicked_event_id,
    event_layers,
    reported_bounds,
    serve_payloads,
    view_bounds,
)

HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds"  #: the sample articles a store with no recorded inputs is built from
STATIC_DIR = HERE / "static"  #: what Streamlit serves at /app/static/ (`server.enableStaticServing`)
QUICK_RANGES = {
    "2014 to 2018": (dt.date(2014, 1, 1), dt.date(2018, 12, 31)),
    **{str(y): (dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(2014, 2019)},
}
TABLE_COLUMNS = ["date", "date_text", "event_type", "place_ar", "place", "actor", "killed", "source", "evidence"]
CREDITS = (f"Data: {BASEMAP_CREDITS}. Events extracted from the articles' text; tolls are minimums. "
           "Map: Leaflet (BSD-2).")
UPLOAD_TYPES = ["txt", "html", "htm", "jsonl"]
BRIEFING_TYPES = {"png": "image/png", "pdf": "application/pdf"}
TABLE_ROWS = 1000
WARM_AFTER_S = 20  #: seconds after the first view before the briefing's browser starts, so as not to slow it
TIMELINE_CHART = st.components.v2.component("timeline_chart", js=chart_bundle.script(), isolate_styles=False)


def store_path() -> Path:
    return Path(os.environ["TIMELINE_STORE"]) if os.environ.get("TIMELINE_STORE") else store.default_store()


def store_version(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


@st.cache_data(show_spinner=False)
def load_tables(path: str, version: float) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Events, incidents and article metadata of one version of the store."""
    return store.load_events(Path(path)), store.load_incidents(Path(path)), store.load_articles(Path(path))


@st.cache_data(show_spinner=False, max_entries=64)
def load_article_text(path: str, version: float, article_id: str) -> str | None:
    return store.article_text(article_id, Path(path))


def article_inputs() -> list[Path]:
    """What the store is built from (besides the added articles): its last build's inputs, else the seeds."""
    return recorded_inputs() or [SEEDS]


def rebuild(message: str) -> None:
    """Bring the store up to date with its inputs and the added articles, with a progress bar."""
    bar = st.progress(0.0, text=message)

    def progress(done: int, total: int, article_id: str) -> None:
        bar.progress(done / max(total, 1), text=f"{message} {done}/{total}: {article_id}")

    try:
        report = build_store(article_inputs(), progress=progress)
    except (BuildRunningError, StoreWriteError) as exc:  # the store stays as it was
        bar.empty()
        st.warning(str(exc))
        if not store_path().exists():
            st.stop()
        return
    bar.empty()
    st.session_state["build_report"] = " ".join([*report.notes, report.summary()])


def inputs_signature() -> tuple:
    """The paths, times and sizes of the store and of what it is built from (its inputs, added
    articles, corrections): when they are unchanged, so is the answer of `is_stale`."""
    paths = [store.default_store(), corrections.corrections_file()]
    paths += [f for folder in build_inputs(article_inputs()) for f in sorted(folder.rglob("*")) if f.is_file()]
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else (str(p),) for p in paths)


@st.cache_resource(show_spinner=False, max_entries=8)
def store_is_stale(signature: tuple) -> bool:
    return is_stale(article_inputs())


def ensure_store() -> None:
    """Build the store on the first run of a session when it is missing or stale."""
    if os.environ.get("TIMELINE_STORE") or st.session_state.get("store_checked"):
        return
    if store_is_stale(inputs_signature()):
        rebuild("Extracting events from the articles…")
    st.session_state["store_checked"] = True


# --- URL state -----------------------------------------------------------------------------------

def seed_widgets_from_url(events: pd.DataFrame) -> None:
    """On a session's first run, set the sidebar widgets from the URL's query parameters (names
    spelt as the events spell them: "?sources=sana" chooses "SANA")."""
    if st.session_state.get("url_read"):
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    f, _ = filtering.resolve_names(filtering.Filters.from_query(params), events)
    state = st.session_state
    state["dates"] = (f.date_from, f.date_to)
    for spec in filtering.LIST_FILTERS:
        state[spec.name] = list(getattr(f, spec.name))
    state["min_killed"] = f.min_killed
    state["text"] = f.text
    state["include_coarse"] = f.include_coarse
    state["include_inferred"] = f.include_inferred
    state["lanes"] = "source" if st.query_params.get("lanes") == "source" else "event_type"
    state["online_tiles"] = st.query_params.get("tiles") == "online"
    state["url_read"] = True


def write_url(f: filtering.Filters, lanes: str, online: bool) -> None:
    """Keep the URL's query parameters equal to the view (filters, lanes, tiles)."""
    query = f.to_query()
    if lanes != "event_type":
        query["lanes"] = lanes
    if online:
        query["tiles"] = "online"
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    wanted = {k: v if isinstance(v, list) else [v] for k, v in query.items()}
    if current != wanted:
        st.query_params.from_dict(query)


# --- Sidebar -------------------------------------------------------------------------------------

def _apply_quick_range() -> None:
    choice = st.session_state.get("quick_range")
    if choice in QUICK_RANGES:
        st.session_state["dates"] = QUICK_RANGES[choice]


def date_section() -> None:
    st.sidebar.selectbox("Quick range", ["—", *QUICK_RANGES], key="quick_range", on_change=_apply_quick_range)
    st.sidebar.date_input("Dates", key="dates", min_value=dt.date(2000, 1, 1),
                          max_value=dt.date(2030, 12, 31), format="YYYY-MM-DD")


def picked_dates(picked: object) -> tuple[dt.date, dt.date]:
    """The range of the date widget's value; while only its first day is picked, that day onwards."""
    if isinstance(picked, (tuple, list)) and len(picked) == 2:
        return picked[0], picked[1]
    first = picked[0] if isinstance(picked, (tuple, list)) and picked else filtering.DEFAULT_FROM
    return first, filtering.DEFAULT_TO


def _choices(events: pd.DataFrame, column: str, chosen: list[str]) -> tuple[list[str], dict[str, int]]:
    counts = events[column].dropna().astype(str).value_counts().to_dict()
    return sorted(set(counts) | set(chosen)), counts


def choice_section(events: pd.DataFrame) -> None:
    """A multiselect for each list filter (`filters.LIST_FILTERS`), its values with their counts."""
    for spec in filtering.LIST_FILTERS:
        options, counts = _choices(events, spec.column, st.session_state.get(spec.name, []))
        st.sidebar.multiselect(spec.label, options, key=spec.name,
                               format_func=lambda v, c=counts: f"{v} ({c.get(v, 0)})")


def refine_section() -> None:
    st.sidebar.number_input("Minimum killed", min_value=0, step=1, key="min_killed")
    st.sidebar.text_input("Text (Arabic normalised)", key="text")
    st.sidebar.toggle("Include month/year-precise dates", key="include_coarse")
    st.sidebar.toggle("Include inferred dates", key="include_inferred")


def display_section() -> None:
    st.sidebar.radio("Timeline lanes", ["event_type", "source"], key="lanes", horizontal=True,
                     format_func={"event_type": "event type", "source": "outlet"}.get)
    st.sidebar.toggle("Online map tiles (needs internet)", key="online_tiles")


def sidebar(events: pd.DataFrame) -> None:
    """The filter widgets; the view is read from their state (`chosen_view`)."""
    st.sidebar.header("Filters")
    date_section()
    choice_section(events)
    refine_section()
    display_section()


def chosen_view() -> tuple[filtering.Filters, str, bool]:
    """The filters, the timeline's lanes and the tiles switch, from the widgets' state."""
    state = st.session_state
    date_from, date_to = picked_dates(state["dates"])
    lists = {spec.name: tuple(state[spec.name]) for spec in filtering.LIST_FILTERS}
    f = filtering.Filters(date_from=date_from, date_to=date_to, **lists,
                          min_killed=int(state["min_killed"]), text=state["text"],
                          include_coarse=state["include_coarse"], include_inferred=state["include_inferred"])
    return f, state["lanes"], state["online_tiles"]


# --- Main area -----------------------------------------------------------------------------------

def metrics(view: pd.DataFrame, incidents: pd.DataFrame) -> None:
    figures = labelled_headline(view, incidents)
    for column, (label, value) in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(label, f"{value:,}")


def view_key(view: pd.DataFrame) -> str:
    """A digest of the store's version and the ids of the events in `view`."""
    path = store_path()
    text = f"{path}\n{store_version(path)}\n" + "\n".join(view["event_id"].astype(str))
    return hashlib.sha1(text.encode()).hexdigest()


@st.cache_resource(show_spinner=False, max_entries=16)
def map_layers(key: str, selected: tuple[str, ...], _view: pd.DataFrame) -> EventLayers:
    """The map's layers of one view (`key` names it) with the `selected` events marked, built once and
    shared by every session showing them."""
    return event_layers(_view, selected=selected)


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_figure(key: str, lanes: str, marked: tuple[str, ...], _view: pd.DataFrame) -> str:
    """The timeline of one view (`key` names it) as plotly JSON, built once; zooming it survives a
    change of the `marked` events."""
    figure = timeline_figure(_view, lanes=lanes, selected=marked)
    figure.update_layout(uirevision=timeline_revision(key, lanes))
    return figure.to_json()


def timeline_revision(key: str, lanes: str) -> str:
    """What names one drawing of the timeline: its view and its lanes."""
    return f"{key}:{lanes}"


@st.cache_resource(show_spinner=False)
def timeline_bundle() -> str:
    return chart_bundle.publish_bundle(STATIC_DIR)


def timeline_panel(view: pd.DataFrame, key: str, lanes: str, marked: list[str]) -> None:
    """The timeline with the `marked` event ringed (what is selected on it: `timeline_selection`)."""
    try:
        bundle = timeline_bundle()
    except FileNotFoundError as error:
        st.error(f"The timeline cannot be drawn: {error}")
        return
    TIMELINE_CHART(key="timeline", data={"bundle": bundle, "figure": cached_figure(key, lanes, tuple(marked), view),
                                         "config": chart_bundle.CONFIG},
                   default={"selection": {}}, on_selection_change=lambda: None)  # the callback declares the state
    if len(view) > AGGREGATE_ABOVE:
        st.caption("Each point is a week of one lane (a month when the events span more than two years; or the "
                   "events of one lane known only to the same month or year), sized by its number of events, "
                   "coloured by its most frequent actor. Narrow the filters to "
                   f"{AGGREGATE_ABOVE:,} dated events or fewer to see every event.")


def timeline_selection(revision: str) -> list[str]:
    """The ids of the events selected on the timeline, known before it is drawn (its widget state);
    none when they were selected on another drawing of it (another view or other lanes)."""
    state = st.session_state.get("timeline") or {}
    chosen = state.get("selection") if hasattr(state, "get") else None
    if not isinstance(chosen, dict) or chosen.get("revision") != revision:
        return []
    return [i for item in chosen.get("ids") or [] for i in str(item).split()]


@st.fragment
def map_panel(layers: EventLayers, online: bool) -> None:
    """The map of one view's `layers` (`map_layers`: the fragment holds them). A new view replaces the
    events in the same map.

    Panning and zooming rerun only this fragment, to keep the extent the analyst framed (the
    briefing image uses it); a click on a marker reruns the whole app, to show its details."""
    overlay = EventsOverlay(serve_payloads(layers, STATIC_DIR), STATIC_DIR)
    result = st_folium(base_map(online, STATIC_DIR), key="map", height=560, use_container_width=True,
                       feature_group_to_add=overlay, returned_objects=["last_object_clicked_tooltip", "bounds"]) or {}
    state = st.session_state
    state["map_extent"] = reported_bounds(result.get("bounds"))
    if state["map_extent"]:
        st.caption(f"Map extent (used by the briefing image): {extent_text(state['map_extent'])}")
    tooltip = result.get("last_object_clicked_tooltip")
    if tooltip != state.get("map_tooltip"):
        state["map_tooltip"] = tooltip
        if not state.get("in_app_run"):
            st.rerun(scope="app")


def extent_text(bounds: list[list[float]]) -> str:
    (south, west), (north, east) = bounds
    return f"{south:.2f} to {north:.2f}°N, {west:.2f} to {east:.2f}°E"


def focus_event(view: pd.DataFrame, picked: list[str], clicked: str | None, table_row: str | None) -> str | None:
    """The event the details panel shows: the last one clicked, picked on the timeline or in the table."""
    state = st.session_state
    for source, value in (("clicked", clicked), ("table", table_row)):
        if value and state.get(f"last_{source}") != value:
            state[f"last_{source}"] = value
            state["focus"] = value
    if picked and state.get("last_picked") != picked:
        state["last_picked"] = picked
        state["focus"] = picked[0]
    return state.get("focus") if state.get("focus") in set(view["event_id"]) else None


def events_table(view: pd.DataFrame) -> str | None:
    st.subheader(f"Events in view ({len(view):,})")
    shown = view.sort_values("date", na_position="last").head(TABLE_ROWS)
    if len(view) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} by date; narrow the filters to list the others.")
    picked = st.dataframe(shown[TABLE_COLUMNS], key="table", on_select="rerun", selection_mode="single-row",
                          hide_index=True, width="stretch", height=300)
    rows = picked.selection.rows if picked else []
    return str(shown.iloc[rows[0]]["event_id"]) if rows else None


def undated_tray(tray: pd.DataFrame) -> None:
    with st.expander(f"Undated events ({len(tray)}): matched every filter but have no date", expanded=False):
        if tray.empty:
            st.caption("None.")
        else:
            st.dataframe(tray[TABLE_COLUMNS], key="tray", hide_index=True, width="stretch")


def details_panel(event: pd.Series, incidents: pd.DataFrame, articles: pd.DataFrame) -> bool:
    """The event's article, outlets and metadata; True when a correction re-extracted the article."""
    path = store_path()
    st.subheader("Details")
    text = load_article_text(str(path), store_version(path), str(event["article_id"])) or event["evidence"]
    start = None if pd.isna(event["start"]) else int(event["start"])
    end = None if pd.isna(event["end"]) else int(event["end"])
    left, right = st.columns([2, 1])
    with left:
        st.markdown(highlighted_article(str(text), start, end), unsafe_allow_html=True)
    with right:
        st.markdown("**Event**")
        st.table(pd.DataFrame({"field": ["type", "date", "as written", "date basis", "place", "actor", "killed"],
                               "value": [str(event[c]) for c in ("event_type", "date", "date_text", "date_basis",
                                                                 "place", "actor", "killed")]}))
        outlets = incident_outlets(incidents, event.get("incident_id")) or [str(event["source"])]
        st.markdown("**Reported by**")
        st.dataframe(pd.DataFrame({"outlet": outlets}), hide_index=True, key="outlets")
        meta = articles[articles["article_id"] == event["article_id"]]
        if not meta.empty:
            st.markdown("**Article**")
            shown = meta.iloc[0][["article_id", "title", "source", "source_basis", "published",
                                  "published_basis", "url", "path"]]
            st.dataframe(shown.astype("string").rename("value").to_frame(), key="article_meta")
        return correction_form(str(event["article_id"]))


def correction_form(article_id: str) -> bool:
    """The form to correct an article's date or outlet; True when it re-extracted the article."""
    with st.form("correction"):
        st.markdown("**Correct this article**")
        written = st.text_input("Publication date (YYYY-MM-DD)", key="fix_published")
        source = st.text_input("Outlet", key="fix_source")
        if not st.form_submit_button("Save and re-extract") or not (written.strip() or source.strip()):
            return False
        try:
            published = dt.date.fromisoformat(written.strip()) if written.strip() else None
        except ValueError:
            st.error(f"Not a date: {written!r} (write it as 2016-09-16)")
            return False
        try:
            corrections.save(article_id, published=published, source=source.strip() or None)
        except DataFileError as exc:  # a corrections file that is not JSON is not overwritten
            st.error(str(exc))
            return False
    rebuild("Re-extracting with the correction…")
    st.cache_data.clear()
    return True


def add_articles() -> bool:
    """The uploader of articles; True when it extracted new ones."""
    files = st.file_uploader("Add articles (.txt, .html, .jsonl)", type=UPLOAD_TYPES,
                             accept_multiple_files=True, key="upload")
    done = st.session_state.setdefault("uploaded", set())
    new = [f for f in files or [] if f.file_id not in done]
    if not new:
        return False
    for upload in new:
        add_article_file(upload.name, upload.getvalue())  # never replaces an article
        done.add(upload.file_id)
    rebuild(f"Extracting {len(new)} added article(s)…")
    st.cache_data.clear()
    return True


def briefing_section(events: pd.DataFrame, incidents: pd.DataFrame, f: filtering.Filters,
                     framed: list[list[float]] | None, in_view: list[list[float]], lanes: str) -> None:
    """The briefing image of the view, its map on the extent `framed` on the dashboard's map when it
    has reported one, else on the events `in_view`."""
    bounds = framed or in_view
    st.sidebar.header("Briefing image")
    title = st.sidebar.text_input("Title", value="Strikes in Syria and Iraq", key="brief_title")
    size = st.sidebar.radio("Size", ["slide", "a4"], key="brief_size", horizontal=True)
    fmt = st.sidebar.radio("Format", ["png", "pdf"], key="brief_format", horizontal=True, format_func=str.upper)
    if st.sidebar.button("Briefing image", key="briefing"):
        with st.spinner("Rendering the briefing…"):
            st.session_state["briefing_file"] = (fmt, render_briefing(
                events, incidents, f, title=title, size=size, fmt=fmt, bounds=bounds, lanes=lanes))
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


def main() -> None:
    st.set_page_config(page_title="War timeline: Syria and Iraq", layout="wide")
    st.session_state["in_app_run"] = True  # the map fragment reruns the app on a click only outside it
    try:
        dashboard()
    finally:
        st.session_state["in_app_run"] = False


def dashboard() -> None:
    """The page: the sidebar's filters, the main area, the briefing and the articles, then any
    rerun the main area asked for, once every widget has been drawn (a rerun forgets the state of
    the widgets its run did not draw).

    Measured: the filters drawn after the main area slow the first view by about 0.4 s."""
    ensure_store()
    path = store_path()
    events, incidents, articles = load_tables(str(path), store_version(path))
    seed_widgets_from_url(events)
    sidebar(events)
    f, lanes, online = chosen_view()
    write_url(f, lanes, online)
    view, tray = filtering.apply(events, f)
    key = view_key(view)
    picked = timeline_selection(timeline_revision(key, lanes))
    rerun = main_area(view, tray, f, lanes, online, key, picked, incidents, articles)
    briefing_section(events, incidents, f, st.session_state.get("map_extent"), view_bounds(view, picked), lanes)
    with st.sidebar:
        st.header("Articles")
        if not os.environ.get("TIMELINE_STORE"):
            rerun = add_articles() or rerun
        if st.session_state.get("build_report"):
            st.caption(st.session_state["build_report"])
    warm_briefing_browser()
    if rerun:
        st.rerun()


def main_area(view: pd.DataFrame, tray: pd.DataFrame, f: filtering.Filters, lanes: str, online: bool, key: str,
              picked: list[str], incidents: pd.DataFrame, articles: pd.DataFrame) -> bool:
    """Headline figures, the map and the timeline, the table, the tray and the details; True when
    the page must run again (the event shown changed, so the timeline must ring it, or an article
    was re-extracted)."""
    st.title("Strikes in Syria and Iraq, 2014 to 2018")
    st.caption(" · ".join(f.describe()))
    metrics(view, incidents)
    shown = st.session_state.get("focus")
    left, right = st.columns([1.15, 1])
    with right:  # the map first: the browser starts drawing it while the timeline is built
        map_panel(map_layers(key, tuple(picked), view), online)
    with left:
        timeline_panel(view, key, lanes, [shown] if shown else [])
    clicked = clicked_event_id(st.session_state.get("map_tooltip"))
    table_row = events_table(view)
    undated_tray(tray)
    focus = focus_event(view, picked, clicked, table_row)
    corrected = False
    if focus:
        corrected = details_panel(view[view["event_id"] == focus].iloc[0], incidents, articles)
    else:
        st.caption("Click a marker, select on the timeline or pick a table row to see its article.")
    st.caption(CREDITS)
    return corrected or (focus is not None and focus != shown)


if __name__ == "__main__":
    main()
