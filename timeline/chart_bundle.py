"""The timeline's front end: plotly.js's basic bundle and the script that draws a figure with it.

The basic bundle (scatter, bar and pie traces: all the timeline draws) is a quarter of
plotly.js's full bundle, which ``st.plotly_chart`` loads and which alone doubles a page's load
time here. `make setup` installs it from the npm registry into ``node_modules/``
(``package-lock.json`` pins it); `publish_bundle` copies it under ``./static/`` (served at
``/app/static/``) at first use, its name carrying its version so that no browser keeps an old one.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from timeline.assets import STATIC_DIR, URL_PREFIX

NODE_MODULES = Path(__file__).resolve().parent.parent / "node_modules"
PACKAGE = "plotly.js-basic-dist-min"
BUNDLE_FILE = "plotly-basic.min.js"
BUNDLE_SUBDIR = "plotly"
SCRIPT = Path(__file__).resolve().parent / "web" / "timeline_chart.js"
#: plotly.js's options for the timeline: no logo, and resized with the page
CONFIG = {"displaylogo": False, "responsive": True}


def bundle_version(node_modules: Path = NODE_MODULES) -> str:
    """The version of the installed basic bundle."""
    return json.loads((node_modules / PACKAGE / "package.json").read_text(encoding="utf-8"))["version"]


def publish_bundle(static_dir: Path = STATIC_DIR, node_modules: Path = NODE_MODULES) -> str:
    """Copy the basic bundle under `static_dir` (once) and return its local address."""
    source = node_modules / PACKAGE / BUNDLE_FILE
    if not source.is_file():
        raise FileNotFoundError(f"{source} is missing: run `make setup`, which installs it with npm")
    name = f"plotly-basic-{bundle_version(node_modules)}.min.js"
    path = static_dir / BUNDLE_SUBDIR / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        shutil.copyfile(source, tmp)
        tmp.replace(path)
    return f"{URL_PREFIX}{BUNDLE_SUBDIR}/{name}"


def script() -> str:
    """The component's JavaScript module (its default export draws the figure)."""
    return SCRIPT.read_text(encoding="utf-8")
