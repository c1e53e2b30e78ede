"""The basemap's town labels as Chromium draws them: at every zoom up to 12, around the towns where the
war was fought, labels show and no two town labels overlap; their text is Arabic, right to left;
the placement's projection is Leaflet's."""

from __future__ import annotations

import itertools

import pytest

from tests.app.browser_support import offline_browser
from timeline.synthetic import synthetic_events
from timeline.views.mapview import build_map, standalone_map_html
from timeline.views.placement import DOT_GAP_PX, MAX_ZOOM, MIN_ZOOM, label_width, pixel

pytestmark = pytest.mark.browser

#: Mosul (with Dohuk and Erbil at the wider zooms), between Aleppo and Manbij, Baghdad, Deir ez-Zor, Damascus
CENTRES = ((36.34, 43.13), (36.35, 37.6), (33.34, 44.40), (35.33, 40.14), (33.51, 36.29))
BOXES_JS = """() => [...document.querySelectorAll(".leaflet-marker-icon.tl-town")].map((t) => {
  const r = t.getBoundingClientRect(), s = t.querySelector("span");
  return {text: s.innerText, dir: s.dir, box: [r.left, r.top, r.right, r.bottom]}; })
  .filter((l) => l.box[2] > 0 && l.box[0] < innerWidth && l.box[3] > 0 && l.box[1] < innerHeight)"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory):
    m = build_map(synthetic_events(20, seed=3))
    with offline_browser(tmp_path_factory.mktemp("profile"), width=1000, height=560) as (context, offline):
        page = context.new_page()
        page.set_content(standalone_map_html(m))
        page.wait_for_selector(".tl-town", timeout=60_000)
        page.evaluate("(name) => { window.map = window[name]; }", m.get_name())
        yield page
        assert offline.blocked == []


def overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["text"], b["text"]) for a, b in itertools.combinations(boxes, 2)
            if a["box"][0] < b["box"][2] and b["box"][0] < a["box"][2]
            and a["box"][1] < b["box"][3] and b["box"][1] < a["box"][3]]


@pytest.mark.parametrize("centre", CENTRES)
def test_town_labels_show_at_every_zoom_and_never_overlap(page, centre: tuple[float, float]) -> None:
    for zoom in range(MIN_ZOOM, MAX_ZOOM + 1):
        page.evaluate("([c, z]) => { window.map.setView(c, z, {animate: false}); }", [list(centre), zoom])
        page.wait_for_timeout(50)
        labels = page.evaluate(BOXES_JS)
        assert len(labels) >= 2, (centre, zoom)
        assert overlaps(labels) == [], (centre, zoom)
        assert {label["dir"] for label in labels} == {"rtl"}


def test_the_placement_projects_as_leaflet_does(page) -> None:
    for lat, lon in CENTRES:
        x, y = page.evaluate("([c, z]) => { const p = window.map.project(c, z); return [p.x, p.y]; }",
                             [[lat, lon], 9])
        px, py = pixel(lon, lat, 9)
        assert abs(x - px) < 0.01 and abs(y - py) < 0.01


def test_labels_are_as_wide_as_the_placement_allows(page) -> None:
    """The placement's width of a label (`label_width`) holds the name Chromium draws, and its box the dot too."""
    page.evaluate("() => { window.map.setView([36.2, 38.5], 8, {animate: false}); }")
    page.wait_for_timeout(50)
    for label in page.evaluate(BOXES_JS):
        left, _, right, _ = label["box"]
        assert right - left <= DOT_GAP_PX + label_width(label["text"]), label["text"]
