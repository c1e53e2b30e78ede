"""The map's clustering in headless Chromium: bubbles count every event, a click zooms in, markers at zoom 10."""

from __future__ import annotations

import pytest

from tests.app.browser_support import offline_browser
from timeline.synthetic import synthetic_events
from timeline.views import mapview
from timeline.views.mapview import build_map, standalone_map_html

pytestmark = pytest.mark.browser

DRAWN_JS = """() => { const out = {bubbles: [], markers: []}, seen = new Set();
  const visit = (l) => { if (seen.has(L.stamp(l))) { return; } seen.add(L.stamp(l));
    if (l.options && l.options.tlCount) { out.bubbles.push(l.options.tlCount); }
    const tip = l instanceof L.CircleMarker && l.getTooltip();
    if (tip && String(tip.getContent()).includes("ev:")) { out.markers.push(String(tip.getContent())); }
    if (l.eachLayer) { l.eachLayer(visit); } };
  window.map.eachLayer(visit); return out; }"""


@pytest.fixture(scope="module")
def clustered(tmp_path_factory: pytest.TempPathFactory):
    """A page showing the standalone map of 2,000 events (both layers clustered), and those events."""
    events = synthetic_events(2000, seed=5)
    events = events[events["lat"].notna() & events["lon"].notna()]
    m = build_map(events, density="off")  # markers and bubbles, as a big view shows them without density
    with offline_browser(tmp_path_factory.mktemp("profile")) as (context, offline):
        page = context.new_page()
        page.set_content(standalone_map_html(m))
        page.wait_for_function("() => window.tlLayersDrawn >= 2", timeout=60_000)
        page.evaluate("(name) => { window.map = window[name]; }", m.get_name())
        page.wait_for_timeout(500)  # the map settles on its framing
        yield page, events
        assert offline.blocked == []


def test_bubbles_and_markers_count_every_event_once(clustered) -> None:
    page, events = clustered
    assert len(events) > 2 * mapview.CLUSTER_ABOVE
    drawn = page.evaluate(DRAWN_JS)
    assert sum(drawn["bubbles"]) + len(drawn["markers"]) == len(events)
    assert 0 < len(drawn["bubbles"]) + len(drawn["markers"]) < len(events) / 10


def test_a_bubble_click_zooms_in_and_zoom_10_shows_each_event(clustered) -> None:
    page, events = clustered
    zoom = page.evaluate("() => window.map.getZoom()")
    box = page.locator(".tl-cluster").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("(z) => window.map.getZoom() > z", arg=zoom, timeout=10_000)
    page.wait_for_timeout(500)  # the end of the zoom's animation
    event = events.iloc[0]
    page.evaluate("([lat, lon]) => { window.map.setView([lat, lon], 10, {animate: false}); }",
                  [float(event["lat"]), float(event["lon"])])
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.map.getZoom()") == 10
    drawn = page.evaluate(DRAWN_JS)
    assert not drawn["bubbles"]
    assert any(tip.endswith(f"ev:{event['event_id']}</span>") for tip in drawn["markers"])
