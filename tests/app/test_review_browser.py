"""The analyst's review loop in headless Chromium (every request off this machine blocked): dating an
undated event, moving an event to a point clicked on the map and finding it there after a rebuild
under changed rules, saying an event is none and undoing it, placing a village the gazetteer does
not know and finding the other articles that name it placed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.app.browser_support import (
    MAP_FRAME,
    REPO_ROOT,
    click_marker,
    map_frame,
    markers,
    streamlit_server,
    wait_for_dashboard,
    wait_until_idle,
)
from timeline import store
from timeline.build import build_store
from timeline.rules_version import rules_version
from timeline.store import snapshot

pytestmark = pytest.mark.browser
VIEWPORT = (1600, 1400)

ARTIFACTS = REPO_ROOT / "artifacts"
#: Articles written for these tests (no date, a town, a village no gazetteer holds).
ARTICLES = {
    "undated.txt": "خبر\n\nشنت طائرات التحالف غارة جوية على مدينة منبج أسفرت عن مقتل 4 مدنيين.\n",
    "moved.txt": "غارة على الباب\n\nقال ناشطون إن طائرات حربية شنت غارة جوية على مدينة الباب يوم 3 آب 2016 "
                 "أسفرت عن مقتل 5 مدنيين.\n",
    "dismissed.txt": "بيان\n\nشنت طائرات حربية غارة جوية على مدينة جرابلس يوم 9 أيلول 2016 أسفرت عن مقتل "
                     "مدنيين اثنين.\n",
    "village-1.txt": "غارات على ريف حلب\n\nحلب - وكالات\nشنت طائرات حربية غارات جوية على قرية الزعرورة في ريف "
                     "حلب الشمالي يوم 12 حزيران 2016 أسفرت عن مقتل 7 مدنيين.\n",
    "village-2.txt": "قصف جديد\n\nقالت مصادر محلية إن طائرات حربية شنت غارة جوية على قرية الزعرورة يوم 14 حزيران "
                     "2016 ما أدى إلى مقتل 3 أشخاص.\n",
}
VILLAGE = ARTICLES["village-1.txt"].split("قرية ")[1].split()[0]
#: A file of the user's imported gazetteers: it changes the rules' version, so every article is extracted again.
IMPORTED = ("name_ar,variants,name,lat,lon,feature,precision,admin1,country\n"
            "تلة الاختبار,,Test Hill,35.1,39.9,hill,village,,SY\n")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review-home")
    (folder / "articles").mkdir()
    for name, text in ARTICLES.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(home: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch_module) -> Iterator[str]:
    env = {"TIMELINE_HOME": str(home), "TIMELINE_CACHE": str(tmp_path_factory.mktemp("review-cache"))}
    for name, value in env.items():
        monkeypatch_module.setenv(name, value)  # this process reads the same files (rules_version)
    monkeypatch_module.delenv("TIMELINE_STORE", raising=False)
    build_store([REPO_ROOT / "seeds"])  # as `python -m timeline build seeds` would: the page opens this store
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(REPO_ROOT / "app.py", env, ARTIFACTS / "review-browser-streamlit.log") as running:
        yield running.url


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def events_of(home: Path, article_id: str, table: str = "events") -> pd.DataFrame:
    with snapshot(home / "store.duckdb") as con:
        return con.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY start", [article_id]).df()


def choose(page: Page, label: str, option: str) -> None:
    """Pick `option` in the selectbox labelled `label`."""
    combo = page.get_by_role("combobox", name=label)
    combo.click()
    combo.press("ArrowDown")  # opens the list
    page.get_by_role("option", name=option, exact=True).click()
    wait_until_idle(page)


def open_event(page: Page, server: str, event_id: str, query: str = "") -> None:
    page.goto(f"{server}/{query}")
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    click_marker(page, frame, event_id)
    page.locator("div.article").wait_for(timeout=60_000)
    wait_until_idle(page)


def free_points(page: Page) -> list[tuple[float, float]]:
    """Points of the page inside the map that hold no marker, away from its controls and legends."""
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = page.locator(MAP_FRAME).bounding_box()
    drawn = markers(map_frame(page))
    return [(box["x"] + box["width"] * dx, box["y"] + box["height"] * dy)
            for dy in (0.3, 0.45, 0.6, 0.75) for dx in (0.3, 0.45, 0.6, 0.75)
            if all(abs(m["x"] - box["width"] * dx) > 40 or abs(m["y"] - box["height"] * dy) > 40 for m in drawn)]


def place_by_click(page: Page, words: str, skip: int = 0) -> tuple[float, float]:
    """Click an empty point of the map, then the button that offers it (`words`); the point it names. A click
    the page missed (it was running) is made again at the next free point."""
    button = page.get_by_role("button", name=re.compile(re.escape(words)))
    for x, y in free_points(page)[skip:skip + 3]:
        page.mouse.click(x, y)
        wait_until_idle(page)
        try:
            button.wait_for(timeout=20_000)
            break
        except PlaywrightTimeout:
            continue
    lat, lon = map(float, re.search(r"\((-?[\d.]+), (-?[\d.]+)\)", button.inner_text()).groups())
    button.click()
    wait_until_idle(page, quiet_ms=3_000, timeout_ms=180_000)
    return lat, lon


def until(page: Page, holds, timeout_s: int = 240) -> None:
    """Wait until `holds()` is true of the store: a correction's rebuild runs in a child process after
    the page's run, which a loaded machine may start seconds after the click."""
    for _ in range(timeout_s * 2):
        if holds():
            return
        page.wait_for_timeout(500)
    assert holds()


