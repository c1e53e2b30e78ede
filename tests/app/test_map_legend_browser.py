"""The map's legend hides no event, in headless Chromium: the actors' colours are listed under the map, not
drawn over it, so that the strikes of western Syria, at the lower left of a frame on Syria and Iraq
(Daraa, Douma), stay in sight and can be clicked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.browser_support import (
    REPO_ROOT,
    click_marker,
    markers,
    streamlit_server,
    wait_for_dashboard,
    wait_until_idle,
)
from timeline import store
from timeline.synthetic import write_store

pytestmark = pytest.mark.browser

ARTIFACTS = REPO_ROOT / "artifacts"
#: the boxes of the elements a selector finds, in their frame's pixels
BOXES_JS = """(selector) => [...document.querySelectorAll(selector)].map((e) => {
  const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"""


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app on a store of 300 events over the towns of Syria and Iraq, by every actor of the set."""
    path = write_store(tmp_path_factory.mktemp("legend") / "store.duckdb", 300, seed=5)
    env = {"TIMELINE_STORE": str(path), "TIMELINE_CACHE": str(tmp_path_factory.mktemp("legend-cache"))}
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(REPO_ROOT / "app.py", env, ARTIFACTS / "legend-test-streamlit.log") as running:
        yield running.url, path


def test_no_event_lies_under_a_legend_and_the_page_names_each_actor(synthetic: tuple[str, Path], page) -> None:
    url, path = synthetic
    page.goto(url)
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    legends = frame.evaluate(BOXES_JS, ".tl-legend")
    drawn = markers(frame)
    hidden = [m["id"] for m in drawn for left, top, right, bottom in legends
              if left <= m["x"] <= right and top <= m["y"] <= bottom]
    assert drawn and hidden == []
    actors = {a if isinstance(a, str) else "unknown" for a in store.load_events(path)["actor"]}
    listed = page.locator(".tl-map-legend li").all_inner_texts()
    assert sorted(name.strip() for name in listed) == sorted(actors)
    page.screenshot(path=ARTIFACTS / "map-legend.png")


def test_the_strikes_at_the_lower_left_of_the_frame_can_be_clicked(synthetic: tuple[str, Path], page) -> None:
    url, path = synthetic
    page.goto(url)
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    events = store.load_events(path)
    drawn = {m["id"] for m in markers(frame)}
    daraa = events[(events["place"] == "Daraa") & events["event_id"].isin(drawn)]
    click_marker(page, frame, daraa.iloc[0]["event_id"])
    page.locator("div.article").wait_for(timeout=60_000)
