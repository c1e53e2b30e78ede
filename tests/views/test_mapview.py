"""The folium map: local assets only, escaping, layers, clustering, rings, the basemap."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

from gazetteer import lookup
from gazetteer.index import get_index
from tests.views.test_filters import frame
from timeline.synthetic import synthetic_events
from timeline.views import assets, mapview
from timeline.views.basemap import basemap_layers, simplify
from timeline.views.mapview import build_map, clicked_event_id, standalone_map_html

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> غارة'
CDN = re.compile(r"(?:src|href)=\"(https?:)?//", re.I)


def located() -> pd.DataFrame:
    events = frame()
    events["lat"] = pd.array([36.0, 36.2, 36.3, 33.3, 35.9, 33.5], dtype="Float64")
    events["lon"] = pd.array([36.6, 37.1, 43.1, 44.4, 36.7, 36.3], dtype="Float64")
    events["place"] = pd.array(["Idlib", "Aleppo", "Mosul", "Baghdad", "Idlib", "Damascus"], dtype="string")
    events["place_precision"] = pd.array(["city", "governorate", "city", "city", "city", "city"], dtype="string")
    return events


def payloads(m) -> list[dict]:
    return [json.loads(table.payload) for layers in mapview.layers_on(m) for table in layers.tables]


def test_assets_are_local(tmp_path) -> None:
    html = build_map(located(), static_dir=tmp_path).get_root().render()
    links = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert {link.split("/")[3] for link in links} == {"map-assets", "web"}
    for link in links:
        assert (tmp_path / link.removeprefix("/app/static/")).is_file()


def test_the_map_loads_one_script_holding_leaflet_then_the_overlay(tmp_path) -> None:
    html = build_map(located(), static_dir=tmp_path).get_root().render()
    (script,) = re.findall(r'<script src="(/app/static/web/[0-9a-f]{10}-map\.js)"', html)
    text = (tmp_path / script.removeprefix("/app/static/")).read_text(encoding="utf-8")
    order = [text.index(mark) for mark in ("Leaflet 1.9", "Supercluster", "d3-hexbin", "window.tlEventsOverlay")]
    assert order == sorted(order)
    assert len(re.findall(r"<script src=", html)) == 1


def test_no_tiles_unless_asked_and_max_zoom_set() -> None:
    offline = build_map(located()).get_root().render()
    assert "L.tileLayer" not in offline
    assert '"maxZoom": 18' in offline
    assert "L.Icon.Default.imagePath" in offline
    assert "openstreetmap" in build_map(located(), online_tiles=True).get_root().render().lower()


def test_standalone_page_inlines_every_asset() -> None:
    page = standalone_map_html(build_map(synthetic_events(1000, seed=2)))
    assert not re.findall(r'<script src=|<link rel="stylesheet"', page)
    assert "new Supercluster(" in page and "supercluster" not in re.sub(r"<script>.*?</script>", "", page,
                                                                        flags=re.S)
    assert "window.L" in page or "L.version" in page or "Leaflet" in page


def test_strikes_and_other_events_are_separate_switchable_layers() -> None:
    (overlay,) = mapview.layers_on(build_map(located()))
    layers = {table.name: json.loads(table.payload) for table in overlay.tables}
    assert sorted(layers) == ["Other events", "Strikes"]
    assert sorted(row[2] for row in layers["Strikes"]["rows"]) == ["a", "b", "c", "e"]
    assert sorted(row[2] for row in layers["Other events"]["rows"]) == ["d", "f"]
    assert [table.secondary for table in overlay.tables] == [False, True]
    assert [name for name, _ in overlay.legend] == ["unknown", "coalition", "isis", "russia", "syrian_government"]
    assert dict(overlay.legend)["russia"] == mapview.actor_colour("russia") != dict(overlay.legend)["isis"]


def test_events_without_coordinates_are_left_out() -> None:
    events = located()
    events.loc[events["event_id"] == "a", ["lat", "lon"]] = None
    ids = [row[2] for p in payloads(build_map(events)) for row in p["rows"]]
    assert "a" not in ids and len(ids) == 5


def test_colour_by_actor_size_by_toll_ring_for_governorates() -> None:
    layer = {row[2]: row for p in payloads(build_map(located())) for row in p["rows"]}
    strings = next(iter(payloads(build_map(located()))))["strings"]
    assert strings[layer["a"][3]] == mapview.actor_colour("russia") != strings[layer["c"][3]]
    assert layer["c"][4] > layer["a"][4]
    strikes = payloads(build_map(located()))[0]
    assert [ring[:3] for ring in strikes["rings"]] == [[36.2, 37.1, 40.0]]  # only "b" is a governorate


def test_an_estimated_point_gets_a_small_ring_and_an_exact_one_none() -> None:
    events = located()
    events["place_approximate"] = pd.array([False, False, True, False, False, False], dtype="boolean")
    strikes = payloads(build_map(events))[0]
    assert sorted(ring[:3] for ring in strikes["rings"]) == [[36.2, 37.1, 40.0], [36.3, 43.1, 5.0]]


def test_hostile_text_never_reaches_html_unescaped() -> None:
    events = located()
    events["evidence"] = pd.array([HOSTILE] * len(events), dtype="string")
    events["place_ar"] = pd.array([HOSTILE] * len(events), dtype="string")
    html = build_map(events).get_root().render()
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "\\u003cscript\\u003ewindow.__pwned" in html
    assert "innerHTML" not in html + mapview.EVENT_MAP_JS.read_text()  # popups are built with textContent


def test_many_events_are_clustered_with_local_assets(tmp_path) -> None:
    m = build_map(synthetic_events(mapview.CLUSTER_ABOVE * 2, seed=3), static_dir=tmp_path)
    html = m.get_root().render()
    (overlay,) = mapview.layers_on(m)
    clustered = [len(json.loads(table.payload)["rows"]) > mapview.CLUSTER_ABOVE for table in overlay.tables]
    assert any(clustered) and [table.cluster for table in overlay.tables] == clustered
    assert html.count('"cluster":true') == sum(clustered)
    (link,) = re.findall(r'src="(/app/static/web/[^"]*-map\.js)"', html)
    assert "Supercluster" in (tmp_path / link.removeprefix("/app/static/")).read_text(encoding="utf-8")
    assert not CDN.search(html)


def test_selection_is_marked_and_framed() -> None:
    m = build_map(located(), selected=["c"])
    marked = {row[2]: row[14] for p in payloads(m) for row in p["rows"]}
    assert marked["c"] == 1 and sum(marked.values()) == 1
    (south, west), (north, east) = mapview.view_bounds(located(), ["c"])
    assert south < 36.3 < north and west < 43.1 < east and north - south < 1


def test_given_bounds_win() -> None:
    html = build_map(located(), bounds=[[34.0, 38.0], [35.0, 39.0]]).get_root().render()
    assert '"bounds":[[34.0,38.0],[35.0,39.0]]' in html


def test_served_payloads_are_fetched_from_static_files(tmp_path) -> None:
    m = build_map(located())
    for layers in mapview.layers_on(m):
        mapview.serve_payloads(layers, tmp_path)
    html = m.get_root().render()
    sources = re.findall(r'"data":"(/app/static/map-views/[0-9a-f]+\.json)"', html)
    assert len(sources) == 2 and "\\u003cscript" not in html
    served = [json.loads((tmp_path / s.removeprefix("/app/static/")).read_text()) for s in sources]
    assert sorted(row[2] for table in served for row in table["rows"]) == ["a", "b", "c", "d", "e", "f"]
    page = standalone_map_html(m)
    assert "/app/static/map-views/" not in page and len(re.findall(r'"data":\{"strings"', page)) == 2


@pytest.mark.parametrize(("tooltip", "expected"), [
    ("الرقة 2017-03-20ev:evt-12", "evt-12"), ("no id here", None), (None, None),
])
def test_clicked_event_id(tooltip: str | None, expected: str | None) -> None:
    assert clicked_event_id(tooltip) == expected


def test_basemap_has_borders_governorates_rivers_and_towns() -> None:
    layers = basemap_layers()
    for name in ("coasts", "countries", "governorates", "rivers"):
        lines = [line for f in layers[name]["features"] for line in f["geometry"]["coordinates"]]
        assert lines, name
        assert all(34.0 <= lon <= 49.5 and 28.5 <= lat <= 38.5 for line in lines for lon, lat in line)
    assert {r["name"] for r in layers["river_labels"]} == {"Euphrates", "Tigris"}
    first_zoom = {name: zoom for _, _, name, zoom in layers["towns"]}
    assert {first_zoom[name] for name in ("حلب", "بغداد", "الموصل", "دمشق")} == {4}
    assert first_zoom["منبج"] <= 10 and first_zoom["أربيل"] <= 8 and first_zoom["دهوك"] <= 8


def test_town_labels_carry_the_names_events_carry() -> None:
    """The labels are the gazetteer's Arabic names (those events show), never a Latin or Kurdish form."""
    towns = basemap_layers()["towns"]
    gazetteer_names = {place.name_ar for place in get_index().places}
    assert {name for _, _, name, _ in towns} <= gazetteer_names
    assert not {"ئاممان", "كةربالا", "أورسالم", "Mersin"} & {name for _, _, name, _ in towns}
    assert lookup("كربلاء").name_ar == "كربلاء" and lookup("عمان").name_ar == "عمان"


