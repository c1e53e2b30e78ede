"""The dashboard's "Briefing image" button (key "briefing"), clicked in headless Chromium, delivers the PNG.

The app renders on the click and then offers the file under the key "briefing_download".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.browser_support import map_frame, offline_browser, streamlit_server, wait_until_idle
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser


def test_briefing_button_downloads_a_slide_png(tmp_path: Path) -> None:
    env = {"TIMELINE_HOME": str(tmp_path / "home"), "TIMELINE_CACHE": str(tmp_path / "cache")}
    with (
        streamlit_server(REPO_ROOT / "app.py", env, tmp_path / "streamlit.log") as server,
        offline_browser(tmp_path / "profile", 1600, 1000) as (context, offline),
    ):
        page = context.new_page()
        page.goto(server.url)
        button = page.locator(".st-key-briefing button")
        button.wait_for(state="visible", timeout=180_000)
        map_frame(page)
        wait_until_idle(page)
        button.click()  # renders the image, then offers it for download
        save = page.locator(".st-key-briefing_download button")
        save.wait_for(state="visible", timeout=120_000)
        with page.expect_download(timeout=60_000) as download:
            save.click()
        target = tmp_path / "briefing.png"
        download.value.save_as(target)
        name = download.value.suggested_filename
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(data)).size == (1920, 1080)
    assert name == "briefing.png"
    assert offline.blocked == []
