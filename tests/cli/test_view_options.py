"""``brief`` and ``export`` take every filter of the dashboard's URL: the URL, the options and `apply`
show the same view."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import pytest

from tests.conftest import REPO_ROOT
from tests.views.test_filters import frame, ids
from timeline import store
from timeline.cli import parser
from timeline.cli.views import chosen_view, run_brief, view_lanes
from timeline.views.filters import Filters, apply

#: (URL query, the same view as options, the same view as `Filters`, the events in view)
CASES = [
    ({"sources": "SANA"}, ["--source", "sana"], Filters(sources=("SANA",)), ["a", "d"]),
    ({"types": "airstrike", "date_from": "2016-01-01"}, ["--type", "airstrike", "--from", "2016-01-01"],
     Filters(types=("airstrike",), date_from=dt.date(2016, 1, 1)), ["a", "c"]),
    ({"countries": "IQ", "min_killed": "10"}, ["--country", "iq", "--min-killed", "10"],
     Filters(countries=("IQ",), min_killed=10), ["c", "d"]),
    ({"actors": ["russia", "isis"], "include_coarse": "0"}, ["--actor", "Russia", "isis", "--no-include-coarse"],
     Filters(actors=("russia", "isis"), include_coarse=False), ["a", "d"]),
    ({"text": "سوريا", "include_inferred": "0"}, ["--text", "سوريا", "--no-include-inferred"],
     Filters(text="سوريا", include_inferred=False), ["a"]),
    ({"admin1": ["Idlib", "Aleppo"], "date_to": "2016-06-30"},
     ["--governorate", "idlib", "aleppo", "--to", "2016-06-30"],
     Filters(admin1=("Idlib", "Aleppo"), date_to=dt.date(2016, 6, 30)), ["a"]),
    ({"date_from": "2013-01-01", "sources": ["Elaph", "Al-Watan"]}, ["--from", "2013-01-01", "--source", "elaph",
     "--source", "AL-WATAN"], Filters(date_from=dt.date(2013, 1, 1), sources=("Elaph", "Al-Watan")), ["b", "c", "f"]),
]
IDS = ["outlet", "type-from", "country-min-killed", "actors-day-precise", "text-no-inferred", "governorates-to",
       "from-outlets"]


def options_view(command: str, options: list[str]) -> Filters:
    args = parser("python -m timeline").parse_args([command, *options, "--out", "view.csv"])
    return chosen_view(args, frame())


@pytest.mark.parametrize("command", ["export", "brief"])
@pytest.mark.parametrize(("query", "options", "filters", "expected"), CASES, ids=IDS)
def test_url_options_and_apply_show_the_same_view(command, query, options, filters, expected) -> None:
    events = frame()
    from_url = Filters.from_query(query)
    from_options = options_view(command, options)
    from_address = options_view(command, ["--view", f"http://localhost:8501/?{urlencode(query, doseq=True)}"])
    assert from_url == from_options == from_address == filters
    assert ids(apply(events, from_url)[0]) == ids(apply(events, from_options)[0]) == expected


def test_options_override_the_address() -> None:
    address = "http://localhost:8501/?sources=SANA&min_killed=3&include_coarse=0"
    chosen = options_view("export", ["--view", address, "--source", "elaph", "--include-coarse"])
    assert chosen == Filters(sources=("Elaph",), min_killed=3)


@pytest.mark.parametrize(
    ("options", "lanes"),
    [([], "event_type"), (["--view", "http://localhost:8501/?lanes=source"], "source"),
     (["--view", "http://localhost:8501/?lanes=source", "--lanes", "event_type"], "event_type"),
     (["--view", "http://localhost:8501/?lanes=nonsense"], "event_type")],
    ids=["default", "the-address", "option-over-address", "bad-address-value"],
)
def test_the_briefings_timeline_lanes_follow_the_address(options: list[str], lanes: str) -> None:
    args = parser("python -m timeline").parse_args(["brief", *options, "--out", "brief.png"])
    assert view_lanes(args) == lanes


def test_brief_refuses_an_unknown_page_size_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    args = parser("python -m timeline").parse_args(["brief", "--size", "letter", "--out", "brief.png"])
    with pytest.raises(SystemExit) as done:
        run_brief(args)
    assert done.value.code == 2
    assert "--size letter: unknown page size; use one of slide, a4" in capsys.readouterr().err


def test_every_field_of_filters_is_an_option() -> None:
    """A view that differs from the defaults in every field, written as options, reads back whole."""
    changed = Filters(date_from=dt.date(2015, 2, 3), date_to=dt.date(2017, 4, 5), sources=("SANA",),
                      types=("bombing",), actors=("isis",), countries=("IQ",), admin1=("Baghdad",), min_killed=1,
                      text="تفجير", include_coarse=False, include_inferred=False,
                      include_recalled=False)
    options: list[str] = []
    for item in dataclasses.fields(Filters):
        value, flag = getattr(changed, item.name), item.metadata["flag"]
        assert value != item.default, item.name
        if isinstance(value, bool):
            options.append(flag if value else f"--no-{flag[2:]}")
        else:
            options += [flag, *(value if isinstance(value, tuple) else [str(value)])]
    assert options_view("export", options) == changed


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--source", "Nobody"], "--source 'Nobody': not one of the outlets in the store (Al-Watan, Elaph, SANA)"),
        (["--type", "strike"], "--type 'strike': not one of the types (airstrike, shelling, ground_attack, bombing, "
                               "statement, other)"),
    ],
    ids=["outlet", "type"],
)
def test_a_name_that_matches_nothing_is_refused_with_the_known_names(
    options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        options_view("export", options)
    assert done.value.code == 2
    assert message in capsys.readouterr().err


def _run(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TIMELINE_HOME": str(home / "home"), "TIMELINE_CACHE": str(home / "cache")}
    return subprocess.run([sys.executable, "-m", "timeline", *arguments], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's data folder whose store was built from the seeds."""
    folder = tmp_path_factory.mktemp("export-home")
    assert _run(folder, "build", str(REPO_ROOT / "seeds")).returncode == 0
    return folder


