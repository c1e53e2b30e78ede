"""The date reader's grammar is compiled once for the session, before any timed property test."""

from __future__ import annotations

import pytest

from timeline.dates import find_dates


@pytest.fixture(autouse=True, scope="session")
def _compiled_grammar() -> None:
    find_dates("")
