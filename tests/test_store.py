"""The store builds from the seeds, rebuilds incrementally and keeps corrections."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from timeline import corrections, store
from timeline.build import added_articles_dir, build_store, is_stale, recorded_inputs
from timeline.extract import events as events_module
from timeline.models import EVENT_COLUMNS
from timeline.rules_version import PACKAGES, rule_files

SYROMOLOTOV = "001_95382a98b4e2d13a"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(REPO_ROOT / "seeds", folder)
    return folder


def test_first_build_reads_every_seed_and_second_build_reuses_them(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    first = build_store([inputs], store=db)
    assert (first.read, first.extracted, first.unchanged, first.removed) == (5, 5, 0, 0)
    assert not is_stale([inputs], store=db)
    second = build_store([inputs], store=db)
    assert (second.read, second.extracted, second.unchanged) == (5, 0, 5)
    assert second.events == first.events


def test_changed_added_and_removed_articles_are_noticed(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    build_store([inputs], store=db)
    (inputs / "004_88537812834c96e8.txt").unlink()
    assert is_stale([inputs], store=db)
    with (inputs / "000_3e17881290ade8f2.txt").open("a", encoding="utf-8") as f:
        f.write("\nسطر جديد.\n")
    report = build_store([inputs], store=db)
    assert (report.read, report.extracted, report.unchanged, report.removed) == (4, 1, 3, 1)
    assert sorted(store.load_articles(db)["article_id"]) == [
        "000_3e17881290ade8f2", "001_95382a98b4e2d13a", "002_ae3ddf4379f0a20d", "003_af6d69c06c0d9781",
    ]


def test_loaded_events_have_the_contract_columns_and_offsets_index_the_stored_text(
    inputs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    build_store([inputs], store=db)
    events = store.load_events(db)
    assert tuple(events.columns) == EVENT_COLUMNS
    assert len(events) > 0
    for row in events.itertuples():
        text = store.article_text(row.article_id, db)
        assert text[row.start : row.end] == row.evidence


def test_bad_input_is_recorded_and_the_rest_is_built(inputs: Path, tmp_path: Path) -> None:
    (inputs / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary")
    db = tmp_path / "store.duckdb"
    report = build_store([inputs], store=db)
    assert report.read == 5
    assert [Path(e.path).name for e in report.errors] == ["broken.txt"]
    assert list(store.load_errors(db)["path"].map(lambda p: Path(p).name)) == ["broken.txt"]


def test_an_article_whose_extraction_fails_is_recorded_retried_and_the_rest_is_built(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract = events_module._extract

    def fail_on_one(article, find_dates):
        if article.article_id == SYROMOLOTOV:
            raise ValueError("a bug")
        return extract(article, find_dates)

    monkeypatch.setattr(events_module, "_extract", fail_on_one)
    db = tmp_path / "store.duckdb"
    report = build_store([inputs], store=db)
    assert (report.read, report.extracted, report.failed) == (5, 4, 1)
    assert [e.reason for e in report.errors] == [f"article {SYROMOLOTOV}: event extraction failed: ValueError: a bug"]
    assert report.summary().endswith("; 1 inputs skipped (1 failed extraction)")
    assert list(store.load_errors(db)["reason"]) == [report.errors[0].reason]
    assert SYROMOLOTOV not in set(store.load_events(db)["article_id"])
    again = build_store([inputs], store=db)  # tried again, and reported again
    assert (again.extracted, again.unchanged, again.failed) == (0, 4, 1)
    monkeypatch.setattr(events_module, "_extract", extract)
    fixed = build_store([inputs], store=db)
    assert (fixed.extracted, fixed.failed, fixed.errors) == (1, 0, [])
    assert SYROMOLOTOV in set(store.load_events(db)["article_id"])


def test_a_publication_date_correction_survives_rebuilds_and_resolves_relative_dates(
    inputs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    build_store([inputs], store=db)
    corrections.save(SYROMOLOTOV, published=dt.date(2018, 2, 9))
    try:
        assert is_stale([inputs], store=db)
        report = build_store([inputs], store=db)
        assert report.extracted == 1
        articles = store.load_articles(db).set_index("article_id")
        assert articles.loc[SYROMOLOTOV, "published"] == "2018-02-09"
        assert articles.loc[SYROMOLOTOV, "published_basis"] == "correction"
        events = store.load_events(db)
        dated = events[(events.article_id == SYROMOLOTOV) & events.date.notna()]
        assert "2018-02-07" in set(dated["date"])
        assert set(dated["date_basis"]) <= {"publication", "explicit", "event_relative"}
        assert build_store([inputs], store=db).extracted == 0
    finally:
        corrections.corrections_file().unlink()


def test_corrections_file_is_outside_the_repository_and_readable() -> None:
    corrections.save("some-article", source="SANA")
    try:
        path = corrections.corrections_file()
        assert REPO_ROOT not in path.parents
        assert json.loads(path.read_text(encoding="utf-8")) == {"some-article": {"source": "SANA"}}
    finally:
        corrections.corrections_file().unlink()


def test_a_build_records_its_inputs_and_a_build_naming_none_rebuilds_them(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    assert recorded_inputs(db) == []
    build_store([inputs], store=db)
    assert recorded_inputs(db) == [inputs.resolve()]
    assert not is_stale(store=db)
    (inputs / "004_88537812834c96e8.txt").unlink()
    assert is_stale(store=db)
    report = build_store(store=db)
    assert (report.read, report.extracted, report.unchanged, report.removed) == (4, 0, 4, 1)
    assert recorded_inputs(db) == [inputs.resolve()]


def test_the_articles_added_from_the_dashboard_are_always_read(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    added = added_articles_dir() / "added_for_store_test.txt"
    shutil.copyfile(inputs / "004_88537812834c96e8.txt", added)
    try:
        (inputs / "004_88537812834c96e8.txt").unlink()
        assert build_store([inputs], store=db).read == 5
        assert "added_for_store_test" in set(store.load_articles(db)["article_id"])
        assert recorded_inputs(db) == [inputs.resolve()]
    finally:
        added.unlink()


def test_the_rules_version_covers_the_extraction_code_and_data_and_nothing_else() -> None:
    named = {f"{path.parent.name}/{path.name}" for path in rule_files()}
    assert {"timeline/pipeline.py", "extract/triggers.py", "dates/finder.py", "gazetteer/resolver.py",
            "data/triggers.toml", "data/dates.toml", "data/cues.csv", "data/supplement.csv"} <= named
    assert not {"data/README.md", "data/SOURCES.md", "data/town_names_ar.csv", "timeline/build.py"} & named
    assert not [path for path in rule_files() if path.is_relative_to(PACKAGES["timeline"] / "views")]
    assert all(any(path.is_relative_to(folder) for folder in PACKAGES.values()) for path in rule_files())
