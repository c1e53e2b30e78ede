"""The dashboard's "Briefing image" button (key "briefing"), clicked in headless Chromium, delivers the PNG.

The app renders on the click and then offers the file under the key "briefing_download".
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "TIMELINE_HOME": str(tmp_path / "home"), "TIMELINE_CACHE": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"]
    log = (tmp_path / "streamlit.log").open("w")
    server = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "streamlit.log").read_text()) from None
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def _local_only(route) -> None:
    if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
        route.continue_()
    else:
        route.abort()


def _wait_until_idle(page, quiet_ms: int = 2_000, timeout_ms: int = 60_000) -> None:
    """Wait until no script run is going on for `quiet_ms` (a click during a rerun can be lost)."""
    quiet = waited = 0
    while quiet < quiet_ms:
        if waited > timeout_ms:
            raise TimeoutError("the app kept running")
        running = page.locator('[data-testid="stStatusWidget"]').count() > 0
        quiet = 0 if running else quiet + 250
        page.wait_for_timeout(250)
        waited += 250


def test_briefing_button_downloads_a_slide_png(app_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=ARGS,
            accept_downloads=True, viewport={"width": 1600, "height": 1000},
        )
        try:
            context.route("**/*", _local_only)
            page = context.new_page()
            page.goto(app_url)
            button = page.locator(".st-key-briefing button")
            button.wait_for(state="visible", timeout=180_000)
            page.locator('iframe[title="streamlit_folium.st_folium"]').wait_for(timeout=60_000)
            _wait_until_idle(page)
            button.click()  # renders the image, then offers it for download
            save = page.locator(".st-key-briefing_download button")
            save.wait_for(state="visible", timeout=120_000)
            with page.expect_download(timeout=60_000) as download:
                save.click()
            target = tmp_path / "briefing.png"
            download.value.save_as(target)
            name = download.value.suggested_filename
        finally:
            if context.pages:
                context.pages[0].screenshot(path=str(tmp_path / "dashboard-briefing.png"))
            context.close()
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(data)).size == (1920, 1080)
    assert name == "briefing.png"
