"""One build at a time, and readers that keep reading the last finished version while a build runs
(in another process, as `python -m timeline build` beside the dashboard, or in the same one, as an
upload in one session of the dashboard while others read)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO_ROOT
from tests.store_support import SEEDS, corpus_line
from timeline import locking, store, storefile
from timeline.build import build_store
from timeline.errors import BuildRunningError, StoreCorruptError

_BUILD = ("import sys; from pathlib import Path; from timeline.build import build_store; "
          "build_store([Path(sys.argv[1])], store=Path(sys.argv[2]), batch_size=3)")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def seeded(tmp_path: Path, home: Path) -> Path:
    """A store of the seeds (the version readers have), and beside it a corpus of 150 articles to add."""
    db = tmp_path / "store.duckdb"
    build_store([SEEDS[0].parent], store=db)
    lines = [corpus_line(f"c{i:03d}", i) for i in range(150)]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return db


def _start_build(db: Path) -> subprocess.Popen:
    """`build_store` of the corpus beside `db` in another process, once it holds the store's lock."""
    process = subprocess.Popen([sys.executable, "-c", _BUILD, str(db.parent / "corpus.jsonl"), str(db)],
                               cwd=REPO_ROOT, env=os.environ.copy(), stderr=subprocess.PIPE, text=True)
    lock = storefile.lock_path(db)
    while not (lock.exists() and lock.read_text(encoding="ascii").strip() == str(process.pid)):
        assert process.poll() is None, process.stderr.read()
    return process


def test_a_second_build_while_one_runs_is_refused_naming_the_first_and_the_first_finishes(seeded: Path) -> None:
    first = _start_build(seeded)
    with pytest.raises(BuildRunningError, match=rf"another build is running \(pid {first.pid}\) on {seeded}; try "
                                                r"again when it has finished"):
        build_store(store=seeded)
    assert first.poll() is None, "the first build ended before the second was tried"
    assert first.wait(timeout=600) == 0, first.stderr.read()
    assert len(store.load_articles(seeded)) == 155


def test_the_command_line_refuses_a_second_build_with_a_clear_message(seeded: Path) -> None:
    with locking.exclusive(storefile.lock_path(seeded)):  # a build of this process holds the store
        result = subprocess.run([sys.executable, "-m", "timeline", "build", "--store", str(seeded)], cwd=REPO_ROOT,
                                capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr == f"error: another build is running (pid {os.getpid()}) on {seeded}; try again when it " \
                            "has finished\n"


def test_readers_in_another_process_see_the_last_finished_version_during_a_build(seeded: Path) -> None:
    old = store.load_events(seeded)
    with store.snapshot(seeded) as held:  # a reader that keeps its connection open across the build
        build = _start_build(seeded)
        seen, reads = set(), 0
        while build.poll() is None:
            seen.add(len(store.load_events(seeded)))  # never fails, never half a build
            reads += 1
        assert build.returncode == 0, build.stderr.read()
        new = store.load_events(seeded)
        assert reads >= 3 and len(new) > len(old)
        assert seen <= {len(old), len(new)}
        assert held.execute("SELECT count(*) FROM events").fetchall() == [(len(old),)]
    with store.snapshot(seeded) as fresh:
        assert fresh.execute("SELECT count(*) FROM events").fetchall() == [(len(new),)]


def test_readers_in_the_same_process_see_the_last_finished_version_during_a_build(seeded: Path) -> None:
    old = len(store.load_events(seeded))
    report = {}
    thread = threading.Thread(target=lambda: report.update(done=build_store([seeded.parent / "corpus.jsonl"],
                                                                           store=seeded, batch_size=3)))
    thread.start()
    seen, reads = set(), 0
    while thread.is_alive():
        seen.add(len(store.load_events(seeded)))
        reads += 1
    thread.join()
    new = len(store.load_events(seeded))
    assert report["done"].read == 155 and reads >= 3
    assert seen <= {old, new}


class _SwappedWhileOpening:
    """A connection whose first ATTACH meets a build swapping a new version of the store in: the swap
    happens and DuckDB's error for a file changed under it is raised."""

    def __init__(self, con: duckdb.DuckDBPyConnection, swaps: list) -> None:
        self.con, self.swaps = con, swaps

    def execute(self, query: str, *args):
        if query.startswith("ATTACH") and self.swaps:
            self.swaps.pop()()
            raise duckdb.IOException("IO Error: No more data remaining in MetadataReader")
        return self.con.execute(query, *args)

    def __getattr__(self, name: str):
        return getattr(self.con, name)


def test_a_reader_opening_the_store_while_a_build_swaps_it_in_reads_the_new_version(
        seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = store.load_events(seeded)
    newer = seeded.with_name("newer.duckdb")
    shutil.copyfile(seeded, newer)
    swaps = [lambda: os.replace(newer, seeded)]
    connect = duckdb.connect
    monkeypatch.setattr(duckdb, "connect", lambda *a, **k: _SwappedWhileOpening(connect(*a, **k), swaps))
    assert store.load_events(seeded).equals(old) and not swaps and not newer.exists()


def test_a_store_that_fails_to_open_without_being_swapped_is_reported_damaged(
        seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    connect = duckdb.connect
    monkeypatch.setattr(duckdb, "connect", lambda *a, **k: _SwappedWhileOpening(connect(*a, **k), [lambda: None]))
    with pytest.raises(StoreCorruptError, match=r"not a readable event store \(IO Error: No more data"):
        store.load_events(seeded)
