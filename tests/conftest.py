"""Every test runs with its own data and cache directories, never the user's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

#: Property tests assert behaviour, never time: a first example that loads a table or imports numpy on a loaded
#: machine must not fail a deadline (performance is measured by the scripts under bench/).
settings.register_profile("behaviour_only", deadline=None)
settings.load_profile("behaviour_only")

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


@pytest.fixture
def stale_seed_store(tmp_path: Path) -> dict[str, str]:
    """The environment of a user whose store (in ``tmp_path/home``) was built from a folder holding four
    of the seeds, to which the fifth was added since: the next build reads five articles."""
    env = {**os.environ, "TIMELINE_HOME": str(tmp_path / "home"), "TIMELINE_CACHE": str(tmp_path / "cache")}
    folder = tmp_path / "articles"
    *first, last = sorted((REPO_ROOT / "seeds").glob("*.txt"))
    folder.mkdir()
    for seed in first:
        shutil.copyfile(seed, folder / seed.name)
    subprocess.run([sys.executable, "-m", "timeline", "build", str(folder)], cwd=REPO_ROOT, env=env, check=True,
                   capture_output=True, timeout=300)
    shutil.copyfile(last, folder / last.name)
    return env
