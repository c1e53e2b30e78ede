"""The folium map of events: strikes by actor and toll over an offline basemap.

`base_map` is the map without events, the same for every view; an `EventsOverlay` holds one
view's `event_layers`, drawn in the browser by ``web/event_map.js`` from one compact JSON table
per layer (canvas circle markers), so 20,000 events cost one template render instead of
20,000. Above `CLUSTER_ABOVE` events a layer indexes them with supercluster and draws
only what the view shows: a bubble per cluster up to zoom 9, each event from zoom 10,
its marker made the first time it shows. In the dashboard the tables are static files
the browser fetches (`serve_payloads`); in a standalone page they are inlined. Article
strings never pass through HTML: popups are built with ``textContent`` and tooltips
with an escaping function, so a hostile article shows as text.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

import folium
import numpy as np
import pandas as pd
from branca.element import Element
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from gazetteer.paths import cache_home
from timeline.views import assets
from timeline.views.basemap import BOX, basemap_layers
from timeline.views.colours import actor_colour
from timeline.views.details import cell_text
from timeline.views.query import LOCATED, EventQuery
from timeline.vocabulary import STRIKE_TYPES

#: lon_min, lat_min, lon_max, lat_max: the focus countries (Syria, Iraq) and their neighbours; a map frames
#: the events inside it (those outside are counted apart)
FOCUS_BOX = BOX
CLUSTER_ABOVE = 400
MAP_ZOOMS = (4, 18)  #: the map's least and greatest zoom levels (`base_map`)
CELL_DEGREES = 0.02  #: a cell of a big view's map: about 2 km
SUPERCLUSTER = ("supercluster", "dist/supercluster.min.js")  #: npm package and file
HEXBIN = ("d3-hexbin", "build/d3-hexbin.min.js")  #: npm package and file
#: above this many located events a view is too dense to read marker by marker: the strikes are drawn as
#: hexagons shaded by their count or toll (`density_weight`)
DENSITY_ABOVE = 1500
DENSITY_WEIGHTS = ("events", "killed")  #: what a hexagon's shade counts: strikes, or people killed
EVENT_MAP_JS = Path(__file__).resolve().parent / "web" / "event_map.js"
VIEWS_SUBDIR = "map-views"
EVIDENCE_CHARS = 280
_RING_KM = {"governorate": 40.0, "region": 60.0, "district": 15.0}
APPROXIMATE_RING_KM = 5.0  #: the ring of a point that is an estimate (a gazetteer row marked approximate)

#: the page's legend of the map (`legend_html`): its items in a wrapped row, each with a dot of its actor's colour
LEGEND_STYLE = "list-style: none; display: flex; flex-wrap: wrap; gap: 0 14px; margin: 0; padding: 0; font-size: 13px"
LEGEND_DOT = "display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 5px 0 0"
_STYLE = """<style>
.leaflet-container.leaflet-container { background: #eef2f5; }
.tl-town { white-space: nowrap; color: #333; font: 11px/16px sans-serif; text-shadow: 0 0 2px #fff, 0 0 2px #fff; }
.tl-town i { display: inline-block; width: 5px; height: 5px; margin: 0 4px 0 1px; border-radius: 50%;
  background: #333; vertical-align: 1px; }
.leaflet-tooltip.tl-river { background: none; border: none; box-shadow: none; font: italic 11px sans-serif;
  padding: 0 2px; text-shadow: 0 0 2px #fff, 0 0 2px #fff; color: #2c6fa8; }
.leaflet-tooltip.tl-river::before { display: none; }
.tl-popup { direction: rtl; text-align: right; font: 13px/1.5 sans-serif; max-width: 320px; padding-top: 12px; }
.tl-popup .tl-ev { margin-top: 4px; padding: 4px 6px; background: #f6f6f6; border-right: 3px solid #888; }
.leaflet-marker-icon.tl-cluster { display: flex; align-items: center; justify-content: center; border-radius: 50%;
  background: rgba(200, 70, 50, .3); border: 2px solid rgba(150, 40, 30, .7); font: bold 12px sans-serif; color: #222; }
.leaflet-marker-icon.tl-cluster.tl-secondary { background: rgba(70, 110, 170, .3);
  border-color: rgba(40, 70, 130, .7); }
</style>"""


def legend_html(legend: Sequence[Sequence[str]]) -> str:
    """The actors' legend of a map's `EventLayers.legend` ([actor, colour] pairs) as escaped HTML, for the
    page under the map: over the map it would hide the events of a corner."""
    items = "".join(f'<li><i style="{LEGEND_DOT}; background: {html.escape(colour)}"></i>{html.escape(name)}</li>'
                    for name, colour in legend)
    return f'<ul class="tl-map-legend" style="{LEGEND_STYLE}">{items}</ul>'


def marker_radius(killed: pd.Series) -> np.ndarray:
    """Pixel radius of each marker: grows with the square root of the toll."""
    n = killed.astype("Float64").fillna(0).clip(lower=0).to_numpy(dtype=float)
    return np.round(np.minimum(4.0 + 1.6 * np.sqrt(n), 20.0), 1)


def ring_km(place_precision: pd.Series, radius_km: pd.Series, approximate: pd.Series) -> np.ndarray:
    """Radius of each event's precision ring, NaN when its place is a point: the event's own radius, else
    its precision's (a governorate, a region), else a small ring where the point is only an estimate."""
    radius = radius_km.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    by_precision = place_precision.astype("string").map(_RING_KM).astype("Float64").to_numpy(dtype=float,
                                                                                               na_value=np.nan)
    estimate = approximate.astype("boolean").fillna(False).to_numpy(dtype=bool)
    by_precision = np.where(np.isnan(by_precision) & estimate, APPROXIMATE_RING_KM, by_precision)
    return np.where(radius > 0, radius, by_precision)


def js_json(value: object) -> str:
    """JSON that is safe inside a <script> element (no '<', '>', '&', or line separators)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


@lru_cache(maxsize=16384)
def _outlet_line(source: str, cited_sources: str) -> str:
    return "، ".join(outlets(source, cited_sources))


def outlets(source: object, cited_sources: object) -> list[str]:
    """The reporting outlet followed by the outlets it cites (a JSON list), without repeats."""
    names = [cell_text(source)]
    try:
        names += json.loads(cell_text(cited_sources) or "[]")
    except json.JSONDecodeError:
        pass
    return list(dict.fromkeys(n for n in names if n))


def _texts(column: pd.Series) -> list[str]:
    return column.astype("string").fillna("").tolist()


def _table(events: pd.DataFrame, selected: Sequence[str]) -> dict:
    """The columns the browser needs, one row an event, with repeated strings stored once."""
    actors = _texts(events["actor"])
    colours = [actor_colour(a or None) for a in actors]
    referenced = [colours, events["date"].astype("string").fillna("—").tolist(), _texts(events["place_ar"]),
                  _texts(events["place"]),
                  [_outlet_line(s, c) for s, c in zip(_texts(events["source"]), _texts(events["cited_sources"]),
                                                      strict=True)],
                  actors, _texts(events["event_type"])]
    codes, strings = pd.factorize(pd.Series([v for column in referenced for v in column], dtype=object))
    n = len(events)
    refs = [codes[i * n:(i + 1) * n].tolist() for i in range(len(referenced))]
    lat = np.round(events["lat"].astype(float).to_numpy(), 5)
    lon = np.round(events["lon"].astype(float).to_numpy(), 5)
    killed = [int(k) if k is not None else "" for k in events["killed"].astype(object).where(
        events["killed"].notna(), None)]
    chosen = events["event_id"].isin(list(selected)).astype(int).tolist()
    inferred = events["date_basis"].eq("inferred").fillna(False).astype(int).tolist()
    evidence = [e[:EVIDENCE_CHARS] for e in _texts(events["evidence"])]
    rows = [list(row) for row in zip(lat.tolist(), lon.tolist(), _texts(events["event_id"]), refs[0],
                                     marker_radius(events["killed"]).tolist(), refs[1], _texts(events["date_text"]),
                                     *refs[2:], killed, evidence, chosen, inferred, strict=True)]
    rings: dict[tuple[float, float, float], str] = {}
    for la, lo, km, colour in zip(lat, lon, ring_km(events["place_precision"], events["place_radius_km"],
                                                    events["place_approximate"]), colours,
                                  strict=True):
        if km > 0:
            rings.setdefault((round(float(la), 1), round(float(lo), 1), float(km)), colour)
    return {"strings": strings.tolist(), "rows": rows,
            "rings": [[la, lo, km, colour] for (la, lo, km), colour in rings.items()]}


@dataclass
class EventTable:
    """One layer of events: its name in the layer switch, its table (`_table` as JSON), and where
    the browser fetches that table from when it is served as a file (`serve_payloads`)."""

    name: str
    payload: str
    cluster: bool
    secondary: bool = False  #: its cluster bubbles are blue and set off to the lower right
    src: str | None = None
    cells: bool = False  #: its rows are cells of events counted in SQL ([lat, lon, n, killed]), not events

    @cached_property
    def file_name(self) -> str:
        """The name of the file that serves the table: a digest of its content."""
        return hashlib.sha1(self.payload.encode()).hexdigest()[:20] + ".json"

    def spec(self) -> str:
        head = js_json({"name": self.name, "cluster": self.cluster, "secondary": self.secondary, "cells": self.cells})
        return f'{head[:-1]},"data":{js_json(self.src) if self.src else self.payload}}}'


class MapFrame(NamedTuple):
    """What a map shows: its centre and zoom level, as a permalink writes it ("35.9506,39.0138,9")."""

    lat: float
    lon: float
    zoom: int

    def __str__(self) -> str:
        return f"{self.lat:.4f},{self.lon:.4f},{self.zoom}"

    @classmethod
    def parse(cls, text: str | None) -> MapFrame | None:
        """The frame of "lat,lon,zoom"; None when `text` is not one (a latitude beyond ±90, a zoom
        outside `MAP_ZOOMS`)."""
        try:
            lat, lon, zoom = (text or "").split(",")
            frame = cls(float(lat), float(lon), int(zoom))
        except ValueError:
            return None
        if not (math.isfinite(frame.lat) and math.isfinite(frame.lon)) or abs(frame.lat) > 90 or abs(frame.lon) > 180:
            return None
        return frame if MAP_ZOOMS[0] <= frame.zoom <= MAP_ZOOMS[1] else None

    def near(self, other: MapFrame | None) -> bool:
        """Whether `other` shows the same: the same zoom, the centre within a screen pixel (a map
        framed on a centre reports it rounded to its pixels)."""
        pixel = 360 / (256 * 2 ** self.zoom)  # degrees of longitude a pixel spans at this zoom
        return other is not None and other.zoom == self.zoom and abs(other.lat - self.lat) <= pixel \
            and abs(other.lon - self.lon) <= pixel

    @classmethod
    def reported(cls, center: object, zoom: object) -> MapFrame | None:
        """The frame st_folium reports (``center``: ``{"lat", "lng"}``, ``zoom``), rounded as a URL
        writes it; None before the map has drawn."""
        try:
            return cls.parse(f"{float(center['lat']):.4f},{float(center['lng']):.4f},{int(zoom)}")  # type: ignore[index]
        except (KeyError, TypeError, ValueError):
            return None


#: The frame of a map before its events frame it (`base_map`): the centre of `BOX`.
BASE_FRAME = MapFrame((BOX[1] + BOX[3]) / 2, (BOX[0] + BOX[2]) / 2, 6)


@dataclass
class EventLayers:
    """The events of one view as ``web/event_map.js`` draws them: the strikes and the other events
    (each a layer of the layer switch), the actors' legend, and the extent that frames the view."""

    tables: list[EventTable]
    legend: list[list[str]]  #: [actor, colour] pairs
    bounds: list[list[float]]  #: [[south, west], [north, east]]
    view: MapFrame | None = None  #: a centre and zoom that frame the map instead of `bounds` (a permalink's)
    located: int = 0  #: how many events the tables hold

    def spec(self, density: str | None = None) -> str:
        """The layers as ``web/event_map.js`` reads them; `density` (one of `DENSITY_WEIGHTS`) draws the
        strikes as hexagons shaded by that weight instead of markers."""
        layers = ",".join(table.spec() for table in self.tables)
        view = f',"view":{js_json(list(self.view))}' if self.view else ""
        return (f'{{"layers":[{layers}],"bounds":{js_json(self.bounds)},'
                f'"density":{js_json(density)}{view}}}')


def event_layers(events: pd.DataFrame, *, bounds: Sequence[Sequence[float]] | None = None,
                 selected: Sequence[str] = ()) -> EventLayers:
    """The layers of `events` that have coordinates: strikes (`STRIKE_TYPES`) and other events,
    the `selected` event ids marked (the dashboard builds them once per view and selection).
    `bounds` ([[south, west], [north, east]]) frames the view; otherwise it fits the selected
    events, or all events."""
    located = _located(events)
    strikes = located["event_type"].isin(STRIKE_TYPES).fillna(False).astype(bool)
    tables = [EventTable(name, js_json(_table(part, selected)), cluster=len(part) > CLUSTER_ABOVE, secondary=secondary)
              for name, part, secondary in (("Strikes", located[strikes], False),
                                            ("Other events", located[~strikes], True))]
    actors = sorted(set(_texts(located["actor"])))
    frame = bounds if bounds is not None else view_bounds(events, selected)
    return EventLayers(tables, [[a or "unknown", actor_colour(a or None)] for a in actors],
                       [[float(v) for v in corner] for corner in frame], located=len(located))


def cell_layers(query: EventQuery, bounds: Sequence[Sequence[float]]) -> EventLayers:
    """The layers of a view too big to send event by event: its located events counted per cell of
    `CELL_DEGREES` in SQL (strikes and other events apart), drawn as bubbles that merge as the map zooms
    out; framed on `bounds`."""
    strike = f"list_contains({js_json(list(STRIKE_TYPES)).replace(chr(34), chr(39))}, CAST(event_type AS VARCHAR))"
    tables, located = [], 0
    for name, extra, secondary in (("Strikes", strike, False), ("Other events", f"NOT COALESCE({strike}, FALSE)",
                                                                  True)):
        cells = query.cells(CELL_DEGREES, extra)
        rows = [[float(la), float(lo), int(n), int(k)] for la, lo, n, k in cells.itertuples(index=False)]
        located += sum(row[2] for row in rows)
        tables.append(EventTable(name, js_json({"rows": rows}), cluster=True, secondary=secondary, cells=True))
    actors = sorted({a or "" for a in query.distinct("actor", LOCATED)})
    legend = [[a or "unknown", actor_colour(a or None)] for a in actors]
    return EventLayers(tables, legend, [[float(v) for v in corner] for corner in bounds], located=located)


FRAME_PAD = 0.3  #: degrees around the bulk of a view's events, so that none sits on the map's edge


def framed_bounds(extent: dict) -> list[list[float]]:
    """The map's frame of a view whose `EventQuery.extent` (in `FOCUS_BOX`) is `extent`: the bulk of its
    events with a margin, else the focus countries and their neighbours."""
    bounds = extent["bounds"] or [[FOCUS_BOX[1], FOCUS_BOX[0]], [FOCUS_BOX[3], FOCUS_BOX[2]]]
    return [[bounds[0][0] - FRAME_PAD, bounds[0][1] - FRAME_PAD], [bounds[1][0] + FRAME_PAD, bounds[1][1] + FRAME_PAD]]


def density_weight(choice: str, located: int) -> str | None:
    """What the strikes' hexagons count for the analyst's `choice` ("auto", "off" or one of
    `DENSITY_WEIGHTS`) in a view of `located` events; None: markers. "auto" counts the strikes when
    the view holds more than `DENSITY_ABOVE` events."""
    if choice in DENSITY_WEIGHTS:
        return choice
    return "events" if choice == "auto" and located > DENSITY_ABOVE else None


class EventsOverlay(JSCSSMixin, folium.FeatureGroup):
    """`EventLayers` on a map, with their layer switch and legend, framed on their bounds.

    Removed from the map, it takes all of that with it: st_folium swaps it for the next view's
    (``feature_group_to_add``) inside the map it has, where a change to the map's own script would
    make it build a new map in a new frame."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = tlEventsOverlay({{ this._parent.get_name() }}, {{ this.layers.spec(this.density) }});
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, layers: EventLayers, static_dir: Path | None = None, density: str | None = None):
        """`static_dir`: where the app serves its static files, to write the overlay's scripts to;
        `density`: see `EventLayers.spec`."""
        super().__init__(name="Events", control=False)  # keeps FeatureGroup's variable name: st_folium adds it by that
        self.layers = layers
        self.density = density
        self.default_js = list(map_scripts(static_dir))
        self.default_css = []


@cache
def map_scripts(static_dir: Path | None) -> tuple[tuple[str, str], ...]:
    """The map's scripts (Leaflet's, then the overlay's) as one file, published once per process: the
    map and its overlay both name it, so that a frame loads it once."""
    leaflet = [url for _, url in assets.local_links(folium.Map.default_js, static_dir)]
    overlay = [assets.publish_npm(*SUPERCLUSTER, static_dir), assets.publish_npm(*HEXBIN, static_dir),
               assets.publish_own(EVENT_MAP_JS, static_dir)]
    return (("tl_map_scripts", assets.publish_joined("map.js", (*leaflet, *overlay), static_dir)),)


class BasemapLayer(Layer):
    """Coasts, borders, governorate lines, rivers and town names, drawn from cached JSON."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var B = {{ this.payload }}, g = L.featureGroup();
  var esc = function (s) { return String(s).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]; }); };
  var styles = {coasts: {color: "#4a7fb0", weight: 1.2}, countries: {color: "#555", weight: 1.6},
    governorates: {color: "#999", weight: 0.8, dashArray: "3 3"}, rivers: {color: "#5b9bd5", weight: 1.3}};
  Object.keys(styles).forEach(function (k) {
    L.geoJSON(B[k], {style: styles[k], interactive: false}).addTo(g); });
  var map = {{ this._parent.get_name() }}, towns = L.featureGroup().addTo(g), made = [];
  if (!map.getPane("tlTowns")) { map.createPane("tlTowns").style.zIndex = 450; }  // above the events' canvas
  var town = function (i) {  // each town's dot and name, made the first time it shows
    var t = B.towns[i];
    return made[i] || (made[i] = L.marker([t[1], t[0]], {interactive: false, keyboard: false, pane: "tlTowns",
      icon: L.divIcon({className: "tl-town", iconSize: null, iconAnchor: [4, 8],
        html: '<i></i><span dir="rtl">' + esc(t[2]) + "</span>"})}));
  };
  var label = function () {  // the towns placed at this zoom (basemap._towns: [lon, lat, name, zoom]) in view
    if (!map.hasLayer(g)) { return; }
    var z = Math.round(map.getZoom()), b = map.getBounds().pad(0.2);
    B.towns.forEach(function (t, i) {
      var wanted = t[3] <= z && b.contains([t[1], t[0]]);
      if (wanted && !made[i]) { towns.addLayer(town(i)); }
      else if (made[i] && wanted !== towns.hasLayer(made[i])) {
        if (wanted) { towns.addLayer(made[i]); } else { towns.removeLayer(made[i]); } }
    });
  };
  map.on("moveend", label);
  g.on("add", label);
  B.river_labels.forEach(function (t) {
    L.circleMarker([t.lat, t.lon], {radius: 0, opacity: 0, interactive: false})
      .bindTooltip('<span dir="rtl">' + esc(t.name_ar) + "</span> " + esc(t.name), {permanent: true,
        direction: "center", className: "tl-river"}).addTo(g); });
  return g;
})();
{% endmacro %}
"""
    )

    def __init__(self, payload: str):
        super().__init__(name="Basemap", overlay=True, control=False, show=True)
        self._name = "BasemapLayer"
        self.payload = payload  #: `basemap_layers` as script-safe JSON


@lru_cache(maxsize=4)
def _basemap_payload(cache_dir: Path) -> str:
    """`basemap_layers` as script-safe JSON, read once per cache folder (every run draws the base map)."""
    return js_json(basemap_layers(cache_dir))


def _located(events: pd.DataFrame) -> pd.DataFrame:
    return events[events["lat"].notna() & events["lon"].notna()]


def view_bounds(events: pd.DataFrame, selected: Sequence[str] = ()) -> list[list[float]]:
    """[[south, west], [north, east]] of the selected events, else of all events, else of the region."""
    located = _located(events)
    chosen = located[located["event_id"].isin(list(selected))] if len(selected) else located.iloc[:0]
    frame = chosen if len(chosen) else located
    if frame.empty:
        return [[BOX[1], BOX[0]], [BOX[3], BOX[2]]]
    lat, lon = frame["lat"].astype(float), frame["lon"].astype(float)
    pad = 0.3 if len(chosen) else 0.5
    return [[lat.min() - pad, lon.min() - pad], [lat.max() + pad, lon.max() + pad]]


def base_map(online_tiles: bool = False, static_dir: Path | None = None) -> folium.Map:
    """The map without events: the offline basemap (and online tiles if asked), its assets local
    (written under `static_dir`, where the app serves its static files, when given).

    Its script is the same for every view, so st_folium keeps the map and its frame."""
    m = folium.Map(tiles=None, prefer_canvas=True, control_scale=True, zoom_start=BASE_FRAME.zoom,
                   location=[BASE_FRAME.lat, BASE_FRAME.lon])
    m.options.update(maxZoom=MAP_ZOOMS[1], minZoom=MAP_ZOOMS[0])
    m.get_root().header.add_child(Element(_STYLE), name="timeline_map_style")
    assets.IconPath().add_to(m)
    if online_tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", overlay=False).add_to(m)
    BasemapLayer(_basemap_payload(cache_home())).add_to(m)
    assets.localize(m, static_dir)
    m.default_js = list(map_scripts(static_dir))
    return m


def build_map(
    events: pd.DataFrame,
    *,
    bounds: Sequence[Sequence[float]] | None = None,
    online_tiles: bool = False,
    selected: Sequence[str] = (),
    static_dir: Path | None = None,
    density: str = "auto",
) -> folium.Map:
    """`base_map` with the `event_layers` of `events` (see there for `bounds` and `selected`, and
    `base_map` for `static_dir`), the strikes as hexagons as `density_weight` decides for `density`."""
    m = base_map(online_tiles, static_dir)
    layers = event_layers(events, bounds=bounds, selected=selected)
    EventsOverlay(layers, static_dir, density_weight(density, layers.located)).add_to(m)
    return m


def layers_on(m: folium.Map) -> list[EventLayers]:
    """The event layers drawn on `m`."""
    return [child.layers for child in m._children.values() if isinstance(child, EventsOverlay)]


def serve_payloads(layers: EventLayers, static_dir: Path, max_bytes: int = 64 * 2**20) -> EventLayers:
    """Move the event tables of `layers` into files served under /app/static/ (named by content) that
    the browser fetches, so a rerun sends a short script instead of megabytes; the newest files are
    kept up to `max_bytes` in all (and at least those of `layers`)."""
    folder = static_dir / VIEWS_SUBDIR
    folder.mkdir(parents=True, exist_ok=True)
    for table in layers.tables:
        path = folder / table.file_name
        if not path.exists():
            tmp = path.with_suffix(".tmp")
            tmp.write_text(table.payload, encoding="utf-8")
            tmp.replace(path)
        path.touch()
        table.src = f"{assets.URL_PREFIX}{VIEWS_SUBDIR}/{table.file_name}"
    own = {table.file_name for table in layers.tables}
    total = 0
    for old in sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True):
        total += old.stat().st_size
        if total > max_bytes and old.name not in own:
            old.unlink(missing_ok=True)
    return layers


def standalone_map_html(m: folium.Map) -> str:
    """`m` as one self-contained HTML page (every asset and event inlined), for screenshots offline."""
    for layers in layers_on(m):
        for table in layers.tables:
            table.src = None
    return assets.inline_html(m)


_TOOLTIP_ID = re.compile(r"ev:(.+)$")


def clicked_event_id(tooltip: str | None) -> str | None:
    """The event id in the text st_folium reports for a clicked marker's tooltip."""
    match = _TOOLTIP_ID.search(tooltip or "")
    return match.group(1) if match else None


def reported_bounds(bounds: object) -> list[list[float]] | None:
    """[[south, west], [north, east]] from the extent st_folium reports (Leaflet's ``getBounds()``:
    ``{"_southWest": {"lat", "lng"}, "_northEast": {...}}``), or None when it is missing or not a
    real extent (the placeholder before the map has drawn, an empty or inverted box)."""
    try:
        south_west, north_east = bounds["_southWest"], bounds["_northEast"]  # type: ignore[index]
        south, west = float(south_west["lat"]), float(south_west["lng"])
        north, east = float(north_east["lat"]), float(north_east["lng"])
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (south, west, north, east)) or not (south < north and west < east):
        return None
    return [[south, west], [north, east]]
