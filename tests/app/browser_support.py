"""A Streamlit server and a headless Chromium for the browser tests and the bench (no internet allowed)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import BrowserContext, Frame, Page, Route, sync_playwright
from playwright.sync_api import Error as PlaywrightError

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
LOCAL = ("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "ws://localhost", "data:", "blob:", "about:")
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Server:
    url: str
    pid: int


@contextmanager
def streamlit_server(script: Path, env: dict[str, str], log: Path, timeout: float = 60,
                     python: Path | str = sys.executable, cwd: Path = REPO_ROOT) -> Iterator[Server]:
    """Run `python -m streamlit run script` in `cwd` on a free local port; yield its address and process id."""
    port = free_port()
    command = [str(python), "-m", "streamlit", "run", str(script), "--server.port", str(port),
               "--server.headless", "true", "--server.fileWatcherType", "none",
               "--browser.gatherUsageStats", "false"]
    with open(log, "w") as out:
        process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **env}, stdout=out,
                                   stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {log}") from None
                time.sleep(0.3)
        yield Server(url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


class Offline:
    """Aborts every request to a host other than this machine, and remembers them."""

    def __init__(self) -> None:
        self.blocked: list[str] = []

    def __call__(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@contextmanager
def offline_browser(profile: Path, width: int = 1600, height: int = 1100) -> Iterator[tuple[BrowserContext, Offline]]:
    """A headless Chromium whose requests to other hosts are aborted."""
    offline = Offline()
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height}, accept_downloads=True)
        context.route("**/*", offline)
        try:
            yield context, offline
        finally:
            context.close()


def map_frame(page: Page, timeout: float = 120_000) -> Frame:
    """The st_folium iframe's frame, once it has one."""
    deadline = time.monotonic() + timeout / 1000
    while time.monotonic() < deadline:
        frame = page.wait_for_selector(MAP_FRAME, timeout=timeout).content_frame()
        if frame is not None and frame.url.startswith("http"):
            return frame
        page.wait_for_timeout(100)
    raise TimeoutError("the map frame did not load")


def wait_for_dashboard(page: Page, timeout: float = 120_000) -> Frame:
    """Wait until the timeline and the map (with its basemap) are drawn; return the map's frame."""
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=timeout)
    frame = map_frame(page, timeout)
    frame.wait_for_selector(".leaflet-overlay-pane canvas", timeout=timeout)
    frame.wait_for_selector(".tl-town", timeout=timeout)
    frame.wait_for_function("() => window.tlLayersDrawn >= 2", timeout=timeout)  # strikes and other events
    return frame


def wait_in_the_map(page: Page, script: str, arg: object = None, timeout: float = 60_000) -> Frame:
    """Wait until `script` holds in the map's frame, and return that frame: the one the page shows again when a
    rerun still under way replaced it (a busy machine: "Frame was detached")."""
    deadline = time.monotonic() + timeout / 1000
    while True:
        frame = wait_for_dashboard(page, timeout)
        try:
            frame.wait_for_function(script, arg=arg, timeout=max(1.0, (deadline - time.monotonic()) * 1000))
            return frame
        except PlaywrightError as error:
            if "detached" not in str(error) or time.monotonic() > deadline:
                raise


def metric(page: Page, label: str) -> int:
    """The value of a headline metric."""
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return int(box.locator('[data-testid="stMetricValue"]').inner_text().replace(",", ""))


MARKERS_JS = """() => {
  const map = window.map;
  const out = [], seen = new Set();
  const visit = (layer) => {
    if (seen.has(L.stamp(layer))) { return; }
    seen.add(L.stamp(layer));
    if (layer instanceof L.CircleMarker && layer.getTooltip && layer.getTooltip()) {
      const p = map.latLngToContainerPoint(layer.getLatLng());
      const t = String(layer.getTooltip().getContent());
      out.push({x: p.x, y: p.y, id: (t.match(/ev:(.+)<\\/span>$/) || [])[1] || null});
    }
    if (layer.eachLayer) { layer.eachLayer(visit); }
  };
  map.eachLayer(visit);
  return out.filter((m) => m.id);
}"""


def markers(frame: Frame) -> list[dict]:
    """The event markers on the map, with their position in the frame and their event id."""
    return frame.evaluate(MARKERS_JS)


def click_marker(page: Page, frame: Frame, event_id: str) -> None:
    """Click the marker of one event."""
    box = page.locator(MAP_FRAME).bounding_box()
    assert box is not None
    (marker,) = [m for m in markers(frame) if m["id"] == event_id][:1]
    page.mouse.click(box["x"] + marker["x"], box["y"] + marker["y"])


def wait_until_idle(page: Page, quiet_ms: int = 2_000, timeout_ms: int = 60_000) -> None:
    """Wait until no script run is going on for `quiet_ms` (a click during a rerun can be lost)."""
    quiet = waited = 0
    while quiet < quiet_ms:
        if waited > timeout_ms:
            raise TimeoutError("the app kept running")
        running = page.locator('[data-testid="stStatusWidget"]').count() > 0
        quiet = 0 if running else quiet + 250
        page.wait_for_timeout(250)
        waited += 250


def leave_out_inferred_dates(page: Page) -> None:
    """Take "inferred dates" out of the sidebar's "Also show" choices (under "More filters"), and wait
    until the choice is gone. Streamlit may drop a widget event that comes while the map's fragment
    reruns (the map reports its frame once drawn): a choice still there once the app is idle is
    removed again."""
    remove = page.get_by_role("button", name="Remove inferred dates")
    if not remove.is_visible():
        page.get_by_text("More filters").click()
    for _ in range(2):
        wait_until_idle(page)
        if remove.count():
            remove.click()
        wait_until_idle(page)
    remove.wait_for(state="detached", timeout=30_000)


def wait_for_markers(frame: Frame, event_ids: list[str], timeout_ms: int = 60_000) -> None:
    """Wait until the map's markers are those of `event_ids` (in any order)."""
    waited = 0
    while sorted(m["id"] for m in markers(frame)) != sorted(event_ids):
        if waited > timeout_ms:
            raise TimeoutError(f"the map shows {sorted(m['id'] for m in markers(frame))}, not {sorted(event_ids)}; "
                               f"drawn: {frame.evaluate('() => [window.tlLayersDrawn, window.tlEventsDrawn]')}")
        frame.wait_for_timeout(250)
        waited += 250