def test_simplify_drops_points_within_the_tolerance() -> None:
    line = np.array([[0.0, 0.0], [1.0, 0.001], [2.0, 0.0], [3.0, 1.0]])
    assert simplify(line, 0.01).tolist() == [[0.0, 0.0], [2.0, 0.0], [3.0, 1.0]]
    assert len(simplify(line, 0.0001)) == 4


def test_basemap_is_cached(tmp_path) -> None:
    first = basemap_layers(tmp_path)
    assert list(tmp_path.glob("basemap-*.json"))
    assert basemap_layers(tmp_path) == first


def test_publish_writes_the_asset_once(tmp_path) -> None:
    url = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
    local = assets.publish(url, tmp_path)
    path = tmp_path / local.removeprefix("/app/static/")
    assert local.startswith("/app/static/map-assets/") and path.read_text().startswith(assets.asset_text(url)[:50])


@pytest.mark.parametrize(("bounds", "expected"), [
    ({"_southWest": {"lat": 33.5, "lng": 36.1}, "_northEast": {"lat": 36.9, "lng": 41.25}},
     [[33.5, 36.1], [36.9, 41.25]]),
    ({"_southWest": {"lat": None, "lng": None}, "_northEast": {"lat": None, "lng": None}}, None),  # not drawn yet
    ({"_southWest": {"lat": 36.9, "lng": 36.1}, "_northEast": {"lat": 33.5, "lng": 41.25}}, None),  # inverted
    ({"_southWest": {"lat": 33.5, "lng": 36.1}, "_northEast": {"lat": 33.5, "lng": 41.25}}, None),  # no height
    ({"_southWest": {"lat": "nan", "lng": 36.1}, "_northEast": {"lat": 36.9, "lng": 41.25}}, None),
    ({"_southWest": {"lat": 33.5}}, None),
    (None, None),
])
def test_reported_bounds(bounds: object, expected: list[list[float]] | None) -> None:
    assert mapview.reported_bounds(bounds) == expected
