"""A file read with a warning (a few invalid UTF-8 bytes replaced by U+FFFD) is in the store with its
events, and every build says so: a warning, not an input skipped, whether the build read the file or
found its problem in the store."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO_ROOT
from timeline import store
from timeline.build import build_store

SEED = REPO_ROOT / "seeds" / "001_95382a98b4e2d13a.txt"


def test_a_file_with_a_bad_byte_is_read_with_a_warning_by_every_build(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    text = SEED.read_bytes()
    (folder / "damaged.txt").write_bytes(text[:300] + b"\xff" + text[300:])
    db = tmp_path / "store.duckdb"
    for build in ("first", "again"):
        report = build_store([folder], db)
        [problem] = report.errors
        assert problem.is_warning, build
        assert str(problem).startswith(f"{folder / 'damaged.txt'}: warning: invalid UTF-8 byte at offset 299"), build
        assert "skipped" not in report.summary(), build
        assert "damaged" in set(store.load_articles(db)["article_id"])
