"""The command lines work as the README says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from tests.conftest import REPO_ROOT
from timeline.models import EVENT_COLUMNS, Event


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO_ROOT, input=stdin, capture_output=True, text=True, timeout=300
    )


def test_extract_seeds_prints_one_valid_event_per_line() -> None:
    result = run("timeline", "extract", "seeds/")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (REPO_ROOT / "seeds").glob("*.txt")}
    for line in lines:
        data = json.loads(line)
        assert tuple(data) == EVENT_COLUMNS
        event = Event.from_dict(data)
        assert event.evidence.strip() in texts[event.article_id]
    assert "5 articles read" in result.stderr


def test_extract_writes_csv_and_parquet_with_the_same_rows(tmp_path: Path) -> None:
    csv_out, parquet_out = tmp_path / "events.csv", tmp_path / "events.parquet"
    assert run("timeline", "extract", "seeds/", "--out", str(csv_out)).returncode == 0
    assert run("timeline", "extract", "seeds/", "--out", str(parquet_out)).returncode == 0
    from_csv = pd.read_csv(csv_out, encoding="utf-8-sig")
    from_parquet = pd.read_parquet(parquet_out)
    assert list(from_parquet.columns)[: len(EVENT_COLUMNS)] == list(EVENT_COLUMNS)
    assert list(from_csv["event_id"]) == list(from_parquet["event_id"])


def test_extract_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = run("timeline", "extract", "seeds/", str(bad))
    assert result.returncode == 0
    assert "empty.txt" in result.stderr
    assert "1 inputs skipped" in result.stderr


def test_extract_fails_when_nothing_can_be_read(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = run("timeline", "extract", str(bad))
    assert result.returncode == 1
    assert "empty.txt" in result.stderr


def test_unknown_command_is_refused() -> None:
    result = run("timeline", "frobnicate")
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr


def test_gazetteer_lookup_manbij() -> None:
    result = run("gazetteer", "lookup", "منبج")
    assert result.returncode == 0, result.stderr
    place = json.loads(result.stdout)
    assert {"name", "name_ar", "lat", "lon", "feature", "admin1", "country"} <= set(place)
    assert place["country"] == "SY"
    assert abs(place["lat"] - 36.53) < 0.05 and abs(place["lon"] - 37.95) < 0.05


def test_gazetteer_lookup_of_nothing_exits_1() -> None:
    assert run("gazetteer", "lookup", "كلمةلامكانلها").returncode == 1