def marker_position(page: Page, event_id: str) -> tuple[float, float]:
    """Where the map draws the marker of `event_id` (lat, lon)."""
    frame = map_frame(page)
    found = frame.evaluate("""(id) => {
      const out = [];
      const visit = (layer) => {
        if (layer instanceof L.CircleMarker && layer.getTooltip && layer.getTooltip()
            && String(layer.getTooltip().getContent()).endsWith('ev:' + id + '</span>')) {
          out.push([layer.getLatLng().lat, layer.getLatLng().lng]);
        }
        if (layer.eachLayer) { layer.eachLayer(visit); }
      };
      window.map.eachLayer(visit);
      return out;
    }""", event_id)
    assert found, f"no marker of {event_id}"
    return tuple(found[0])


def test_an_undated_event_is_opened_from_its_tray_and_dated(server: str, page: Page, home: Path) -> None:
    (undated,) = events_of(home, "undated").itertuples()
    assert pd.isna(undated.date)
    page.goto(f"{server}/?text={quote('منبج')}")
    wait_for_dashboard(page)
    wait_until_idle(page)
    page.get_by_text("Show undated events (1)").click()
    grid = page.locator('.st-key-tray [data-testid="stDataFrame"], .st-key-tray[data-testid="stDataFrame"]')
    grid.wait_for()
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(1_000)
    box = grid.bounding_box()
    page.screenshot(path=ARTIFACTS / "review-tray.png")
    page.mouse.click(box["x"] + 15, box["y"] + 52)  # the selection box of its only row
    page.locator("div.article").wait_for(timeout=60_000)
    wait_until_idle(page)
    choose(page, "What to correct", "Date")
    written = page.get_by_label("Date (2016-07-18")
    written.fill("2016-07-21")
    written.press("Tab")
    page.get_by_role("button", name="Save the date").click()
    until(page, lambda: events_of(home, "undated")["date"].notna().all())
    page.get_by_text("Corrected by the analyst").wait_for(timeout=180_000)
    wait_until_idle(page, quiet_ms=3_000, timeout_ms=180_000)
    (dated,) = events_of(home, "undated").itertuples()
    assert (dated.date, dated.date_precision, dated.date_basis) == ("2016-07-21", "day", "correction")
    assert page.get_by_text("Corrected by the analyst").count() == 1
    assert page.get_by_text("Show undated events (0)").count() == 1


