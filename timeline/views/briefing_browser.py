"""A warm headless Chromium (Debian's) that draws briefing pages and returns PNG or PDF bytes.

Playwright's sync objects belong to the thread that made them, and Streamlit
runs each script run in a thread of its own, so the browser lives in one
daemon thread started on first use; `render` hands it a job and waits. Each
pixel scale keeps one page with plotly.js already loaded (parsing its 4.8 MB
costs about 2.5 s here); a render swaps that page's body and draws the figure.
Every request to a host other than this machine is aborted: the page must
carry all it needs inline.
"""

from __future__ import annotations

import atexit
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from plotly.offline import get_plotlyjs

from timeline.errors import OptionError

CHROMIUM = "/usr/bin/chromium"
ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
)
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
TIMEOUT_MS = 30_000
# Swap the body, draw the figure in #timeline, wait for the map in #map, the fonts and two frames.
DRAW = """async ({body, figure, TIMEOUT_MS}) => {
  const old = document.getElementById("timeline");
  if (old) { Plotly.purge(old); }
  document.body.innerHTML = body;
  const frame = document.getElementById("map");
  const started = Date.now();
  const map = new Promise((resolve, reject) => {
    const check = () => {
      const doc = frame.contentDocument;
      if (doc && doc.readyState === "complete" && doc.querySelector(".leaflet-container")) { resolve(); }
      else if (Date.now() - started > TIMEOUT_MS) { reject(new Error("the map was not drawn")); }
      else { setTimeout(check, 20); }
    };
    check();
  });
  await Plotly.newPlot("timeline", figure.data, figure.layout, {staticPlot: true, displayModeBar: false});
  await map;
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}"""


@cache
def _shell() -> str:
    plotly_js = get_plotlyjs().replace("</script", "<\\/script")
    head = f'<meta charset="utf-8"><script>{plotly_js}</script>'
    return f'<!doctype html><html lang="en"><head>{head}</head><body></body></html>'


def _route(route: Any) -> None:
    if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
        route.continue_()
    else:
        route.abort()


class _Chromium:
    """The browser, its pages and its thread; every Playwright call happens in that thread."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[..., Any], tuple[Any, ...], Future[Any]] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._playwright: Any = None
        self._browser: Any = None
        self._pages: dict[float, Any] = {}

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run ``fn(self, *args)`` in the browser thread; the future holds its result."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._serve, name="briefing-chromium", daemon=True)
                self._thread.start()
                atexit.register(self.close)
        done: Future[Any] = Future()
        self._jobs.put((fn, args, done))
        return done

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, args, done = job
            try:
                done.set_result(fn(self, *args))
            except BaseException as exc:
                done.set_exception(exc)
        self._stop()

    def page(self, scale: float) -> Any:
        """The warm page for `scale` (device pixels per CSS pixel), with plotly.js loaded."""
        if self._browser is None or not self._browser.is_connected():
            from playwright.sync_api import sync_playwright

            self._stop()
            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=list(ARGS)
            )
        if scale not in self._pages:
            context = self._browser.new_context(device_scale_factor=scale, reduced_motion="reduce")
            context.route("**/*", _route)
            page = context.new_page()
            page.emulate_media(media="screen")
            page.set_content(_shell(), wait_until="load", timeout=TIMEOUT_MS)
            self._pages[scale] = page
        return self._pages[scale]

    def discard(self, scale: float) -> None:
        """Forget the page for `scale` (after a failure), so that the next render starts afresh."""
        page = self._pages.pop(scale, None)
        if page is not None and self._browser.is_connected():
            page.context.close()

    def _stop(self) -> None:
        self._pages.clear()
        if self._browser is not None and self._browser.is_connected():
            self._browser.close()  # with its contexts
        if self._playwright is not None:
            self._playwright.stop()
        self._browser = self._playwright = None

    def close(self) -> None:
        """Stop the browser and its thread (also run at exit)."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None and thread.is_alive():
            self._jobs.put(None)
            thread.join(timeout=10)


_CHROMIUM = _Chromium()


def _draw(chromium: _Chromium, body: str, figure: dict, width: int, height: int, scale: float, fmt: str) -> bytes:
    try:
        page = chromium.page(scale)
        page.set_viewport_size({"width": width, "height": height})
        page.evaluate(DRAW, {"body": body, "figure": figure, "TIMEOUT_MS": TIMEOUT_MS})
        if fmt == "pdf":
            return page.pdf(width=f"{width}px", height=f"{height}px", print_background=True, page_ranges="1")
        return page.screenshot(type="png", animations="disabled", timeout=TIMEOUT_MS)
    except Exception:
        chromium.discard(scale)
        raise


def render(body: str, figure: dict, width: int, height: int, *, scale: float = 1, fmt: str = "png") -> bytes:
    """Draw a briefing page: `body` (HTML with its style sheet, an ``iframe#map`` and a
    ``div#timeline``) and the plotly `figure` (JSON form) drawn in ``#timeline``.

    The PNG measures (width*scale) by (height*scale) pixels; the PDF is one page of width by height.
    """
    if fmt not in ("png", "pdf"):
        raise OptionError(f"unknown image format {fmt!r}; use 'png' or 'pdf'")
    return _CHROMIUM.submit(_draw, body, figure, width, height, scale, fmt).result()


def warm(scale: float = 1) -> Future[Any]:
    """Start the browser and load the page for `scale` in the background (the app's first image is faster)."""
    return _CHROMIUM.submit(_Chromium.page, scale)


def close() -> None:
    """Stop the warm browser (it starts again on the next `render`)."""
    _CHROMIUM.close()
