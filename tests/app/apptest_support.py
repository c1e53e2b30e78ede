"""The app driven by Streamlit's AppTest: one run of it on a URL's query parameters."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import REPO_ROOT

APP = str(REPO_ROOT / "app.py")


def run(query: dict | None = None) -> AppTest:
    """The app run once with the URL's `query` parameters, asserted to raise nothing."""
    at = AppTest.from_file(APP, default_timeout=180)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
