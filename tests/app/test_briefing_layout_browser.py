"""The briefing page's layout in headless Chromium, on a slide and on A4: the map's controls, the page's
blocks and the legend's items never overlap, and everything fits on the page."""

from __future__ import annotations

import itertools

import pytest

from timeline.synthetic import synthetic_events
from timeline.views import briefing
from timeline.views.briefing import compose
from timeline.views.filters import Filters

pytestmark = pytest.mark.browser

BOXES_JS = """(selector) => [...document.querySelectorAll(selector)].filter((e) => {
  const s = getComputedStyle(e); return s.display !== "none" && s.visibility !== "hidden"; }).map((e) => {
  const r = e.getBoundingClientRect();
  return {name: e.className || e.tagName, box: [r.left, r.top, r.right, r.bottom]}; })
  .filter((e) => e.box[2] > e.box[0] && e.box[3] > e.box[1])"""
PAGE_BLOCKS = "header, iframe#map, aside > section, #timeline, footer"
MAP_CONTROLS = ".leaflet-control"


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["name"], b["name"]) for a, b in itertools.combinations(boxes, 2)
            if a["box"][0] < b["box"][2] - 0.5 and b["box"][0] < a["box"][2] - 0.5
            and a["box"][1] < b["box"][3] - 0.5 and b["box"][1] < a["box"][3] - 0.5]


def _opened(browser, page_spec, box):
    """A page of the briefing's size showing `page_spec`'s body, and the frame of its map."""
    context, _ = browser
    page = context.new_page()
    page.set_viewport_size({"width": box.width, "height": box.height})
    page.set_content(f'<!doctype html><html><head><meta charset="utf-8"></head><body>{page_spec.body}</body></html>')
    return page, page.wait_for_selector("iframe#map").content_frame()


@pytest.mark.parametrize("size", ["slide", "a4"])
def test_nothing_overlaps_on_the_page_or_the_map(browser, size: str) -> None:
    events = synthetic_events(400, seed=11)  # every actor of the synthetic set: the longest legend
    page_spec = compose(events, None, Filters(), title="Strikes in Syria and Iraq", size=size)
    box = briefing.SIZES[size]
    page, frame = _opened(browser, page_spec, box)
    frame.wait_for_selector(".leaflet-control-scale", timeout=60_000)
    frame.wait_for_function("() => window.tlLayersDrawn >= 2", timeout=60_000)
    controls = frame.evaluate(BOXES_JS, MAP_CONTROLS)
    assert any("scale" in c["name"] for c in controls)
    assert not any("tl-legend" in c["name"] for c in controls)  # the page holds the legend
    assert overlapping(controls) == []
    blocks = page.evaluate(BOXES_JS, PAGE_BLOCKS)
    assert len(blocks) >= 7 and overlapping(blocks) == []
    assert max(b["box"][3] for b in blocks) <= box.height and max(b["box"][2] for b in blocks) <= box.width
    assert overlapping(page.evaluate(BOXES_JS, ".legend li")) == []
    page.close()


#: the extent the dashboard's map, 560 px high at zoom 6, reports of a view of Syria and Iraq
DASHBOARD_EXTENT = [[29.06, 34.34], [39.22, 45.81]]
MAP_SPAN_JS = """() => {
  const name = Object.keys(window).find((k) => k.startsWith("map_") && window[k] instanceof L.Map);
  const b = window[name].getBounds();
  return [b.getNorth() - b.getSouth(), b.getEast() - b.getWest()]; }"""


def test_the_map_fills_its_box_with_the_extent_framed_on_the_dashboard(browser) -> None:
    """The extent framed on the dashboard is drawn as large as the box allows, not a zoom level smaller (half
    the size) because at a whole zoom level it would overflow the box by a pixel."""
    events = synthetic_events(400, seed=11)
    page_spec = compose(events, None, Filters(), title="Strikes in Syria and Iraq", bounds=DASHBOARD_EXTENT)
    page, frame = _opened(browser, page_spec, briefing.SIZES["slide"])
    frame.wait_for_function("() => window.tlLayersDrawn >= 2", timeout=60_000)
    lat_span, lon_span = frame.evaluate(MAP_SPAN_JS)
    (south, west), (north, east) = DASHBOARD_EXTENT
    assert lat_span >= north - south and lon_span >= east - west  # all of it in view
    assert lat_span < 1.1 * (north - south)  # the extent's height fills the box's
    page.close()
