"""Exports of the filtered view: every format read back, exactly the rows in view."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import REPO_ROOT
from timeline import store
from timeline.models import EVENT_COLUMNS, Event, Incident
from timeline.store import events_frame, incidents_frame
from timeline.views import filters
from timeline.views.exports import KML_NS, WRITERS, events_bytes, write_events

HOSTILE = 'قصف <script>alert("x")</script> & <img src=x onerror=alert(1)> ]]> \x07'
KML = f"{{{KML_NS}}}"


def _event(event_id: str, **fields: object) -> Event:
    base: dict[str, object] = dict(
        article_id="a1", source="الجزيرة", event_type="airstrike", date="2016-07-03", date_precision="day",
        date_text="الأحد 3 تموز 2016", date_basis="explicit", place_text="منبج", place="Manbij",
        place_ar="منبج", lat=36.5281, lon=37.9549, place_precision="city", admin1="Aleppo",
        country="Syria", actor="coalition", killed=12, injured=None, evidence="قتل 12 مدنيا في غارات على منبج.",
        start=10, end=42, event_id=event_id, date_end="2016-07-03", cited_sources=("المرصد السوري",),
        incident_id=None,
    )
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


EVENTS = [
    _event("e1", incident_id="i1"),
    _event("e2", article_id="a2", source="BBC Arabic", incident_id="i1", lat=36.52810000000001),
    _event("e3", date="2015-03", date_precision="month", date_end="2015-03-31", event_type="shelling",
           actor="regime", evidence=HOSTILE, place="Douma", place_ar="دوما", lat=33.5722, lon=36.4017),
    _event("e4", date="2017", date_precision="year", date_end="2017-12-31", lat=None, lon=None,
           place=None, place_ar=None, place_precision=None, evidence="=HYPERLINK(\"http://x\")"),
    _event("e5", date=None, date_precision=None, date_end=None, date_basis=None),
    _event("e6", date="2019-01-05", date_end="2019-01-05", event_type="bombing"),
]
INCIDENTS = [
    Incident("i1", "airstrike", "2016-07-03", "Manbij", 36.5281, 37.9549, ("e1", "e2"), ("a1", "a2"),
             ("الجزيرة", "BBC Arabic"), 2),
]


def _frame(events: list[Event]) -> pd.DataFrame:
    return events_frame(events)


def _incidents() -> pd.DataFrame:
    return incidents_frame(INCIDENTS)


@pytest.fixture
def view() -> pd.DataFrame:
    dated, _ = filters.apply(_frame(EVENTS), filters.Filters())
    return dated


def test_view_is_the_dated_events_in_the_default_range(view: pd.DataFrame) -> None:
    assert list(view["event_id"]) == ["e1", "e2", "e3", "e4"]


def test_jsonl_lines_are_the_event_json_form(view: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "view.jsonl"
    assert write_events(view, path) == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [Event.from_dict(json.loads(line)) for line in lines] == EVENTS[:4]


def test_jsonl_with_incidents_adds_the_incident_outlets(view: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "view.jsonl"
    write_events(view, path, _incidents())
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["incident_sources"] for r in rows] == [["الجزيرة", "BBC Arabic"]] * 2 + [[], []]
    assert [r["incident_n_sources"] for r in rows] == [2, 2, None, None]


def test_csv_has_a_bom_and_round_trips_arabic_and_defuses_formulas(view: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "view.csv"
    write_events(view, path, _incidents())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(back.columns) == [*EVENT_COLUMNS, "incident_sources", "incident_n_sources"]
    assert list(back["event_id"]) == ["e1", "e2", "e3", "e4"]
    assert list(back["source"]) == ["الجزيرة", "BBC Arabic", "الجزيرة", "الجزيرة"]
    assert back["evidence"][2] == HOSTILE
    assert back["evidence"][3] == "'=HYPERLINK(\"http://x\")"
    assert json.loads(back["cited_sources"][0]) == ["المرصد السوري"]
    assert json.loads(back["incident_sources"][1]) == ["الجزيرة", "BBC Arabic"]
    assert list(back["lat"]) == ["36.5281", "36.52810000000001", "33.5722", ""]


def test_geojson_has_points_with_exact_coordinates_for_located_events(view: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "view.geojson"
    assert write_events(view, path, _incidents()) == 3
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    features = data["features"]
    assert [f["id"] for f in features] == ["e1", "e2", "e3"]
    assert [f["geometry"] for f in features] == [
        {"type": "Point", "coordinates": [37.9549, 36.5281]},
        {"type": "Point", "coordinates": [37.9549, 36.52810000000001]},
        {"type": "Point", "coordinates": [36.4017, 33.5722]},
    ]
    props = features[2]["properties"]
    assert set(props) == {*EVENT_COLUMNS, "incident_sources", "incident_n_sources"}
    assert props["evidence"] == HOSTILE and props["killed"] == 12 and props["injured"] is None
    assert features[0]["properties"]["incident_n_sources"] == 2


def test_kml_parses_with_time_by_precision_and_escaped_text(view: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "view.kml"
    assert write_events(view, path, _incidents()) == 3
    root = ET.parse(path).getroot()
    assert root.tag == f"{KML}kml"
    marks = root.findall(f"{KML}Document/{KML}Placemark")
    assert [m.get("id") for m in marks] == ["e1", "e2", "e3"]
    assert marks[0].findtext(f"{KML}TimeStamp/{KML}when") == "2016-07-03"
    assert marks[2].findtext(f"{KML}TimeSpan/{KML}begin") == "2015-03-01"
    assert marks[2].findtext(f"{KML}TimeSpan/{KML}end") == "2015-03-31"
    assert marks[1].findtext(f"{KML}Point/{KML}coordinates") == "37.9549,36.52810000000001"
    assert marks[0].findtext(f"{KML}name") == "airstrike 2016-07-03 Manbij"
    description = marks[2].findtext(f"{KML}description")
    assert "<script>" not in description and "<img" not in description
    assert "قصف &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in description
    assert "\x07" not in path.read_text(encoding="utf-8")
    data = {d.get("name"): d.findtext(f"{KML}value") for d in marks[0].findall(f"{KML}ExtendedData/{KML}Data")}
    assert data["place_ar"] == "منبج" and data["incident_n_sources"] == "2"


def test_parquet_keeps_types_and_lists(view: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "view.parquet"
    write_events(view, path, _incidents())
    back = pd.read_parquet(path)
    assert list(back["event_id"]) == ["e1", "e2", "e3", "e4"]
    assert list(back["cited_sources"].map(list)) == [["المرصد السوري"]] * 4
    assert back["lat"].tolist()[:3] == [36.5281, 36.52810000000001, 33.5722]
    assert back["killed"].tolist() == [12, 12, 12, 12]


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".kml", ".jsonl", ".parquet"])
def test_exported_rows_are_exactly_the_filtered_view(suffix: str, tmp_path: Path) -> None:
    events = _frame(EVENTS)
    chosen = filters.Filters(date_from=dt.date(2016, 1, 1), sources=("الجزيرة",), types=("airstrike",))
    dated, _ = filters.apply(events, chosen)
    path = tmp_path / f"view{suffix}"
    write_events(dated, path)
    if suffix == ".csv":
        ids = list(pd.read_csv(path, encoding="utf-8-sig")["event_id"])
    elif suffix == ".geojson":
        ids = [f["id"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    elif suffix == ".kml":
        ids = [m.get("id") for m in ET.parse(path).getroot().iter(f"{KML}Placemark")]
    elif suffix == ".jsonl":
        ids = [json.loads(line)["event_id"] for line in path.read_text(encoding="utf-8").splitlines()]
    else:
        ids = list(pd.read_parquet(path)["event_id"])
    located = dated[dated["lat"].notna()] if suffix in (".geojson", ".kml") else dated
    assert ids == list(located["event_id"]) == (["e1"] if suffix in (".geojson", ".kml") else ["e1", "e4"])


def test_an_unknown_extension_is_refused_by_name(view: pd.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"view\.xlsx: unknown export format '\.xlsx'"):
        write_events(view, tmp_path / "view.xlsx")
    assert not (tmp_path / "view.xlsx").exists()


def test_export_command_brings_the_store_up_to_date_and_writes_the_filtered_view(
    tmp_path: Path, stale_seed_store: dict[str, str]
) -> None:
    env = stale_seed_store
    out = tmp_path / "view.jsonl"
    args = ["export", "--from", "2015-01-01", "--type", "airstrike", "shelling", "--out", str(out)]
    done = subprocess.run([sys.executable, "-m", "timeline", *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "5 articles read" in done.stderr
    events = store.load_events(tmp_path / "home" / "store.duckdb")
    dated, _ = filters.apply(events, filters.Filters(date_from=dt.date(2015, 1, 1), types=("airstrike", "shelling")))
    assert len(dated) > 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["event_id"] for e in exported] == list(dated["event_id"])
    assert f"wrote {len(dated)} events to {out}" in done.stderr


def test_export_command_refuses_an_unknown_format(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "timeline", "export", "--out", str(tmp_path / "view.xlsx")],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "--out view.xlsx: unknown export format '.xlsx'" in done.stderr


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_a_download_holds_the_bytes_of_the_file_export_writes(view: pd.DataFrame, tmp_path: Path, suffix: str) -> None:
    written = tmp_path / f"view{suffix}"
    write_events(view, written, _incidents())
    assert events_bytes(view, suffix, _incidents()) == written.read_bytes()
