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
from timeline.views.chart import AGGREGATE_ABOVE, binned_figure, timeline_figure
from timeline.views.details import fields_html, highlighted_article, incident_outlets, markdown_literal
from timeline.views.exports import defused
from timeline.views.figures import labelled_headline
from timeline.views.mapview import (
    FOCUS_BOX,
    EventLayers,
    EventsOverlay,
    base_map,
    cell_layers,
    clicked_event_id,
    event_layers,
    reported_bounds,
    serve_payloads,
)
from timeline.views.query import LOCATED, EventQuery, option_counts

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
TRAY_ROWS = 1000
POINTS_UP_TO = 5000  #: a view with more located events is drawn as cells counted in SQL (`cell_layers`)
#: the "Also show" choices: the `Filters` switch each one sets
ALSO_SHOW = {"include_coarse": "month/year-precise dates", "include_inferred": "inferred dates"}
WARM_AFTER_S = 20  #: seconds after the first view before the briefing's browser starts, so as not to slow it
TIMELINE_CHART = st.components.v2.component("timeline_chart", js=chart_bundle.script(), isolate_styles=False)


def store_path() -> Path:
    return Path(os.environ["TIMELINE_STORE"]) if os.environ.get("TIMELINE_STORE") else store.default_store()


def store_version(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


@st.cache_data(show_spinner=False, max_entries=4)
def load_options(path: str, version: float) -> dict[str, dict[str, int]]:
    """By list filter, the values of one version of the store with their numbers of events."""
    with store.reader(Path(path)) as con:
        return option_counts(con)


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
    state["url_window"] = url_window(st.query_params.get("window"))
    state["url_read"] = True


def url_window(value: str | None) -> dict[str, str] | None:
    """The timeline's window from its URL form, "2016-01-01/2016-06-30"; None when absent or not one."""
    try:
        first, last = (dt.date.fromisoformat(part) for part in (value or "").split("/"))
    except ValueError:
        return None
    return {"from": first.isoformat(), "to": last.isoformat()} if first <= last else None


def write_url(f: filtering.Filters, lanes: str, online: bool, window: dict[str, str] | None) -> None:
    """Keep the URL's query parameters equal to the view (filters, window, lanes, tiles, table)."""
    query = f.to_query()
    if window:
        query["window"] = f"{window['from']}/{window['to']}"
    if lanes != "event_type":
        query["lanes"] = lanes
    if online:
        query["tiles"] = "online"
    if st.session_state.get("show_table"):
        query["table"] = "1"
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


def list_filter(spec: filtering.ListFilter, options: dict[str, dict[str, int]]) -> None:
    """The multiselect of one list filter (`filters.LIST_FILTERS`), its values with their counts."""
    counts = options.get(spec.name, {})
    values = sorted(set(spec.vocabulary or counts) | set(st.session_state.get(spec.name, [])))
    st.multiselect(spec.label, values, key=spec.name, format_func=lambda v, c=counts: f"{v} ({c.get(v, 0)})")


def more_filters(options: dict[str, dict[str, int]]) -> None:
    """The filters analysts reach for less often, in an expander."""
    with st.sidebar.expander("More filters"):
        for spec in filtering.LIST_FILTERS:
            if spec.more:
                list_filter(spec, options)
        st.number_input("Minimum killed", min_value=0, step=1, key="min_killed")
        st.text_input("Text (Arabic normalised)", key="text")
        st.multiselect("Also show events with", list(ALSO_SHOW), key="also_show", format_func=ALSO_SHOW.get)
        st.radio("Timeline lanes", ["event_type", "source"], key="lanes", horizontal=True,
                 format_func={"event_type": "event type", "source": "outlet"}.get)
        st.toggle("Online map tiles (needs internet)", key="online_tiles")


def sidebar(options: dict[str, dict[str, int]]) -> None:
    """The filter widgets; the view is read from their state (`chosen_view`)."""
    st.sidebar.header("Filters")
    date_section()
    with st.sidebar:
        for spec in filtering.LIST_FILTERS:
            if not spec.more:
                list_filter(spec, options)
    more_filters(options)


def chosen_view() -> tuple[filtering.Filters, str, bool]:
    """The filters, the timeline's lanes and the tiles switch, from the widgets' state."""
    state = st.session_state
    date_from, date_to = picked_dates(state["dates"])
    lists = {spec.name: tuple(state[spec.name]) for spec in filtering.LIST_FILTERS}
    also = set(state["also_show"])
    f = filtering.Filters(date_from=date_from, date_to=date_to, **lists,
                          min_killed=int(state["min_killed"]), text=state["text"],
                          include_coarse="include_coarse" in also, include_inferred="include_inferred" in also)
    return f, state["lanes"], state["online_tiles"]


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


# --- Main area -----------------------------------------------------------------------------------

def metrics(query: EventQuery) -> None:
    figures = labelled_headline(query)
    for column, (label, value) in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(label, f"{value:,}")


def view_key(f: filtering.Filters, window: dict[str, str] | None = None) -> str:
    """A digest of the store's version, the filters and the window: what names one view."""
    path = store_path()
    text = f"{path}\n{store_version(path)}\n{f.to_query()}\n{window}"
    return hashlib.sha1(text.encode()).hexdigest()


@st.cache_resource(show_spinner=False, max_entries=16)
def map_layers(key: str, selected: tuple[str, ...], _query: EventQuery) -> tuple[EventLayers, dict]:
    """The map's layers of one view (`key` names it) with the `selected` events marked, built once and
    shared by every session showing them: each event up to `POINTS_UP_TO` located events, else
    cells counted in SQL; framed on the bulk of the events (`EventQuery.extent`), or the focus countries."""
    extent = _query.extent(FOCUS_BOX)
    bounds = extent["bounds"] or [[FOCUS_BOX[1], FOCUS_BOX[0]], [FOCUS_BOX[3], FOCUS_BOX[2]]]
    bounds = [[bounds[0][0] - 0.3, bounds[0][1] - 0.3], [bounds[1][0] + 0.3, bounds[1][1] + 0.3]]
    if _query.count(LOCATED) > POINTS_UP_TO:
        return cell_layers(_query, bounds), extent
    located = _query.frame(extra=LOCATED)
    chosen = located[located["event_id"].isin(list(selected))]
    if len(chosen):  # frame the selected events with their surroundings, at a zoom that still has town names
        lat, lon = chosen["lat"].astype(float), chosen["lon"].astype(float)
        bounds = [[lat.min() - 0.35, lon.min() - 0.45], [lat.max() + 0.35, lon.max() + 0.45]]
    return event_layers(located, bounds=bounds, selected=selected), extent


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
    return chart_bundle.publish_bundle(STATIC_DIR)


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


def outside_note(extent: dict) -> None:
    """The located events left out of the map's frame, counted, with their places one click away."""
    if not extent["outside"]:
        return
    places = extent["outside_places"]
    named = ", ".join(name for name, _ in places[:4]) + (" …" if len(places) > 4 else "")
    with st.expander(f"{extent['outside']:,} events outside the map: {markdown_literal(named)}"):
        st.dataframe(defused(pd.DataFrame(places, columns=["place", "events"])), hide_index=True, key="outside")


def extent_text(bounds: list[list[float]]) -> str:
    (south, west), (north, east) = bounds
    return f"{south:.2f} to {north:.2f}°N, {west:.2f} to {east:.2f}°E"


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


def store_rows(table: str, column: str, value: str) -> pd.DataFrame:
    path = store_path()
    with store.reader(path) as con:
        return con.execute(f"SELECT * FROM {table} WHERE {column} = ?", [value]).df()


def details_panel(event: pd.Series) -> bool:
    """The event's article, outlets and metadata; True when a correction re-extracted the article.
    Article text reaches the page only as escaped HTML, never through Markdown."""
    path = store_path()
    st.subheader("Details")
    text = load_article_text(str(path), store_version(path), str(event["article_id"])) or event["evidence"]
    start = None if pd.isna(event["start"]) else int(event["start"])
    end = None if pd.isna(event["end"]) else int(event["end"])
    left, right = st.columns([2, 1])
    with left:
        st.html(highlighted_article(str(text), start, end))
    with right:
        st.markdown("**Event**")
        st.html(fields_html([(label, event[c]) for label, c in (
            ("type", "event_type"), ("date", "date"), ("as written", "date_text"), ("date basis", "date_basis"),
            ("place", "place"), ("actor", "actor"), ("killed", "killed"))]))
        incident = store_rows("incidents", "incident_id", str(event["incident_id"])) \
            if pd.notna(event.get("incident_id")) else pd.DataFrame()
        outlets = incident_outlets(incident, event.get("incident_id")) or [str(event["source"])]
        st.markdown("**Reported by**")
        st.dataframe(defused(pd.DataFrame({"outlet": outlets})), hide_index=True, key="outlets")
        meta = store_rows("articles", "article_id", str(event["article_id"]))
        if not meta.empty:
            st.markdown("**Article**")
            shown = meta.iloc[0][["article_id", "title", "source", "source_basis", "published",
                                  "published_basis", "url", "path"]]
            st.dataframe(defused(shown.astype("string").rename("value").to_frame()), key="article_meta")
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
        except (DataFileError, OSError) as exc:  # a file that is not JSON is not overwritten; a read-only folder
            st.error(str(exc))
            return False
    st.session_state["pending_rebuild"] = "Re-extracting with the correction…"  # once the store is closed
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
        try:
            add_article_file(upload.name, upload.getvalue())  # never replaces an article
        except OSError as exc:  # a read-only data folder
            st.error(f"{upload.name}: not added: {exc}")
            return False
        done.add(upload.file_id)
    rebuild(f"Extracting {len(new)} added article(s)…")
    st.cache_data.clear()
    return True


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
    the widgets its run did not draw). Every view is a query of the store (`EventQuery`): the
    server holds the counts, bins and cells it draws, never the whole event table."""
    ensure_store()
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
    if st.session_state.get("pending_rebuild"):
        rebuild(st.session_state.pop("pending_rebuild"))
        st.cache_data.clear()
    with st.sidebar:
        st.header("Articles")
        if not os.environ.get("TIMELINE_STORE"):
            rerun = add_articles() or rerun
        if st.session_state.get("build_report"):
            st.caption(markdown_literal(st.session_state["build_report"]))
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
    metrics(shown)
    focused = st.session_state.get("focus")
    left, right = st.columns([1.15, 1])
    layers, extent = map_layers(view_key(f, window), tuple(picked), shown)
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
    else:
        st.caption("Click a marker, select on the timeline or pick a table row to see its article.")
    st.caption(CREDITS)
    return corrected or (focus is not None and focus != focused), layers.bounds


if __name__ == "__main__":
    main()
