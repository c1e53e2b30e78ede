"""The hand-labelled attack sets under ``bench/data`` keep the record format of their README.

They hold ids, offsets and labels only (the corpus text stays in ``../shared/``), so every check here
runs on a bare clone: a label the bench would misread, or an article labelled in two sets, fails here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import pytest

from timeline import DATA_DIR
from timeline.vocabulary import EVENT_TYPES

LABEL_DIR = Path(__file__).resolve().parent.parent / "bench" / "data"
LABEL_SETS = sorted(LABEL_DIR.glob("attack_events_*.jsonl"))
#: the same articles labelled again by a second labeller, to measure agreement (bench/label_agreement.py)
SECOND_LABELS = sorted(LABEL_DIR.glob("second_labeller_*.jsonl"))

RECORD_KEYS = ["id", "source", "published", "published_basis", "text_sha1", "text_chars", "note", "events",
               "statements"]
EVENT_KEYS = ["n", "type", "type_alternatives", "evidence", "mentions", "background", "date", "date_end",
              "date_precision", "date_basis", "date_alternatives", "place_ar", "place", "lat", "lon",
              "coord_source", "anchor_ar", "place_precision", "radius_km", "admin1", "country", "actor",
              "actor_alternatives", "killed", "injured", "killed_is_minimum", "injured_is_minimum", "note"]
DATE_FORMS = {"day": "%Y-%m-%d", "range": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
DATE_BASES = {"publication", "explicit"}
COORD_SOURCES = {"gazetteer", "gazetteer:anchor"}
ATTACK_TYPES = set(EVENT_TYPES) - {"statement"}  # statements are not labelled in these sets
PLACE_PRECISIONS = {"point", "village", "town", "city", "neighbourhood", "district", "governorate", "region",
                    "country"}


def _actor_names() -> set[str]:
    with open(DATA_DIR / "actors.toml", "rb") as handle:
        return {entry["name"] for entry in tomllib.load(handle)["actor"]}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _events(path: Path):
    for record in _records(path):
        for event in record["events"]:
            yield record, event


def _span_problem(span: object, length: int) -> str | None:
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return f"{span!r} is not a [start, end) pair"
    if not 0 <= span[0] < span[1] <= length:
        return f"{span!r} is not inside the text's {length} characters"
    return None


def _date_problem(date: str | None, date_end: str | None, precision: str | None) -> str | None:
    if date is None:
        return None if date_end is None and precision is None else "no date, yet an end or a precision"
    if precision not in DATE_FORMS:
        return f"precision {precision!r}"
    try:
        start = dt.datetime.strptime(date, DATE_FORMS[precision]).date()
        end = dt.datetime.strptime(date_end, DATE_FORMS[precision]).date() if date_end else None
    except ValueError as exc:
        return f"{date!r}..{date_end!r} as {precision}: {exc}"
    if precision == "range" and (end is None or end <= start):
        return f"range {date}..{date_end} does not end after it starts"
    if precision != "range" and end is not None and end != start:
        return f"{precision} date {date} with an end {date_end}"
    return None


def test_there_are_labelled_sets():
    assert {p.name for p in LABEL_SETS} >= {"attack_events_dev.jsonl", "attack_events_fresh.jsonl",
                                             "attack_events_fresh2.jsonl", "attack_events_fresh3.jsonl",
                                             "attack_events_fresh4.jsonl", "attack_events_fresh5.jsonl",
                                             "attack_events_fresh6.jsonl", "attack_events_fresh7.jsonl",
                                             "attack_events_fresh8.jsonl", "attack_events_fresh9.jsonl",
                                             "attack_events_fresh10.jsonl", "attack_events_fresh11.jsonl",
                                             "attack_events_fresh12.jsonl", "attack_events_fresh13.jsonl"}
    assert [p.name for p in SECOND_LABELS] == ["second_labeller_fresh10.jsonl", "second_labeller_fresh11.jsonl",
                                             "second_labeller_fresh12.jsonl", "second_labeller_fresh13.jsonl",
                                             "second_labeller_fresh2.jsonl",
                                             "second_labeller_fresh3.jsonl", "second_labeller_fresh5.jsonl",
                                             "second_labeller_fresh6.jsonl", "second_labeller_fresh7.jsonl",
                                             "second_labeller_fresh8.jsonl", "second_labeller_fresh9.jsonl"]


@pytest.mark.parametrize("path", LABEL_SETS + SECOND_LABELS, ids=lambda p: p.name)
def test_each_record_keeps_the_format(path):
    for record in _records(path):
        assert list(record) == RECORD_KEYS, record["id"]
        assert re.fullmatch(r"[0-9a-f]{40}", record["text_sha1"]), record["id"]
        assert isinstance(record["text_chars"], int) and record["text_chars"] > 0, record["id"]
        assert dt.date.fromisoformat(record["published"]), record["id"]
        assert record["statements"] == [], record["id"]
        assert [e["n"] for e in record["events"]] == list(range(1, len(record["events"]) + 1)), record["id"]
        assert record["events"], f"{record['id']}: a labelled article reports at least one attack"


@pytest.mark.parametrize("path", LABEL_SETS + SECOND_LABELS, ids=lambda p: p.name)
def test_each_event_keeps_the_format(path):
    actors = _actor_names()
    for record, event in _events(path):
        where = f"{record['id']} event {event['n']}"
        assert list(event) == EVENT_KEYS, where
        assert event["type"] in ATTACK_TYPES and set(event["type_alternatives"]) <= ATTACK_TYPES, where
        for span in [event["evidence"], *event["mentions"]]:
            problem = _span_problem(span, record["text_chars"])
            assert problem is None, f"{where}: {problem}"
        assert isinstance(event["background"], bool), where
        problem = _date_problem(event["date"], event["date_end"], event["date_precision"])
        assert problem is None, f"{where}: {problem}"
        assert (event["date_basis"] is None) == (event["date"] is None), where
        assert event["date_basis"] is None or event["date_basis"] in DATE_BASES, where
        for alt in event["date_alternatives"]:
            assert alt is None or _date_problem(alt["date"], alt["date_end"], alt["date_precision"]) is None, where
        assert (event["lat"] is None) == (event["lon"] is None), where
        if event["lat"] is not None:
            assert -90 <= event["lat"] <= 90 and -180 <= event["lon"] <= 180, where
            assert event["coord_source"] in COORD_SOURCES, f"{where}: a coordinate names its source"
        assert event["place_precision"] is None or event["place_precision"] in PLACE_PRECISIONS, where
        assert event["actor"] is None or event["actor"] in actors, f"{where}: actor {event['actor']!r}"
        assert set(event["actor_alternatives"]) <= actors, where
        for toll in ("killed", "injured"):
            assert event[toll] is None or (isinstance(event[toll], int) and event[toll] >= 0), where
            assert isinstance(event[f"{toll}_is_minimum"], bool), where


def test_no_article_is_labelled_twice():
    seen: dict[str, str] = {}
    for path in LABEL_SETS:
        for record in _records(path):
            assert record["id"] not in seen, f"{record['id']} is in {seen.get(record['id'])} and {path.name}"
            seen[record["id"]] = path.name
