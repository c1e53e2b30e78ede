"""Permalinks, driven by AppTest: the URL holds the selected event and the map's frame, and opening it
selects that event and frames the map the same way."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO_ROOT
from timeline import store
from timeline.synthetic import write_store

APP = str(REPO_ROOT / "app.py")


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("synthetic") / "store.duckdb", 300, seed=11)


@pytest.fixture
def events(synthetic_store: Path, monkeypatch: pytest.MonkeyPatch) -> pd.DataFrame:
    monkeypatch.setenv("TIMELINE_STORE", str(synthetic_store))
    return store.load_events(synthetic_store)


def opened(query: dict[str, str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def param(at: AppTest, name: str) -> list[str]:
    value = at.query_params.get(name, [])
    return [value] if isinstance(value, str) else list(value)


def overlay(at: AppTest) -> str:
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)["feature_group"]


def test_a_permalink_selects_its_event_and_frames_the_map(events: pd.DataFrame) -> None:
    event = events.dropna(subset=["date", "lat"]).iloc[3]
    at = opened({"event": event["event_id"], "map": "35.9506,39.0138,9", "types": event["event_type"]})
    assert at.session_state["focus"] == event["event_id"]
    assert any('class="article"' in m.proto.body for m in at.html)  # its details
    assert '"view":[35.9506,39.0138,9]' in overlay(at)
    assert param(at, "event") == [event["event_id"]] and param(at, "map") == ["35.9506,39.0138,9"]
    assert param(at, "types") == [event["event_type"]]


def test_an_event_alone_frames_the_map_on_it(events: pd.DataFrame) -> None:
    event = events.dropna(subset=["date", "lat"]).iloc[5]
    at = opened({"event": event["event_id"]})
    bounds = json.loads(re.search(r'"bounds":(\[\[[^]]*\],\[[^]]*\]\])', overlay(at)).group(1))
    (south, west), (north, east) = bounds
    assert south < event["lat"] < north and west < event["lon"] < east
    assert north - south < 1.0 and east - west < 1.0  # the event and its surroundings, not the whole view
    assert '"view"' not in overlay(at)


@pytest.mark.parametrize("frame", ["35.9,39.0", "95,39,9", "35.9,39.0,30", "a,b,c"])
def test_a_map_frame_that_is_not_one_is_ignored(events: pd.DataFrame, frame: str) -> None:
    at = opened({"map": frame})
    assert '"view"' not in overlay(at) and "map" not in at.query_params


def test_a_permalink_to_an_event_no_longer_there_says_so(events: pd.DataFrame) -> None:
    at = opened({"event": "gone-article:123"})
    assert any("No event gone-article:123 in the store" in c.value.replace("\\", "") for c in at.caption)
    assert not any('class="article"' in m.proto.body for m in at.html)
