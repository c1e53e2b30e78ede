"""The dashboard's "Briefing image" button (key "briefing"), clicked in headless Chromium, delivers the PNG
of the map extent the analyst framed.

The app renders on the click and then offers the file under the key "briefing_download".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.app.browser_support import map_frame, offline_browser, streamlit_server, wait_until_idle
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser


def extent(frame) -> str:
    """The map's current extent, written as the dashboard writes it."""
    return frame.evaluate("""() => { const b = window.map.getBounds(), f = (v) => v.toFixed(2);
      return `${f(b.getSouth())} to ${f(b.getNorth())}°N, ${f(b.getWest())} to ${f(b.getEast())}°E`; }""")


def test_briefing_button_downloads_a_slide_png_of_the_framed_map(tmp_path: Path) -> None:
    env = {"TIMELINE_HOME": str(tmp_path / "home"), "TIMELINE_CACHE": str(tmp_path / "cache")}
    with (
        streamlit_server(REPO_ROOT / "app.py", env, tmp_path / "streamlit.log") as server,
        offline_browser(tmp_path / "profile", 1600, 1000) as (context, offline),
    ):
        page = context.new_page()
        page.goto(server.url)
        button = page.locator(".st-key-briefing button")
        button.wait_for(state="visible", timeout=180_000)
        frame = map_frame(page)
        wait_until_idle(page)
        before = extent(frame)
        page.get_by_text(f"Map extent (used by the briefing image): {before}").wait_for(timeout=60_000)
        zoom = frame.evaluate("() => window.map.getZoom()")
        frame.locator(".leaflet-control-zoom-in").click()  # the analyst zooms in
        frame.wait_for_function("(z) => window.map.getZoom() === z + 1 && !window.map._animatingZoom", arg=zoom)
        wait_until_idle(page)
        framed = extent(frame)
        assert framed != before
        page.get_by_text(f"Map extent (used by the briefing image): {framed}").wait_for(timeout=60_000)
        wait_until_idle(page)
        button.click()  # renders the image, then offers it for download
        save = page.locator(".st-key-briefing_download button")
        save.wait_for(state="visible", timeout=120_000)
        page.get_by_text(f"Map: {framed}, as framed on the dashboard.").wait_for(timeout=10_000)
        with page.expect_download(timeout=60_000) as download:
            save.click()
        target = tmp_path / "briefing.png"
        download.value.save_as(target)
        name = download.value.suggested_filename
        page.get_by_text("PDF", exact=True).click()  # the same page as a PDF
        wait_until_idle(page)
        button.click()
        pdf = page.locator(".st-key-briefing_download button").filter(has_text="Download PDF")
        pdf.wait_for(state="visible", timeout=120_000)
        with page.expect_download(timeout=60_000) as download:
            pdf.click()
        pdf_target = tmp_path / "briefing.pdf"
        download.value.save_as(pdf_target)
        pdf_name = download.value.suggested_filename
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(data)).size == (1920, 1080)
    assert name == "briefing.png"
    assert pdf_target.read_bytes().startswith(b"%PDF-") and pdf_name == "briefing.pdf"
    assert offline.blocked == []
