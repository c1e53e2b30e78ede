"""A build in a child process (the dashboard's uploads) gives the build's own report, progress and errors."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from tests.store_support import SEEDS, corpus_line
from timeline import locking, store, storefile
from timeline.apart import BuildProcessError, build_store_apart
from timeline.build import build_store
from timeline.errors import BuildRunningError


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_a_build_in_a_child_stores_what_a_build_in_the_process_stores(tmp_path: Path, home: Path) -> None:
    seeds = SEEDS[0].parent
    seen: list[tuple[int, int, str]] = []
    report = build_store_apart([seeds], tmp_path / "apart.duckdb", progress=lambda *step: seen.append(step))
    here = build_store([seeds], tmp_path / "here.duckdb")
    assert report.summary() == here.summary()
    assert report.extracted == len(SEEDS)
    assert seen[-1][:2] == (len(SEEDS), len(SEEDS))
    columns = ["event_id", "event_type", "date", "place", "killed"]
    apart = store.load_events(tmp_path / "apart.duckdb")[columns].sort_values("event_id", ignore_index=True)
    alone = store.load_events(tmp_path / "here.duckdb")[columns].sort_values("event_id", ignore_index=True)
    assert apart.equals(alone)


def test_the_childs_refusal_reaches_the_caller_with_the_pid_of_the_running_build(tmp_path: Path, home: Path) -> None:
    db = tmp_path / "store.duckdb"
    build_store([SEEDS[0].parent], db)
    with locking.exclusive(storefile.lock_path(db)), pytest.raises(BuildRunningError) as refused:
        build_store_apart([SEEDS[0].parent], db)
    assert refused.value.pid is not None
    assert "another build is running" in str(refused.value)


def test_a_child_killed_mid_build_is_an_error_and_the_store_stays_as_it_was(tmp_path: Path, home: Path) -> None:
    db = tmp_path / "store.duckdb"
    build_store([SEEDS[0].parent], db)
    before = store.load_events(db).sort_values("event_id", ignore_index=True)
    lines = [corpus_line(f"c{i:03d}", i) for i in range(300)]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def kill_the_child(*_: object) -> None:
        for child in multiprocessing.active_children():
            child.kill()

    with pytest.raises(BuildProcessError, match="ended with exit code -9 and no report; the store is as it was"):
        build_store_apart([SEEDS[0].parent, tmp_path / "corpus.jsonl"], db, progress=kill_the_child)
    assert store.load_events(db).sort_values("event_id", ignore_index=True).equals(before)
