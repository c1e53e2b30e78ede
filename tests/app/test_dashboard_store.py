"""The dashboard and the store: it opens the store the command line built (never discarding it), gets
past a damaged store, and shows the last version with a message while another build runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO_ROOT
from tests.store_support import SEEDS, corpus_line
from timeline import locking, store, storefile
from timeline.build import added_articles_dir, build_store
from timeline.views.filters import Filters, apply

APP = str(REPO_ROOT / "app.py")


@pytest.fixture
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    return tmp_path / "home"


def run() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def captions(at: AppTest) -> list[str]:
    """The captions as the page shows them (the app escapes every punctuation mark of Markdown)."""
    return [re.sub(r"\\(.)", r"\1", c.value) for c in at.caption]


def events_shown(at: AppTest) -> int:
    return next(int(m.value.replace(",", "")) for m in at.metric if m.label == "Events")


def events_in_view() -> int:
    """The events of the store that the dashboard's first view shows."""
    view, _ = apply(store.load_events(), Filters())
    return len(view)


def test_the_dashboard_opens_the_store_the_command_line_built(own_home: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(corpus_line(f"c{i}", i) for i in range(3)) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "timeline", "build", str(corpus)], cwd=REPO_ROOT, check=True,
                   env=os.environ.copy(), capture_output=True, timeout=600)
    built = events_in_view()
    at = run()
    assert not [c for c in captions(at) if "articles read" in c]  # nothing to rebuild
    assert sorted(store.load_articles()["article_id"]) == ["c0", "c1", "c2"]  # the seeds were not added
    assert events_shown(at) == built > 0


def test_a_damaged_store_is_moved_aside_and_the_dashboard_opens_on_a_new_one(own_home: Path) -> None:
    own_home.mkdir(parents=True)
    (own_home / "store.duckdb").write_bytes(b"garbage" * 1000)
    at = run()
    aside = next(own_home.glob("store.corrupt-*.duckdb"))
    assert any(f"moved aside to {aside}; built anew" in c and "5 articles read" in c for c in captions(at))
    assert events_shown(at) == events_in_view() > 0


def test_while_another_build_runs_the_dashboard_says_so_and_shows_the_last_version(own_home: Path) -> None:
    build_store([SEEDS[0].parent])
    shown = events_in_view()
    (added_articles_dir() / "added.txt").write_bytes(SEEDS[0].read_bytes().replace(b"\n", b"\n\n", 1))
    with locking.exclusive(storefile.lock_path(store.default_store())):  # a build of the command line
        at = run()
    assert [w.value for w in at.warning] == [f"another build is running (pid {os.getpid()}) on "
                                             f"{store.default_store()}; try again when it has finished"]
    assert events_shown(at) == shown
