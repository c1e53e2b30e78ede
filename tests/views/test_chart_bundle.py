"""The timeline's plotly.js bundle: shipped in the package, the version plotly.py writes for, published once."""

from __future__ import annotations

from pathlib import Path

import plotly.offline
import pytest

from timeline.views import assets, chart_bundle


def test_the_installed_bundle_is_the_plotly_js_that_plotly_py_writes_figures_for() -> None:
    assert chart_bundle.bundle_version() == plotly.offline.get_plotlyjs_version()


def test_publish_copies_the_bundle_once_under_a_versioned_name(tmp_path: Path) -> None:
    url = chart_bundle.publish_bundle(tmp_path)
    version = chart_bundle.bundle_version()
    assert url == f"/app/static/npm/plotly.js-basic-dist-min@{version}/plotly-basic.min.js"
    published = tmp_path / "npm" / f"plotly.js-basic-dist-min@{version}" / "plotly-basic.min.js"
    source = assets.VENDOR_DIR / chart_bundle.PACKAGE / chart_bundle.BUNDLE_FILE
    assert published.read_bytes() == source.read_bytes()
    published.write_text("kept")
    assert chart_bundle.publish_bundle(tmp_path) == url and published.read_text() == "kept"


def test_a_missing_bundle_names_the_file_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"plotly-basic\.min\.js is missing: run `make setup`"):
        chart_bundle.publish_bundle(tmp_path / "static", vendor=tmp_path / "vendor")

