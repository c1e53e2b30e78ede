"""The place form of an event's correction, driven by AppTest: the town typed is the place preselected
(`timeline.views.places.places_named`), not a quarter of it the gazetteer ranks higher."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.apptest_support import run
from timeline import store


@pytest.fixture
def seeds_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path))
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    return tmp_path


def test_the_town_typed_is_the_place_preselected(seeds_home: Path) -> None:
    run()  # builds the store of the seeds
    event_id = store.load_events().dropna(subset=["lat"]).iloc[0]["event_id"]
    at = run({"event": event_id})
    at = at.selectbox(key="fix_kind").set_value("place").run()
    at = at.text_input(key="fix_place_query").set_value("الموصل").run()
    assert not at.exception, [e.value for e in at.exception]
    offered = at.selectbox(key="fix_place_pick")
    assert offered.value == 0 and offered.format_func(0).startswith("الموصل · Mosul · Nineveh IQ")
