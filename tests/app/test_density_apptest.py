"""The density view's choice driven by AppTest: on by itself for a big view, as the URL says otherwise, and
kept in the URL."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.apptest_support import run
from timeline.synthetic import write_store
from timeline.views.mapview import DENSITY_ABOVE


def density_drawn(at: AppTest) -> str | None:
    """The density the map's overlay is drawn with (its spec's ``density``)."""
    (component,) = at.get("component_instance")
    group = json.loads(component.proto.json_args)["feature_group"]
    (value,) = re.findall(r'"density":(null|"[a-z]+")\}\)', group)
    return json.loads(value)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("density")
    return {"small": write_store(folder / "small.duckdb", 300, seed=3),
            "big": write_store(folder / "big.duckdb", 3 * DENSITY_ABOVE, seed=4)}


def test_a_small_view_shows_markers_and_the_url_says_nothing(stores, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_STORE", str(stores["small"]))
    at = run()
    assert density_drawn(at) is None and "density" not in at.query_params


def test_a_big_view_shows_density_by_itself(stores, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_STORE", str(stores["big"]))
    assert density_drawn(run()) == "events"
    assert density_drawn(run({"density": "off"})) is None


def test_the_url_chooses_the_density_and_keeps_it(stores, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_STORE", str(stores["small"]))
    at = run({"density": "killed"})
    assert density_drawn(at) == "killed" and at.query_params["density"] == "killed"
    at.segmented_control(key="density").set_value("auto").run()
    assert density_drawn(at) is None and "density" not in at.query_params
    assert density_drawn(run({"density": "nonsense"})) is None
