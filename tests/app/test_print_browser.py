"""Printing the dashboard (to PDF, in headless Chromium): one A4 landscape page with the title, the figures,
the timeline and the map, and neither the sidebar nor what lies below the map."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from dashboard.print_style import PAGE_PX
from tests.app.browser_support import REPO_ROOT, offline_browser, streamlit_server, wait_for_dashboard, wait_until_idle

pytestmark = pytest.mark.browser

A4_LANDSCAPE_PT = (841.9, 595.3)


def test_the_printed_page_is_one_a4_landscape_page_of_figures_timeline_and_map(tmp_path: Path) -> None:
    env = {"TIMELINE_HOME": str(tmp_path / "home"), "TIMELINE_CACHE": str(tmp_path / "cache")}
    with (
        streamlit_server(REPO_ROOT / "app.py", env, tmp_path / "streamlit.log") as server,
        offline_browser(tmp_path / "profile", 1600, 1000) as (context, offline),
    ):
        page = context.new_page()
        page.goto(server.url)
        frame = wait_for_dashboard(page)
        wait_until_idle(page)
        title = page.locator("h1").first.inner_text()
        page.emulate_media(media="print")
        page.set_viewport_size({"width": PAGE_PX[0], "height": PAGE_PX[1]})  # the map and the timeline redraw
        page.wait_for_timeout(1500)
        shown = page.evaluate("""() => ["[data-testid=stSidebar]", ".tl-timeline",
          'iframe[title="streamlit_folium.st_folium"]', ".st-key-show_table"].map((s) => {
            const e = document.querySelector(s); return !!e && e.getBoundingClientRect().height > 0; })""")
        assert shown == [False, True, True, False]
        assert frame.locator(".tl-town").count() > 5
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
        Path(REPO_ROOT / "artifacts").mkdir(exist_ok=True)
        (REPO_ROOT / "artifacts" / "dashboard-print.pdf").write_bytes(pdf)
        assert offline.blocked == []
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A4_LANDSCAPE_PT[0]) < 1 and abs(float(box.height) - A4_LANDSCAPE_PT[1]) < 1
    text = reader.pages[0].extract_text()
    assert title.split(",")[0] in text and "Killed (at least)" in text  # the title and the figures
    assert "2016" in text and "Leaflet" in text  # the timeline's axis and the map's credit
    assert "Briefing image" not in text and "Show events table" not in text  # the sidebar, what lies below
