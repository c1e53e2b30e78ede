"""The dashboard in headless Chromium with every request off this machine blocked."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pandas as pd
import pytest

from tests.app.browser_support import (
    REPO_ROOT,
    click_marker,
    leave_out_inferred_dates,
    map_frame,
    markers,
    metric,
    streamlit_server,
    wait_for_dashboard,
    wait_for_markers,
    wait_until_idle,
)
from timeline import store
from timeline.views.filters import Filters, apply

pytestmark = pytest.mark.browser

ARTIFACTS = REPO_ROOT / "artifacts"
HOSTILE = (
    "غارة <script>window.__pwned=1</script> على الرقة\n\nالرقة - وكالات\n"
    "شنت طائرات التحالف الدولي غارة جوية على مدينة الرقة يوم 20 آذار 2017"
    ' <img src=x onerror="window.__pwned=2"> أسفرت عن مقتل 12 مدنيا.\n'
)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser-home")
    (folder / "articles").mkdir()
    (folder / "articles" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {"TIMELINE_HOME": str(home), "TIMELINE_CACHE": str(tmp_path_factory.mktemp("browser-cache"))}
    env.pop("TIMELINE_STORE", None)
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(REPO_ROOT / "app.py", env, ARTIFACTS / "browser-test-streamlit.log") as running:
        yield running.url


def events_of(home: Path):
    return store.load_events(home / "store.duckdb")


def test_timeline_and_offline_map_are_visible(server: str, browser, page, home: Path) -> None:
    _, offline = browser
    page.goto(server)
    frame = wait_for_dashboard(page)
    assert page.locator(".js-plotly-plot .scatterlayer .point").count() > 0
    assert frame.locator(".tl-town").count() > 20  # town names of the offline basemap
    assert frame.evaluate("() => typeof L !== 'undefined' && L.version") == "1.9.3"
    dated, _ = apply(events_of(home), Filters())
    assert len(markers(frame)) == len(dated.dropna(subset=["lat", "lon"]))
    page.wait_for_timeout(1000)
    page.screenshot(path=ARTIFACTS / "dashboard-seeds.png", full_page=True)
    assert not [url for url in offline.blocked if "127.0.0.1" not in url], offline.blocked


def test_url_with_filters_shows_the_filtered_view(server: str, page, home: Path) -> None:
    query = {"types": "airstrike", "date_from": "2016-01-01", "include_inferred": "0"}
    page.goto(f"{server}/?{urlencode(query)}")
    frame = wait_for_dashboard(page)
    view, _ = apply(events_of(home), Filters.from_query(query))
    assert metric(page, "Events") == len(view) > 0
    assert sorted(m["id"] for m in markers(frame)) == sorted(view.dropna(subset=["lat", "lon"])["event_id"])
    assert "types=airstrike" in page.url
    page.screenshot(path=ARTIFACTS / "dashboard-filtered.png", full_page=True)


def test_a_filter_change_swaps_the_events_in_the_same_map(server: str, page, home: Path) -> None:
    """The map and its frame stay; only the events and their layer switch are replaced (the legend is the
    page's, under the map)."""
    page.goto(server)
    wait_for_dashboard(page)  # the first load of the module may build the store: the next one is a plain one
    page.goto(server)
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    frame.evaluate("() => { window.__kept = true; }")
    events = events_of(home)
    before, after = (sorted(apply(events, f)[0].dropna(subset=["lat", "lon"])["event_id"])
                     for f in (Filters(), Filters(include_inferred=False)))
    assert sorted(m["id"] for m in markers(frame)) == before != after
    leave_out_inferred_dates(page)
    wait_for_markers(frame, after)
    assert frame.evaluate("() => window.__kept") is True
    assert frame.locator(".leaflet-control-layers").count() == 1 and page.locator(".tl-map-legend").count() == 1
    assert frame.locator(".leaflet-control-layers-overlays label").all_inner_texts() == [" Strikes", " Other events"]


def test_marker_click_shows_details_and_hostile_article_runs_nothing(server: str, page, home: Path) -> None:
    events = events_of(home)
    hostile = events[events["article_id"] == "hostile"].dropna(subset=["date", "lat", "lon"])
    assert len(hostile) >= 1, "the hostile article's strike was not extracted"
    event_id = hostile.iloc[0]["event_id"]
    page.goto(f"{server}/?text=pwned")
    frame = wait_for_dashboard(page)
    click_marker(page, frame, event_id)
    article = page.locator("div.article")
    article.wait_for(timeout=60_000)
    assert "<script>window.__pwned=1</script>" in article.inner_text()
    assert page.locator("mark#evidence").count() == 1
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-popup-content .tl-popup", timeout=30_000)
    assert "<img src=x" in frame.locator(".tl-popup").inner_text()
    page.mouse.move(10, 10)
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__pwned") is None
    assert frame.evaluate("() => window.__pwned") is None
    page.screenshot(path=ARTIFACTS / "dashboard-details.png", full_page=True)


def test_timeline_click_frames_the_map_on_the_event_and_shows_it(server: str, page, home: Path) -> None:
    page.goto(server)
    frame = wait_for_dashboard(page)
    wait_until_idle(page)
    zoom = frame.evaluate("() => window.map.getZoom()")
    points = page.locator(".js-plotly-plot .cartesianlayer .subplot.xy .scatterlayer .trace .points path")
    ids = points.evaluate_all(
        "(els) => els.map((el) => el.closest('.trace').__data__[0].trace.customdata[el.__data__.i])")
    events = events_of(home).set_index("event_id")
    index = next(i for i, event_id in enumerate(ids) if pd.notna(events.loc[event_id, "lat"]))  # one on the map
    point, event_id, event = points.nth(index), ids[index], events.loc[ids[index]]
    box = point.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # plotly's drag layer takes clicks
    page.locator("mark#evidence").wait_for(timeout=60_000)
    assert " ".join(page.locator("mark#evidence").inner_text().split()) == " ".join(str(event["evidence"]).split())
    wait_until_idle(page)
    framed = map_frame(page).evaluate(
        "() => { const c = window.map.getCenter(); return [window.map.getZoom(), c.lat, c.lng]; }")
    assert framed[0] > zoom
    assert abs(framed[1] - float(event["lat"])) < 0.5 and abs(framed[2] - float(event["lon"])) < 0.5
    marked = page.evaluate("""(id) => document.querySelector('.js-plotly-plot').data.some(
        (t) => t.name === 'selected' && [...t.customdata].includes(id))""", event_id)
    assert marked


def websocket_status(url: str, host: str) -> int:
    """The HTTP status of a WebSocket upgrade to the app's stream sent with the Host header `host`."""
    parsed = urlsplit(url)
    with socket.create_connection((parsed.hostname, parsed.port), timeout=10) as conn:
        conn.sendall((f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}:{parsed.port}\r\nConnection: Upgrade\r\n"
                      "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").encode())
        return int(conn.recv(64).split(b" ")[1])


def test_the_app_refuses_a_websocket_under_a_rebound_host_name(server: str) -> None:
    assert websocket_status(server, "attacker.example") == 403
    assert websocket_status(server, "localhost") == 101
