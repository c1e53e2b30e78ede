"""Files of the store's inputs that could not be read are named on the page with the reason, driven by
AppTest: an analyst whose folder holds an empty file, a binary one and a corpus with a broken line sees
which, while the rest of the folder is in the store; a file read with a bad byte is said to be read
with a warning."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.app.apptest_support import run
from tests.conftest import REPO_ROOT
from timeline import store
from timeline.build import build_store

SEED = REPO_ROOT / "seeds" / "001_95382a98b4e2d13a.txt"


@pytest.fixture
def folder_with_broken_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store built from a folder of one good article, one with a bad byte and three broken inputs."""
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copyfile(SEED, folder / SEED.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(bytes(range(256)) * 8)
    good_line = json.dumps({"id": "c1", "text": "نص"}, ensure_ascii=False)
    text = SEED.read_bytes()
    (folder / "damaged.txt").write_bytes(text[:300] + b"\xff" + text[300:])
    (folder / "feed.jsonl").write_text('{"id": "c0", "text": \n' + good_line + "\n", encoding="utf-8")
    build_store([folder])
    return folder


def test_the_files_that_could_not_be_read_are_named_with_their_reason(folder_with_broken_files: Path) -> None:
    folder = folder_with_broken_files
    at = run()
    assert SEED.stem in set(store.load_articles()["article_id"])
    [warning] = [w.value for w in at.sidebar.warning if "could not be read" in w.value]
    said = warning.replace("\\", "")
    assert said.startswith("3 inputs could not be read, 1 read with a warning; the others are in the store:")
    assert f"{folder / 'empty.txt'}: empty file" in said
    assert f"{folder / 'scan.txt'}: binary or undecodable content" in said
    assert f"{folder / 'feed.jsonl'}:1: malformed JSON line" in said
    assert f"{folder / 'damaged.txt'}: warning: invalid UTF-8 byte at offset 299" in said