def export(home: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return _run(home, "export", *options)


def test_export_matches_outlets_in_any_case_and_refuses_unknown_ones(home: Path) -> None:
    out = home / "sana.jsonl"
    done = export(home, "--source", "sana", "--out", str(out))
    assert done.returncode == 0, done.stderr
    events = store.load_events(home / "home" / "store.duckdb")
    view, _ = apply(events, Filters(sources=("SANA",)))
    assert [json.loads(line)["event_id"] for line in out.read_text(encoding="utf-8").splitlines()] == list(
        view["event_id"]) and len(view) > 0
    refused = export(home, "--source", "no such outlet", "--out", str(home / "none.csv"))
    outlets = ", ".join(sorted(pd.unique(events["source"].dropna())))
    assert refused.returncode == 2 and not (home / "none.csv").exists()
    assert f"--source 'no such outlet': not one of the outlets in the store ({outlets})" in refused.stderr


@pytest.mark.parametrize("options", [
    ["--source", "sana", "--window", "2016-01-01/2016-12-31"],
    ["--view", "http://localhost:8501/?sources=SANA&window=2016-01-01%2F2016-12-31", "--source", "SANA"],
    ["--view", "http://localhost:8501/?sources=sana&window=2016-01-01/2016-12-31"],
], ids=["option", "the-address", "address-lower-case"])
def test_the_timelines_window_narrows_the_dates_as_on_screen(options: list[str]) -> None:
    chosen = options_view("export", options)
    assert chosen == Filters(sources=("SANA",), date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 12, 31))
    assert ids(apply(frame(), chosen)[0]) == ["a"]


def test_a_window_wider_than_the_dates_keeps_the_dates() -> None:
    chosen = options_view("export", ["--from", "2016-01-01", "--to", "2016-06-30", "--window", "2010-01-01/2020-01-01"])
    assert (chosen.date_from, chosen.date_to) == (dt.date(2016, 1, 1), dt.date(2016, 6, 30))


@pytest.mark.parametrize("value", ["2016-12-31/2016-01-01", "2016-01-01", "last year"])
def test_a_window_that_is_not_one_is_refused(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        options_view("export", ["--window", value])
    assert done.value.code == 2
    assert f"argument --window: invalid window value: '{value}'" in capsys.readouterr().err


def test_export_is_the_dashboards_view_with_its_window(home: Path) -> None:
    """The URL's view (filters and window) exported by the command holds the events the dashboard's
    query of the store shows, and its CSV reads back with Arabic intact."""
    from timeline.views.query import EventQuery, option_counts

    address = "http://localhost:8501/?types=airstrike&types=shelling&window=2015-06-01/2017-12-31"
    out = home / "view.csv"
    done = export(home, "--view", address, "--out", str(out))
    assert done.returncode == 0, done.stderr
    with store.reader(home / "home" / "store.duckdb") as con:
        query = EventQuery(con, Filters(types=("airstrike", "shelling")), option_counts(con))
        shown = query.narrowed(dt.date(2015, 6, 1), dt.date(2017, 12, 31)).frame()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    written = pd.read_csv(out, encoding="utf-8-sig")
    assert sorted(written["event_id"]) == sorted(shown["event_id"]) and len(shown) > 0
    assert list(written.sort_values("event_id")["evidence"]) == list(shown.sort_values("event_id")["evidence"])
