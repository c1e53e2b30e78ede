"""The timeline's front end: plotly.js's basic bundle and the script that draws a figure with it.

The basic bundle (scatter, bar and pie traces: all the timeline draws) is a quarter of
plotly.js's full bundle, which ``st.plotly_chart`` loads and which alone doubles a page's load
time here. The package's build copies it from npm (``web/vendor/``); `publish_bundle` serves it locally.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from timeline.views import assets

PACKAGE = "plotly.js-basic-dist-min"
BUNDLE_FILE = "plotly-basic.min.js"
SCRIPT = Path(__file__).resolve().parent / "web" / "timeline_chart.js"
#: plotly.js's options for the timeline: no logo, resized with the page, the wheel zooms its time axis
CONFIG = {"displaylogo": False, "responsive": True, "scrollZoom": True}


def bundle_version() -> str:
    """The version of the basic bundle the package ships."""
    return assets.npm_version(PACKAGE)


def publish_bundle(static_dir: Path, vendor: Path = assets.VENDOR_DIR) -> str:
    """The basic bundle's local address (copied under `static_dir` at first use)."""
    return assets.publish_npm(PACKAGE, BUNDLE_FILE, static_dir, vendor)


@cache
def script() -> str:
    """The component's JavaScript module (its default export draws the figure), read once: the app
    registers the component on every run."""
    return SCRIPT.read_text(encoding="utf-8")
