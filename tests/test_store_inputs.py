"""What a build reads and keeps: ids stay unique, unreadable inputs keep their articles, only what
changed is read again, and the store's inputs are added to, never replaced."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.store_support import SEEDS, corpus_line, mixed_inputs, store_contents
from timeline import store
from timeline.build import add_article_file, added_articles_dir, build_store, is_stale, recorded_inputs
from timeline.engines import local

SEED_ID = SEEDS[0].stem


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS[0].parent, folder)
    return folder


def _unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `folder` unlistable: its mode, and (for root, whom modes do not stop) its listing."""
    folder.chmod(0)
    listing = os.scandir

    def refuse(path=".", *args):
        if os.fspath(path) == str(folder):
            raise PermissionError(13, "Permission denied", str(folder))
        return listing(path, *args)

    monkeypatch.setattr(os, "scandir", refuse)


def _errors(report) -> list[str]:
    return [str(error) for error in report.errors]


def test_two_corpus_lines_with_one_id_keep_the_first_and_report_the_second_by_file_and_line(
    tmp_path: Path, home: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join([corpus_line("x1", 0), corpus_line("x2", 1), corpus_line("x1", 2),
                                 corpus_line("x2", 1)]) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    report = build_store([corpus], store=db)
    assert _errors(report) == [
        f"{corpus}:3: article id x1 is already that of another article at {corpus}:1; this one is left out",
        f"{corpus}:4: article id x2 is already that of the same text at {corpus}:2; this one is left out",
    ]
    assert (report.read, report.duplicates) == (2, 2)
    articles = store.load_articles(db)
    assert list(articles["article_id"]) == ["x1", "x2"] and list(articles["path"]) == [f"{corpus}:1", f"{corpus}:2"]
    events = store.load_events(db)
    assert events["event_id"].is_unique and store.load_incidents(db)["incident_id"].is_unique


def test_a_duplicate_takes_the_id_over_when_the_article_holding_it_goes(tmp_path: Path, home: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, seed in ((first, SEEDS[0]), (second, SEEDS[1])):
        folder.mkdir()
        shutil.copyfile(seed, folder / "same.txt")
    db = tmp_path / "store.duckdb"
    report = build_store([second, first], store=db)
    assert _errors(report) == [f"{second / 'same.txt'}: article id same is already that of another article at "
                               f"{first / 'same.txt'}; this one is left out"]
    assert list(store.load_articles(db)["path"]) == [str(first / "same.txt")]
    (first / "same.txt").unlink()
    again = build_store(store=db)
    assert (again.errors, again.extracted, again.removed) == ([], 1, 0)  # the id is still there
    assert list(store.load_articles(db)["path"]) == [str(second / "same.txt")]
    clean = tmp_path / "clean.duckdb"
    build_store([second, first], store=clean)
    assert store_contents(db) == store_contents(clean)


def test_an_upload_named_like_a_seed_or_like_an_earlier_upload_is_kept_apart(seeds: Path, tmp_path: Path,
                                                                               home: Path) -> None:
    db = tmp_path / "store.duckdb"
    build_store([seeds], store=db)
    seed_events = store.load_events(db).query("article_id == @SEED_ID").drop(columns="incident_id")
    other = SEEDS[1].read_bytes()
    named_like_seed = add_article_file(f"{SEED_ID}.txt", other, store=db)
    assert named_like_seed.name == f"{SEED_ID}-2.txt"
    again = add_article_file("../note.txt", SEEDS[2].read_bytes(), store=db)
    twice = add_article_file("note.txt", SEEDS[3].read_bytes(), store=db)
    assert (again.name, twice.name) == ("note.txt", "note-2.txt")
    assert add_article_file("copy.txt", other, store=db) == named_like_seed  # the same bytes are not added twice
    assert sorted(p.name for p in added_articles_dir().iterdir()) == [f"{SEED_ID}-2.txt", "note-2.txt", "note.txt"]
    report = build_store(store=db)
    assert (report.extracted, report.errors) == (3, [])
    events = store.load_events(db)
    unchanged = events.query("article_id == @SEED_ID").drop(columns="incident_id")
    assert unchanged.reset_index(drop=True).equals(seed_events.reset_index(drop=True))
    assert {f"{SEED_ID}-2", "note", "note-2"} <= set(store.load_articles(db)["article_id"])


def test_an_unreadable_sub_folder_is_reported_and_its_articles_are_kept(
    seeds: Path, tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sub = seeds / "sub"
    sub.mkdir()
    for seed in SEEDS[:2]:
        shutil.copyfile(seed, sub / f"sub_{seed.name}")
    db = tmp_path / "store.duckdb"
    assert build_store([seeds], store=db).read == 7
    before = store_contents(db)["events"]
    _unreadable(sub, monkeypatch)
    try:
        report = build_store(store=db)
    finally:
        sub.chmod(0o755)
    assert _errors(report) == [f"{sub}: cannot read the folder: Permission denied; its articles are kept as they were"]
    assert (report.read, report.removed) == (7, 0)
    assert store_contents(db)["events"] == before


def test_a_missing_input_keeps_its_articles_and_a_deleted_file_takes_its_own(seeds: Path, tmp_path: Path,
                                                                            home: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(corpus_line("c1", 0) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    build_store([seeds, corpus], store=db)
    corpus.rename(tmp_path / "elsewhere.jsonl")  # an unplugged drive, a moved corpus
    (seeds / SEEDS[0].name).unlink()
    report = build_store(store=db)
    assert _errors(report) == [f"{corpus}: no such file or folder; its articles are kept as they were "
                               "(`python -m timeline build --forget PATH` removes them)"]
    assert (report.read, report.removed) == (5, 1)
    assert "c1" in set(store.load_articles(db)["article_id"])
    forgot = build_store(store=db, forget=[corpus])
    assert (forgot.read, forgot.removed, forgot.errors) == (4, 1, [])
    assert recorded_inputs(db) == [seeds.resolve()]


def test_a_build_reads_only_the_files_that_changed(seeds: Path, tmp_path: Path, home: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "store.duckdb"
    build_store([seeds], store=db)
    read: list[str] = []
    reader = local.read_inputs

    def counting(paths):
        read.extend(str(p) for p in paths)
        return reader(paths)

    monkeypatch.setattr(local, "read_inputs", counting)
    os.utime(seeds / SEEDS[1].name, ns=(1, 1))  # a new time, the same content: not read again
    shutil.copyfile(SEEDS[0], seeds / "new.txt")
    assert is_stale(store=db)
    report = build_store(store=db)
    assert read == [str(seeds / "new.txt")]
    assert (report.read, report.extracted, report.unchanged) == (6, 1, 5)
    assert not is_stale(store=db)
    assert build_store(store=db).extracted == 0 and read == [str(seeds / "new.txt")]


def test_a_build_adds_its_inputs_to_the_stores_and_never_drops_what_another_command_added(
    seeds: Path, tmp_path: Path, home: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(corpus_line("c1", 0) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    build_store([corpus], store=db)  # `python -m timeline build corpus.jsonl`
    report = build_store([seeds], store=db)  # then the dashboard, opening on the seeds
    assert (report.read, report.removed) == (6, 0)
    assert recorded_inputs(db) == [corpus.resolve(), seeds.resolve()]
    assert not is_stale([seeds], store=db) and not is_stale(store=db)


def test_extraction_in_two_processes_gives_the_store_of_one(tmp_path: Path, home: Path) -> None:
    folder = mixed_inputs(tmp_path / "inputs")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    build_store([folder], store=one, batch_size=4)
    report = build_store([folder], store=two, jobs=2, batch_size=4)
    assert report.extracted == 19
    assert store_contents(one) == store_contents(two)


def test_a_store_of_the_first_schema_is_built_anew_from_the_inputs_it_recorded(seeds: Path, tmp_path: Path,
                                                                               home: Path) -> None:
    db = tmp_path / "store.duckdb"
    with duckdb.connect(str(db)) as con:  # the tables of the first version, with a JSON list of inputs
        con.execute("CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, path VARCHAR, title VARCHAR, "
                    "source VARCHAR, source_ar VARCHAR, source_basis VARCHAR, published VARCHAR, "
                    "published_basis VARCHAR, url VARCHAR, cited_sources VARCHAR, sha1 VARCHAR, text VARCHAR)")
        con.execute("CREATE TABLE extracted (article_id VARCHAR PRIMARY KEY, events VARCHAR)")
        con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("INSERT INTO meta VALUES ('inputs', ?)", [json.dumps([str(seeds)])])
    assert recorded_inputs(db) == [seeds] and is_stale(store=db)
    report = build_store(store=db)
    assert report.notes == [f"the store {db} is of an older version: built anew from its inputs"]
    assert (report.read, report.extracted) == (5, 5)
    assert recorded_inputs(db) == [seeds.resolve()]
