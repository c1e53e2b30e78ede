"""A damaged store is moved aside and rebuilt, a bad correction is reported and skipped, and a
folder the store cannot be written in says so; each with a message naming the file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.store_support import SEEDS, store_contents
from timeline import corrections, store
from timeline.build import build_store, is_stale
from timeline.errors import DataFileError, StoreCorruptError, StoreWriteError

SEED_ID = SEEDS[1].stem


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def built(tmp_path: Path, home: Path) -> Path:
    """A store built from a copy of the seeds."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS[0].parent, folder)
    db = tmp_path / "store.duckdb"
    build_store([folder], store=db)
    return db


def _truncate(db: Path) -> None:
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 2)


def _garbage(db: Path) -> None:
    db.write_bytes(b"not a database " * 1000)


def _damaged_block(db: Path) -> None:
    with db.open("r+b") as f:
        f.seek(db.stat().st_size // 2)
        f.write(b"\xff" * 8192)


@pytest.mark.parametrize("damage", [_truncate, _garbage, _damaged_block])
def test_a_damaged_store_is_moved_aside_named_and_built_anew(built: Path, tmp_path: Path, damage) -> None:
    clean = store_contents(built)
    damage(built)
    damaged = built.read_bytes()
    assert is_stale(store=built)
    report = build_store([tmp_path / "seeds"], store=built)
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("store.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept as it was, for inspection
    assert any(note.endswith(f"moved aside to {aside[0]}; built anew") for note in report.notes), report.notes
    assert store_contents(built) == clean


@pytest.mark.parametrize("damage", [_truncate, _garbage])
def test_reading_a_damaged_store_says_which_file_and_what_to_do(built: Path, damage) -> None:
    damage(built)
    with pytest.raises(StoreCorruptError, match=r"store\.duckdb: not a readable event store .*`python -m timeline "
                                                r"build` moves it aside and builds a new one"):
        store.load_events(built)


def test_bad_corrections_are_reported_by_file_article_and_field_and_the_others_applied(built: Path,
                                                                                     home: Path) -> None:
    path = corrections.corrections_file()
    path.write_text(json.dumps({
        SEED_ID: {"published": "2016-13-45", "source": "Enab Baladi"},
        SEEDS[2].stem: "SANA",
        SEEDS[3].stem: {"published": "2017-02-03", "outlet": "SANA"},
        SEEDS[4].stem: {"source": 5},
    }), encoding="utf-8")
    report = build_store(store=built)
    assert [str(e) for e in report.errors] == [
        f"{path}: article {SEED_ID}: field published: not a date: '2016-13-45' (write it as 2016-09-16); skipped",
        f"{path}: article {SEEDS[2].stem}: not an object of fields ('SANA'); skipped",
        f"{path}: article {SEEDS[3].stem}: unknown field 'outlet' (known: published, source); skipped",
        f"{path}: article {SEEDS[4].stem}: field source: not an outlet name: 5; skipped",
    ]
    articles = store.load_articles(built).set_index("article_id")
    assert (articles.loc[SEED_ID, "source"], articles.loc[SEED_ID, "source_basis"]) == ("Enab Baladi", "correction")
    assert articles.loc[SEEDS[3].stem, "published"] == "2017-02-03"
    assert report.extracted == 2


def test_a_corrections_file_that_is_not_json_keeps_the_corrections_applied_before(built: Path, home: Path) -> None:
    corrections.save(SEED_ID, source="Enab Baladi")
    build_store(store=built)
    path = corrections.corrections_file()
    path.write_text('{"' + SEED_ID + '": {"source": "Enab', encoding="utf-8")  # cut short by a crash
    report = build_store(store=built)
    assert [str(e) for e in report.errors] == [
        f"{path}: not valid JSON (Unterminated string starting at: line 1 column 37 (char 36)); "
        "the 1 corrections applied before are kept"]
    assert (report.extracted, store.load_articles(built).set_index("article_id").loc[SEED_ID, "source"]) == (
        0, "Enab Baladi")
    with pytest.raises(DataFileError, match=r"corrections\.json: not valid JSON"):
        corrections.save(SEED_ID, source="SANA")  # refused rather than overwriting what the analyst wrote
    assert path.read_text(encoding="utf-8").endswith('"Enab')


def test_a_read_only_data_folder_says_so_and_the_store_stays_readable(built: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = built.parent
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (  # root ignores modes: ask them
        not (mode & os.W_OK and Path(path) == folder) and access(path, mode, **kw)))
    before = store_contents(built)
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreWriteError, match=rf"cannot build the event store {built}: its folder {folder} is "
                                                  r"read-only\. The store there can still be read"):
            build_store(store=built)
    finally:
        folder.chmod(0o755)
    assert store_contents(built) == before
    assert len(store.load_events(built)) > 0
