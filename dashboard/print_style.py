"""The page as printed: the figures, the timeline and the map on one A4 landscape page, without the sidebar,
Streamlit's bars or what lies below the map (the table, the tray, the details).

The timeline and the map redraw at the width they are given when the window changes size; a browser
laying out a page for print sends no such change, so they print at the width they had on the screen,
inside their column (print preview's "fit to width" scales the whole)."""

from __future__ import annotations

import streamlit as st

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
#: the main area's blocks, one of which holds the map
BLOCKS = '[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] > *'
PAGE_PX = (1047, 718)  #: A4 landscape less 10 mm margins, at 96 px an inch
#: the main area's scale on paper: it is laid out 1,454 px wide (a wide screen's width) and its first view,
#: about 1,000 px tall, fits the page; it is held to the page's height (what lies below is not printed)
PRINT_SCALE = 0.72

PRINT_CSS = f"""<style>
@media print {{
  @page {{ size: A4 landscape; margin: 10mm; }}
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stBottom"], .st-key-density {{ display: none !important; }}
  {BLOCKS}:has({MAP_FRAME}) ~ * {{ display: none !important; }}
  [data-testid="stAppViewContainer"] {{ height: {PAGE_PX[1]}px !important; overflow: hidden !important; }}
  [data-testid="stMain"] {{ margin: 0 !important; padding: 0 !important; overflow: visible !important;
    align-items: flex-start !important; }}
  [data-testid="stMainBlockContainer"] {{ margin: 0 !important; padding: 0 !important; max-width: none !important;
    width: {100 / PRINT_SCALE:.3f}% !important; transform: scale({PRINT_SCALE}); transform-origin: 0 0; }}
  {MAP_FRAME} {{ width: 100% !important; }}  /* Streamlit sizes it by its box on the screen, scaled here */
  body {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
</style>"""


def print_style() -> None:
    """Add the print style sheet to the page (it shows nothing on screen)."""
    st.html(PRINT_CSS)
