"""The map's frame as a permalink writes it ("lat,lon,zoom") and as st_folium reports it."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from timeline.views.mapview import MAP_ZOOMS, EventLayers, MapFrame


def test_a_frame_reads_and_writes_as_the_url_holds_it() -> None:
    assert MapFrame.parse("35.9506,39.0138,9") == MapFrame(35.9506, 39.0138, 9)
    assert str(MapFrame(35.95064, 39.0, 9)) == "35.9506,39.0000,9"
    for bad in ("", None, "35,39", "35,39,9,1", "nan,39,9", "91,39,9", "35,181,9", "35,39,3", "35,39,19", "35,39,9.5"):
        assert MapFrame.parse(bad) is None, bad


def test_the_frame_st_folium_reports() -> None:
    assert MapFrame.reported({"lat": 35.950612, "lng": 39.01384}, 9) == MapFrame(35.9506, 39.0138, 9)
    assert MapFrame.reported(None, None) is None and MapFrame.reported({"lat": 1}, 9) is None


@given(st.floats(-90, 90), st.floats(-180, 180), st.integers(*MAP_ZOOMS))
def test_a_frame_survives_its_url_form(lat: float, lon: float, zoom: int) -> None:
    frame = MapFrame.parse(str(MapFrame(lat, lon, zoom)))
    assert frame is not None and frame.zoom == zoom
    assert abs(frame.lat - lat) <= 5e-5 and abs(frame.lon - lon) <= 5e-5


def test_a_frame_a_pixel_away_shows_the_same() -> None:
    frame = MapFrame(36.5781, 37.9049, 10)  # a pixel spans 0.00137 degrees at zoom 10
    assert frame.near(MapFrame(36.5780, 37.9056, 10)) and frame.near(frame)
    assert not frame.near(MapFrame(36.5781, 37.9069, 10)) and not frame.near(MapFrame(36.5781, 37.9049, 11))
    assert not frame.near(None)


def test_the_layers_carry_the_frame_only_when_given() -> None:
    layers = EventLayers([], [], [[30.0, 35.0], [37.0, 42.0]])
    assert '"view"' not in layers.spec()
    framed = EventLayers([], [], [[30.0, 35.0], [37.0, 42.0]], view=MapFrame(35.9506, 39.0138, 9))
    spec = json.loads(framed.spec())
    assert (spec["bounds"], spec["view"]) == ([[30.0, 35.0], [37.0, 42.0]], [35.9506, 39.0138, 9])
