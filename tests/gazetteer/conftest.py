"""Fixtures of the gazetteer's tests: an analyst's home of their own, so that no place an analyst added
on this machine changes what the gazetteer finds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import gazetteer


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An empty analyst's home and a gazetteer reloaded to read it."""
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TIMELINE_CACHE", str(tmp_path_factory.getbasetemp() / "gazetteer-cache"))
    gazetteer.reload()
    yield tmp_path / "home"
    gazetteer.reload()
