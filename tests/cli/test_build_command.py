"""``build`` and ``extract`` on the command line: the store's inputs are added to and forgotten on
request, a damaged store is moved aside with a message, and repeated article ids are reported by
file and line, never printed twice."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.store_support import SEEDS, corpus_line


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TIMELINE_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=REPO_ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def test_build_adds_inputs_and_forget_drops_one_with_its_articles(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "store.duckdb"
    corpus.write_text(corpus_line("c1", 0) + "\n" + corpus_line("c2", 1) + "\n", encoding="utf-8")
    first = run("build", str(corpus), "--store", str(db), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stderr.splitlines()[-1].startswith("2 articles read, 2 extracted, 0 unchanged, 0 removed;")
    second = run("build", "seeds/", "--store", str(db), home=tmp_path)
    assert second.stderr.splitlines()[-1].startswith("7 articles read, 5 extracted, 2 unchanged, 0 removed;")
    forgot = run("build", "--forget", str(corpus), "--store", str(db), home=tmp_path)
    assert forgot.stderr.splitlines()[-1].startswith("5 articles read, 0 extracted, 5 unchanged, 2 removed;")


def test_build_moves_a_damaged_store_aside_and_says_where(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    db.write_bytes(b"\0garbage" * 512)
    result = run("build", "seeds/", "--store", str(db), home=tmp_path)
    assert result.returncode == 0, result.stderr
    aside = next(tmp_path.glob("store.corrupt-*.duckdb"))
    assert result.stderr.startswith(f"the store could not be read (IO Error: The file \"{db}\" exists, but it is "
                                    f"not a valid DuckDB database file!): moved aside to {aside}; built anew\n")
    assert aside.read_bytes() == b"\0garbage" * 512


def test_extract_reports_repeated_article_ids_and_prints_each_event_and_incident_once(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "copy").mkdir(parents=True)
    shutil.copyfile(SEEDS[0], folder / SEEDS[0].name)
    shutil.copyfile(SEEDS[0], folder / "copy" / SEEDS[0].name)  # the same id (its name) twice
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join([corpus_line("c1", 1), corpus_line("c1", 2)]) + "\n", encoding="utf-8")
    incidents = tmp_path / "incidents.jsonl"
    result = run("extract", str(folder), "--incidents", str(incidents), home=tmp_path)
    assert result.returncode == 0, result.stderr
    event_ids = [json.loads(line)["event_id"] for line in result.stdout.splitlines()]
    incident_ids = [json.loads(line)["incident_id"] for line in incidents.read_text(encoding="utf-8").splitlines()]
    assert event_ids and len(set(event_ids)) == len(event_ids)
    assert len(set(incident_ids)) == len(incident_ids)
    assert result.stderr.splitlines()[1:] == [
        f"skipped {folder / 'copy' / SEEDS[0].name}: article id {SEEDS[0].stem} is already that of the article at "
        f"{folder / SEEDS[0].name}; this one is left out",
        f"skipped {corpus}:2: article id c1 is already that of the article at {corpus}:1; this one is left out",
        "2 inputs skipped",
    ]