def test_an_event_moved_to_a_clicked_point_stays_there_after_a_rebuild_with_new_rules(
        server: str, page: Page, home: Path) -> None:
    (event,) = events_of(home, "moved").itertuples()
    open_event(page, server, event.event_id)
    choose(page, "What to correct", "Place")
    lat, lon = place_by_click(page, "Use the point clicked on the map")
    until(page, lambda: (events_of(home, "moved")["place_precision"] == "point").all())
    (moved,) = events_of(home, "moved").itertuples()
    assert (round(moved.lat, 4), round(moved.lon, 4), moved.place_precision) == (lat, lon, "point")
    before = rules_version()
    (home / "gazetteer").mkdir(exist_ok=True)
    (home / "gazetteer" / "test-hill.csv").write_text(IMPORTED, encoding="utf-8")
    assert rules_version() != before
    page.goto(server)  # a new session: the page finds the store stale and rebuilds it
    wait_for_dashboard(page)
    wait_until_idle(page, quiet_ms=3_000, timeout_ms=180_000)
    with snapshot(home / "store.duckdb") as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'rules'").fetchone()[0] == rules_version()
    (rebuilt,) = events_of(home, "moved").itertuples()
    assert (round(rebuilt.lat, 4), round(rebuilt.lon, 4)) == (lat, lon)
    assert tuple(round(v, 4) for v in marker_position(page, rebuilt.event_id)) == (lat, lon)
    page.screenshot(path=ARTIFACTS / "review-moved.png")


def test_an_event_said_to_be_none_leaves_the_map_and_comes_back_when_undone(
        server: str, page: Page, home: Path) -> None:
    (event,) = events_of(home, "dismissed").itertuples()
    open_event(page, server, event.event_id)
    choose(page, "What to correct", "Not an event")
    page.get_by_role("button", name=re.compile("This is not an event")).click()
    until(page, lambda: events_of(home, "dismissed").empty)
    wait_until_idle(page, quiet_ms=3_000, timeout_ms=180_000)
    assert events_of(home, "dismissed").empty
    assert list(events_of(home, "dismissed", "dismissed")["event_id"]) == [event.event_id]
    page.goto(server)
    frame = wait_for_dashboard(page)
    assert event.event_id not in {m["id"] for m in markers(frame)}
    page.get_by_text("Your corrections").click()
    row = page.locator('[data-testid="stHorizontalBlock"]').filter(has_text="dismissed:").last
    row.get_by_role("button", name="Undo").click()
    until(page, lambda: not events_of(home, "dismissed").empty)
    wait_until_idle(page, quiet_ms=3_000, timeout_ms=180_000)
    (back,) = events_of(home, "dismissed").itertuples()
    assert (back.event_id, back.analyst) == (event.event_id, None)
    for _ in range(120):  # the map swaps in the rebuilt view's events after the rerun
        frame = wait_for_dashboard(page)
        if event.event_id in {m["id"] for m in markers(frame)}:
            break
        page.wait_for_timeout(500)
    assert event.event_id in {m["id"] for m in markers(frame)}


def test_a_village_placed_once_places_every_article_that_names_it(server: str, page: Page, home: Path) -> None:
    first, second = events_of(home, "village-1").iloc[0], events_of(home, "village-2").iloc[0]
    assert (first.place_unresolved, second.place_unresolved) == (VILLAGE, VILLAGE)
    assert pd.isna(second.lat)
    page.goto(server)
    wait_for_dashboard(page)
    wait_until_idle(page)
    page.get_by_text("Places the gazetteer does not know").click()
    page.get_by_role("combobox", name="Place this name").wait_for()
    assert page.get_by_role("combobox", name="Place this name").input_value() == f"{VILLAGE} (2 events)"
    lat, lon = place_by_click(page, f"Place {VILLAGE} at the point clicked on the map", skip=1)
    until(page, lambda: all(events_of(home, a)["place_unresolved"].isna().all() for a in ("village-1", "village-2")))
    for article_id in ("village-1", "village-2"):
        (placed,) = events_of(home, article_id).itertuples()
        assert (placed.place_ar, round(placed.lat, 4), round(placed.lon, 4)) == (VILLAGE, lat, lon)
        assert pd.isna(placed.place_unresolved)
    later = home / "articles" / "village-3.txt"
    later.write_text(ARTICLES["village-2.txt"].replace("14 حزيران", "20 حزيران"), encoding="utf-8")
    page.goto(server)
    wait_for_dashboard(page)
    wait_until_idle(page, quiet_ms=3_000, timeout_ms=180_000)
    (third,) = events_of(home, "village-3").itertuples()
    assert (third.place_ar, round(third.lat, 4), round(third.lon, 4)) == (VILLAGE, lat, lon)
    assert store.load_events(home / "store.duckdb")["place_unresolved"].dropna().tolist() == []
