"""The density view in headless Chromium: a view of many events shows its strikes as hexagons that count
every strike (or every person killed) once, a small view shows markers, and the choice is the analyst's."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.synthetic import synthetic_events
from timeline.views.mapview import DENSITY_ABOVE, build_map, standalone_map_html
from timeline.vocabulary import STRIKE_TYPES

pytestmark = pytest.mark.browser
VIEWPORT = (1200, 700)

HEXAGONS_JS = """() => { const out = []; window.map.eachLayer((l) => {
  if (l instanceof L.Polygon && l.options.tlCount) { out.push({n: l.options.tlCount,
    tip: String(l.getTooltip().getContent())}); } }); return out; }"""
MARKERS_SHOWN_JS = """() => { let n = 0; window.map.eachLayer((l) => {
  if (l instanceof L.CircleMarker && l.getTooltip() && String(l.getTooltip().getContent()).includes("ev:")) { n += 1; }
  if (l.options && l.options.tlCount && l instanceof L.Marker) { n += 1; } }); return n; }"""


def located_strikes(events: pd.DataFrame) -> pd.DataFrame:
    located = events[events["lat"].notna() & events["lon"].notna()]
    return located[located["event_type"].isin(STRIKE_TYPES)]


def show(browser, events: pd.DataFrame, density: str):
    m = build_map(events, density=density)
    context, _ = browser
    page = context.new_page()
    page.set_content(standalone_map_html(m))
    page.wait_for_function("() => window.tlLayersDrawn >= 2", timeout=60_000)
    page.evaluate("(name) => { window.map = window[name]; }", m.get_name())
    page.wait_for_timeout(300)
    return page


def test_a_view_of_many_events_shows_its_strikes_as_hexagons_counting_each_once(browser) -> None:
    events = synthetic_events(2 * DENSITY_ABOVE, seed=7)
    strikes = located_strikes(events)
    page = show(browser, events, "auto")
    hexagons = page.evaluate(HEXAGONS_JS)
    assert sum(h["n"] for h in hexagons) == len(strikes) == page.evaluate("() => window.tlDensityDrawn")
    assert 1 < len(hexagons) < len(strikes)
    assert page.get_by_text("Strikes (density: events)").count() == 1
    page.close()


def test_hexagons_weighted_by_toll_sum_the_people_killed(browser) -> None:
    events = synthetic_events(300, seed=8)
    strikes = located_strikes(events)
    page = show(browser, events, "killed")
    tips = [h["tip"] for h in page.evaluate(HEXAGONS_JS)]
    killed = sum(int(t.split(", ")[1].split("</bdi>")[0].rsplit(">", 1)[1]) for t in tips if "killed" in t)
    assert killed == int(strikes["killed"].fillna(0).sum()) > 0
    page.close()


def test_a_small_view_shows_markers_and_no_hexagons(browser) -> None:
    events = synthetic_events(300, seed=8)
    page = show(browser, events, "auto")
    assert page.evaluate(HEXAGONS_JS) == [] and page.evaluate("() => window.tlDensityDrawn") is None
    assert page.evaluate(MARKERS_SHOWN_JS) > 0
    page.close()


def test_density_can_be_switched_off_for_a_big_view(browser) -> None:
    page = show(browser, synthetic_events(2 * DENSITY_ABOVE, seed=7), "off")
    assert page.evaluate(HEXAGONS_JS) == [] and page.evaluate(MARKERS_SHOWN_JS) > 0
    page.close()
