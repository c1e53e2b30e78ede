"""Every test runs with its own data and cache directories, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _isolated_homes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point TIMELINE_HOME and TIMELINE_CACHE at temporary folders for the session."""
    patch = pytest.MonkeyPatch()
    patch.setenv("TIMELINE_HOME", str(tmp_path_factory.mktemp("home")))
    patch.setenv("TIMELINE_CACHE", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture(scope="module")
def fresh_gazetteer_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A module of gazetteer tests with its own home and the session's shared gazetteer cache."""
    import gazetteer

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TIMELINE_CACHE", str(tmp_path_factory.getbasetemp() / "gazetteer-cache"))
        mp.setenv("TIMELINE_HOME", str(tmp_path_factory.mktemp("home")))
        gazetteer.reload()
        yield
    gazetteer.reload()
