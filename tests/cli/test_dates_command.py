"""``python -m timeline dates``: one JSON array per input line, each mention in its public JSON form."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT
from timeline.cli import main
from timeline.dates import find_dates
from timeline.models import DateMention

LINES = "قصفت الطائرات أمس الخميس البلدة\nلا تاريخ هنا\nفي 3 آذار 2016 وبعد يومين\n"
#: The fields every mention has had since the command exists, first; then what the mention also says.
FIRST_FIELDS = ("text", "start", "end", "date", "end_date", "precision")
EXPECTED = [
    [
        {
            "text": "أمس الخميس",
            "start": 14,
            "end": 24,
            "date": "2016-07-14",
            "end_date": "2016-07-14",
            "precision": "day",
            "kind": "relative",
            "weekday_conflict": False,
            "needs_reference": True,
            "relative_days": None,
            "date_basis": "reference",
            "anchor_start": None,
            "anchor_end": None,
        }
    ],
    [],
    [
        {
            "text": "3 آذار 2016",
            "start": 3,
            "end": 14,
            "date": "2016-03-03",
            "end_date": "2016-03-03",
            "precision": "day",
            "kind": "absolute",
            "weekday_conflict": False,
            "needs_reference": False,
            "relative_days": None,
            "date_basis": "explicit",
            "anchor_start": None,
            "anchor_end": None,
        },
        # Two days after the date written before it on the line: that date is its anchor.
        {
            "text": "بعد يومين",
            "start": 16,
            "end": 25,
            "date": "2016-03-05",
            "end_date": "2016-03-05",
            "precision": "day",
            "kind": "event_relative",
            "weekday_conflict": False,
            "needs_reference": False,
            "relative_days": 2,
            "date_basis": "anchor",
            "anchor_start": 3,
            "anchor_end": 14,
        },
    ],
]


def main_dates(argv: list[str]) -> int:
    return main(["dates", *argv], prog="python -m timeline")


def test_main_dates(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(LINES))
    assert main_dates(["--reference", "2016-07-15"]) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == EXPECTED


def test_each_mention_is_printed_whole_in_its_public_form(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the date reader adds to a mention shows without a change to the command."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(LINES))
    assert main_dates(["--reference", "2016-07-15"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    found = [[m.to_public_dict() for m in find_dates(line, dt.date(2016, 7, 15))] for line in LINES.splitlines()]
    assert printed == found
    names = {f.name for f in dataclasses.fields(DateMention)} - {"value", "end_value"} | {"date", "end_date"}
    (yesterday,) = printed[0]
    assert tuple(yesterday)[: len(FIRST_FIELDS)] == FIRST_FIELDS and set(yesterday) == names
    assert (yesterday["kind"], yesterday["needs_reference"]) == ("relative", True)


def test_main_dates_without_reference_leaves_relative_dates_unresolved(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("الخميس المقبل\n"))
    assert main_dates([]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["date"], row["end_date"], row["precision"]) == (None, None, "day")


def test_main_dates_prefer_future(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("الخميس\n"))
    assert main_dates(["--reference", "2016-07-15", "--prefer", "future"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["date"] == "2016-07-21"


def test_main_dates_rejects_a_bad_reference(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main_dates(["--reference", "15/07/2016"])
    assert exit_info.value.code == 2


def test_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "dates", "--reference", "2016-07-15"],
        input=LINES,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        check=True,
        timeout=120,
    )
    assert [json.loads(line) for line in done.stdout.splitlines()] == EXPECTED
