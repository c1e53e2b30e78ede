"""Write a view of the events to files: CSV, GeoJSON, KML, JSON lines and Parquet.

`write_events` takes the rows to write (usually the dated view that
``filters.apply`` returns) and picks the format from the file's extension.
Every format carries the event fields of `EVENT_COLUMNS`; when the incidents
table is given, each row also gets ``incident_sources`` (the outlets that
reported the same incident) and ``incident_n_sources``. The geographic formats
(GeoJSON, KML) hold only the events that have coordinates.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.errors import OptionError
from timeline.models import EVENT_COLUMNS
from timeline.views.filters import date_bounds

KML_NS = "http://www.opengis.net/kml/2.2"
_LIST_COLUMNS = ("cited_sources", "incident_sources")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # spreadsheet programs run cells starting with these
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def table(events: pd.DataFrame, incidents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows to export: event columns in their fixed order, list columns as lists, incident info."""
    out = events.loc[:, list(EVENT_COLUMNS)].reset_index(drop=True).copy()
    out["cited_sources"] = [_json_list(v) for v in out["cited_sources"]]
    if incidents is not None:
        by_id = incidents.set_index("incident_id")
        sources = {k: _json_list(v) for k, v in by_id["sources"].items()}
        counts = by_id["n_sources"].to_dict()
        ids = out["incident_id"].astype(object).where(out["incident_id"].notna(), None)
        out["incident_sources"] = [sources.get(i, []) if i else [] for i in ids]
        out["incident_n_sources"] = pd.array([counts.get(i) if i else None for i in ids], dtype="Int64")
    return out


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts: Python scalars, None for missing values."""
    plain = frame.astype(object)
    rows = plain.where(plain.notna(), None).to_dict("records")
    return [{k: _native(v) for k, v in row.items()} for row in rows]


def _native(value: Any) -> Any:
    return value.item() if hasattr(value, "item") and not isinstance(value, list) else value


def _json_list(value: Any) -> list[str]:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return []
    return list(value) if isinstance(value, list | tuple) else list(json.loads(value))


def write_csv(frame: pd.DataFrame, path: Path) -> int:
    """UTF-8 with a byte order mark (so spreadsheets read Arabic); lists as JSON; formulas defused."""
    out = frame.copy()
    for column in _LIST_COLUMNS:
        if column in out:
            out[column] = [json.dumps(v, ensure_ascii=False) for v in out[column]]
    for column in out.columns:
        if str(out[column].dtype) in ("string", "str", "object"):
            out[column] = out[column].map(_defuse, na_action="ignore")
    out.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")
    return len(out)


def _defuse(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def defused(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every text cell that a spreadsheet would run as a formula prefixed with ``'``: what
    the dashboard's tables show, so that their own "Download as CSV" writes no formula either."""
    out = frame.copy()
    for column in out.columns:
        if str(out[column].dtype) in ("string", "str", "object"):
            out[column] = out[column].map(lambda v: _defuse(v) if isinstance(v, str) else v)
    return out


def write_jsonl(frame: pd.DataFrame, path: Path) -> int:
    """One event per line, in the JSON form of `Event.to_dict` (plus incident info)."""
    with path.open("w", encoding="utf-8") as out:
        for row in records(frame):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(frame)


def write_parquet(frame: pd.DataFrame, path: Path) -> int:
    """Typed columns; list columns as lists of strings."""
    frame.to_parquet(path, index=False)
    return len(frame)


def _located(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["lat"].notna() & frame["lon"].notna()]


def write_geojson(frame: pd.DataFrame, path: Path) -> int:
    """A FeatureCollection of points ([lon, lat]) with every field as a property."""
    features = [
        {
            "type": "Feature",
            "id": row["event_id"],
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": row,
        }
        for row in records(_located(frame))
    ]
    collection = {"type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(collection, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(features)


def _text(value: Any) -> str:
    """Text for KML: JSON for lists, XML-safe characters only."""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)
    return _NOT_XML.sub("", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{KML_NS}}}{tag}")
    if text is not None:
        element.text = _text(text)
    return element


def _placemark(parent: ET.Element, row: dict[str, Any], first: pd.Timestamp, last: pd.Timestamp) -> None:
    mark = _sub(parent, "Placemark")
    mark.set("id", row["event_id"])
    place = row["place"] or row["place_ar"] or row["place_text"] or ""
    _sub(mark, "name", f"{row['event_type']} {row['date'] or ''} {place}".strip())
    # Google Earth shows descriptions (and data values) as HTML: article text is escaped for it.
    lines = [row["date_text"], row["source"], row["evidence"]]
    _sub(mark, "description", "".join(f'<div dir="auto">{html.escape(_text(v))}</div>' for v in lines if v))
    if row["date_precision"] == "day":
        _sub(_sub(mark, "TimeStamp"), "when", row["date"])
    elif row["date_precision"] in ("month", "year"):
        span = _sub(mark, "TimeSpan")
        _sub(span, "begin", first.date().isoformat())
        _sub(span, "end", last.date().isoformat())
    data = _sub(mark, "ExtendedData")
    for key, value in row.items():
        if value is not None:
            item = _sub(data, "Data")
            item.set("name", key)
            _sub(item, "value", html.escape(_text(value)))
    _sub(_sub(mark, "Point"), "coordinates", f"{row['lon']!r},{row['lat']!r}")


def write_kml(frame: pd.DataFrame, path: Path) -> int:
    """Placemarks for Google Earth, with a TimeStamp (day) or a TimeSpan (month, year)."""
    ET.register_namespace("", KML_NS)
    located = _located(frame)
    first, last = date_bounds(located)
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = _sub(root, "Document")
    _sub(document, "name", "War timeline events")
    for row, start, end in zip(records(located), first, last, strict=True):
        _placemark(document, row, start, end)
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return len(located)


WRITERS: dict[str, Callable[[pd.DataFrame, Path], int]] = {
    ".csv": write_csv,
    ".geojson": write_geojson,
    ".kml": write_kml,
    ".jsonl": write_jsonl,
    ".parquet": write_parquet,
}


#: The media types of the formats, for downloads.
MEDIA_TYPES = {".csv": "text/csv", ".geojson": "application/geo+json", ".kml": "application/vnd.google-earth.kml+xml",
               ".jsonl": "application/jsonl", ".parquet": "application/vnd.apache.parquet"}


def events_bytes(events: pd.DataFrame, suffix: str, incidents: pd.DataFrame | None = None) -> bytes:
    """The file that `write_events` writes for `suffix` (".csv", ...), as bytes (a download)."""
    with tempfile.TemporaryDirectory(prefix="timeline-export-") as folder:
        path = Path(folder) / f"events{suffix}"
        write_events(events, path, incidents)
        return path.read_bytes()


def write_events(events: pd.DataFrame, path: Path, incidents: pd.DataFrame | None = None) -> int:
    """Write `events` to `path` in the format its extension names (see `WRITERS`); return the rows written.

    GeoJSON and KML hold only the events with coordinates, so they may write fewer rows.
    """
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise OptionError(f"{path.name}: unknown export format {path.suffix!r}; use one of {', '.join(WRITERS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    return writer(table(events, incidents), path)
