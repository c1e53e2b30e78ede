"""A build killed at any point (``kill -9``) loses nothing: the next build ends with the store that a
clean build of the same inputs gives, and readers meanwhile see the last finished version."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.store_support import SEEDS, corpus_line, mixed_inputs, store_contents
from timeline import corrections, store, storefile
from timeline.build import build_store

KILLS = 24
BATCH = 3  #: small batches, so that a build commits several transactions a kill can fall between
_BUILD = ("import sys; from pathlib import Path; from timeline.build import build_store; "
          "build_store([Path(sys.argv[1])], store=Path(sys.argv[2]), batch_size=int(sys.argv[3]))")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory of the test's own (added articles, corrections), here and in the builds it starts."""
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _change_inputs(folder: Path, rng: random.Random, step: int) -> str:
    """Rewrite the corpus (so that the next build has many articles to extract) and make one more
    change: a file removed or restored, a duplicate id, a correction; what was done."""
    lines = [corpus_line(f"c{i:03d}", i + step) for i in range(rng.randint(8, 16))]
    change = rng.choice(["remove a seed", "restore the seeds", "duplicate id", "correction", "new file"])
    if change == "remove a seed":
        for path in sorted(folder.glob("*.txt"))[:1]:
            path.unlink()
    elif change == "restore the seeds":
        for seed in SEEDS:
            (folder / seed.name).write_bytes(seed.read_bytes())
    elif change == "duplicate id":
        lines.append(corpus_line("c000", step + 7))
    elif change == "correction":
        corrections.save(f"c{rng.randint(0, 7):03d}", published=dt.date(2017, 1, 1 + step % 28))
    else:
        (folder / "more" / f"new_{step}.txt").write_bytes(SEEDS[step % len(SEEDS)].read_bytes())
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return change


def _started(process: subprocess.Popen, lock: Path, timeout: float = 300) -> bool:
    """Wait until `process` holds the store's lock (its build has begun); False if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if lock.exists() and lock.read_text(encoding="ascii").strip() == str(process.pid):
            return True
        time.sleep(0.005)
    raise TimeoutError("the build did not start")


def test_a_build_killed_at_random_points_and_run_again_equals_a_clean_build(tmp_path: Path, home: Path) -> None:
    rng = random.Random(18)
    folder = mixed_inputs(tmp_path / "inputs")
    db, lock = tmp_path / "store.duckdb", storefile.lock_path(tmp_path / "store.duckdb")
    build_store([folder], store=db, batch_size=BATCH)
    window, killed, step = 1.0, 0, 0
    while killed < KILLS:
        step += 1
        assert step < 3 * KILLS, f"only {killed} of {step} builds were killed while running"
        change = _change_inputs(folder, rng, step)
        process = subprocess.Popen([sys.executable, "-c", _BUILD, str(folder), str(db), str(BATCH)],
                                   cwd=REPO_ROOT, env=os.environ.copy(), stderr=subprocess.DEVNULL)
        if _started(process, lock):
            time.sleep(rng.uniform(0, window))
            process.send_signal(signal.SIGKILL)
        killed += process.wait() == -signal.SIGKILL
        start = time.monotonic()
        rerun = build_store(store=db, batch_size=BATCH)
        window = max(0.2, 1.2 * (time.monotonic() - start))
        clean = tmp_path / f"clean-{step}.duckdb"
        build_store([folder], store=clean, batch_size=BATCH)
        assert store_contents(db) == store_contents(clean), f"step {step} ({change}); rerun: {rerun.summary()}"
        clean.unlink()
    assert not storefile.working_path(db).exists()


def test_a_crash_after_the_first_batch_loses_nothing_and_the_store_keeps_its_last_version(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = mixed_inputs(tmp_path / "inputs")
    db = tmp_path / "store.duckdb"
    build_store([SEEDS[0].parent], store=db)
    before = store_contents(db)
    ingest = store.ingest
    calls = []

    def crash_after_one(*args, **kwargs):
        if calls:
            raise KeyboardInterrupt("crash")
        calls.append(1)
        return ingest(*args, **kwargs)

    monkeypatch.setattr("timeline.build.ingest", crash_after_one)
    with pytest.raises(KeyboardInterrupt):
        build_store([folder], store=db, batch_size=BATCH)
    assert store_contents(db) == before  # readers still see the last finished build
    assert storefile.working_path(db).exists()  # with the batch it committed
    monkeypatch.setattr("timeline.build.ingest", ingest)
    again = build_store([folder], store=db, batch_size=BATCH)
    assert "went on from the build that did not finish" in again.notes
    clean = tmp_path / "clean.duckdb"
    build_store([SEEDS[0].parent, folder], store=clean, batch_size=BATCH)
    assert store_contents(db) == store_contents(clean)
