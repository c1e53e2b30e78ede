"""Corrections of events: their values checked, their file read with clear errors, applied to the events an
anchor finds whatever their ids, undone, and shared between machines."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import corrections, event_corrections
from timeline.errors import DataFileError
from timeline.event_corrections import Anchor, EventCorrection, apply, check_value, matching
from timeline.models import Event

TEXT = "Intro line.\nFirst strike sentence here. Second sentence with two events inside it.\nEnd."


def event(text: str, sentence: str, trigger_word: str, **fields) -> Event:
    start = text.index(sentence)
    trigger = start + sentence.index(trigger_word)
    base = dict(article_id="a1", source="SANA", event_type="airstrike", date="2016-07-18", date_precision="day",
                date_text=None, date_basis="explicit", place_text="X", place="Manbij", place_ar=None, lat=36.5,
                lon=37.9, place_precision="town", admin1="Aleppo", country="SY", actor="Russia", killed=20,
                injured=None, evidence=sentence, start=start, end=start + len(sentence), event_id=f"a1:{trigger}")
    return Event(**{**base, **fields})


def events_of(text: str) -> list[Event]:
    return [event(text, "First strike sentence here.", "strike"),
            event(text, "Second sentence with two events inside it.", "two", event_type="shelling"),
            event(text, "Second sentence with two events inside it.", "events", event_type="ground_attack")]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def correction(kind: str, value: dict, target: Event, made: str = "2026-01-01T10:00:00+00:00",
               correction_id: str = "c1") -> EventCorrection:
    return EventCorrection(correction_id, kind, check_value(kind, value), Anchor.of(target.to_dict(), "sha"), made)


def test_values_are_checked_with_what_is_wrong() -> None:
    assert check_value("date", {"date": "2016-07", "precision": "month"}) == {"date": "2016-07", "precision": "month"}
    for kind, value, words in [
        ("date", {"date": "2016-07-18", "precision": "month"}, "not written as the precision month"),
        ("date", {"date": "2016-02-30", "precision": "day"}, "not a date"),
        ("date", {"date": "2016-07-18", "precision": "range", "end": "2016-07-01"}, "an end on or after"),
        ("place", {"name": "x", "lat": 95, "lon": 37, "basis": "map"}, "lat must be a number from -90"),
        ("place", {"name": "x", "lat": 36, "lon": 37, "basis": "guess"}, "must say where the coordinates"),
        ("type", {"event_type": "picnic"}, "is not a valid value (one of"),
        ("tolls", {"killed": -1}, "killed must be a whole number"),
        ("mood", {}, "kind 'mood' is not one of"),
    ]:
        with pytest.raises(ValueError, match=re.escape(words)):
            check_value(kind, value)


def test_each_kind_sets_its_fields_and_keeps_the_extractors_values() -> None:
    events = events_of(TEXT)
    first = events[0]
    fixes = [correction("date", {"date": "2016-07", "precision": "month"}, first, correction_id="d"),
             correction("place", {"name": "Dabiq", "lat": 36.54, "lon": 37.27, "precision": "village",
                                  "basis": "gazetteer:geonames:170017"}, first, correction_id="p"),
             correction("tolls", {"killed": 3, "injured": None}, first, correction_id="t")]
    kept, dismissed = apply(events, TEXT, fixes)
    fixed = kept[0]
    assert dismissed == []
    assert (fixed.date, fixed.date_precision, fixed.date_end, fixed.date_basis) == (
        "2016-07", "month", "2016-07-31", "correction")
    assert (fixed.place, fixed.lat, fixed.lon, fixed.place_precision, fixed.killed) == (
        "Dabiq", 36.54, 37.27, "village", 3)
    marks = event_corrections.marks_of(fixed.analyst)
    assert marks["by"] == ["d", "p", "t"]
    assert {k: marks["was"][k] for k in ("date", "place", "lat", "killed")} == {
        "date": "2016-07-18", "place": "Manbij", "lat": 36.5, "killed": 20}
    assert kept[1:] == events[1:]


def test_not_an_event_is_kept_apart_and_the_others_stay() -> None:
    events = events_of(TEXT)
    kept, dismissed = apply(events, TEXT, [correction("not_event", {}, events[2])])
    assert [e.event_id for e in kept] == [events[0].event_id, events[1].event_id]
    assert [e.event_id for e in dismissed] == [events[2].event_id]
    assert event_corrections.marks_of(dismissed[0].analyst)["by"] == ["c1"]


def test_a_correction_whose_evidence_is_gone_changes_nothing() -> None:
    events = events_of(TEXT)
    fix = correction("type", {"event_type": "ground_attack"}, events[0])
    text = TEXT.replace("First strike sentence here.", "Another sentence entirely.")
    others = events_of(text.replace("Another sentence entirely.", "First strike sentence here."))[1:]
    assert apply(others, text, [fix]) == (others, [])


def test_the_latest_of_one_kind_holds_and_undone_ones_do_not() -> None:
    target = events_of(TEXT)[0]
    older = correction("type", {"event_type": "ground_attack"}, target, "2026-01-01T10:00:00+00:00", "old")
    newer = correction("type", {"event_type": "shelling"}, target, "2026-01-02T10:00:00+00:00", "new")
    split = correction("split_incident", {}, target, "2026-01-03T10:00:00+00:00", "split")
    same = dataclasses.replace(correction("same_incident", {"other": dataclasses.asdict(older.anchor)}, target,
                                          "2026-01-04T10:00:00+00:00", "same"))
    assert [c.correction_id for c in event_corrections.live([newer, older, split, same])] == ["new", "same"]
    undone = dataclasses.replace(newer, undone="2026-01-05T10:00:00+00:00")
    assert [c.correction_id for c in event_corrections.live([undone, older])] == ["old"]


words = st.text(alphabet="abcdefghij ", min_size=1, max_size=12).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(sentences=st.lists(words, min_size=2, max_size=6, unique=True), prefix=st.text(alphabet="xyz\n", max_size=30),
       pick=st.integers(min_value=0, max_value=50), renumber=st.integers(min_value=1, max_value=9))
def test_an_anchor_finds_its_event_after_the_text_shifts_and_the_ids_change(sentences, prefix, pick, renumber):
    """A rule change renumbers events and a cleaning change shifts offsets: the anchor still finds the
    event of the same sentence and the same place in it."""
    sentences = [f"{s} event{i}." for i, s in enumerate(sentences)]
    text = " ".join(sentences)
    before = [event(text, s, f"event{i}") for i, s in enumerate(sentences)]
    target = before[pick % len(before)]
    anchor = Anchor.of(target.to_dict(), "sha")
    shifted = prefix + text
    moved = len(prefix)
    after = [dataclasses.replace(e, start=e.start + moved, end=e.end + moved,
                                 event_id=f"a1-v{renumber}:{event_corrections.trigger_offset(e.event_id) + moved}")
             for e in before[::-1]]
    found = matching(anchor, after, shifted)
    assert found is not None and found.evidence == target.evidence
    assert found.start - len(prefix) == target.start


def test_two_events_of_one_sentence_are_told_apart_by_their_trigger() -> None:
    events = events_of(TEXT)
    for target in events[1:]:
        assert matching(Anchor.of(target.to_dict(), "sha"), events[::-1], TEXT) == target


def test_the_file_reports_each_bad_entry_with_the_file_and_its_number(home: Path) -> None:
    target = events_of(TEXT)[0]
    good = correction("type", {"event_type": "ground_attack"}, target).to_dict()
    bad_kind = {**good, "correction_id": "c2", "kind": "mood"}
    bad_anchor = {**good, "correction_id": "c3", "anchor": {"article_id": "a1"}}
    path = event_corrections.corrections_file()
    path.write_text(json.dumps({"format": "event-corrections", "version": 1,
                                "corrections": [good, bad_kind, bad_anchor, "text"]}), encoding="utf-8")
    found = event_corrections.read()
    assert [c.correction_id for c in found.corrections] == ["c1"]
    assert [p.reason.split(":")[0] for p in found.problems] == [
        "correction 2 (c2)", "correction 3 (c3)", "correction 4"]
    assert all(p.path == str(path) for p in found.problems)
    assert "kind 'mood' is not one of" in found.problems[0].reason
    path.write_text(json.dumps({"format": "event-corrections", "version": 7, "corrections": []}), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"event_corrections.json: version 7 .* not known"):
        event_corrections.read()
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(DataFileError, match="not a file of event corrections"):
        event_corrections.add("type", {"event_type": "ground_attack"}, Anchor.of(target.to_dict(), "sha"))
    assert path.read_text(encoding="utf-8") == "[]"  # refused, not overwritten


def test_added_then_undone_keeps_the_entry_with_its_times(home: Path) -> None:
    target = events_of(TEXT)[0]
    made = event_corrections.add("not_event", {}, Anchor.of(target.to_dict(), "sha"), "airstrike, Manbij")
    assert event_corrections.undo(made.correction_id) is True
    assert event_corrections.undo(made.correction_id) is False
    (held,) = event_corrections.read().corrections
    assert (held.correction_id, held.kind, held.shown, held.made) == (made.correction_id, "not_event",
                                                                      "airstrike, Manbij", made.made)
    assert held.undone is not None and event_corrections.live([held]) == []


def test_corrections_exported_on_one_machine_are_imported_on_another(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from gazetteer import analyst

    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "mine"))
    target = events_of(TEXT)[0]
    made = event_corrections.add("tolls", {"killed": 4, "injured": 1}, Anchor.of(target.to_dict(), "sha"))
    corrections.save("a1", source="SANA")
    analyst.add_place(analyst.AnalystPlace("قرية الاختبار", 36.1, 37.2, name="Test village"))
    exported = tmp_path / "shared.json"
    exported.write_text(corrections.export_corrections(), encoding="utf-8")

    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "theirs"))
    corrections.save("a1", source="Enab Baladi")  # theirs wins where both set one thing
    done = corrections.import_corrections(exported)
    assert (done.articles, done.events, done.places, done.problems) == (0, 1, 1, [])
    assert corrections.load() == {"a1": {"source": "Enab Baladi"}}
    assert [c.correction_id for c in event_corrections.read().corrections] == [made.correction_id]
    assert [(p.name_ar, p.lat, p.lon, p.name) for p in analyst.read_places()] == [
        ("قرية الاختبار", 36.1, 37.2, "Test village")]
    assert corrections.import_corrections(exported)[:3] == (0, 0, 0)  # nothing twice

    body = json.loads(exported.read_text(encoding="utf-8"))
    body["events"].append({"correction_id": "broken"})
    exported.write_text(json.dumps(body), encoding="utf-8")
    (problem,) = corrections.import_corrections(exported).problems
    assert problem.path == str(exported) and problem.reason.startswith("correction 2 (broken): missing fields")
    exported.write_text("{}", encoding="utf-8")
    with pytest.raises(DataFileError, match="not an export of corrections"):
        corrections.import_corrections(exported)


def test_an_uploaded_export_is_read_from_its_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "mine"))
    event_corrections.add("actor", {"actor": "Turkey"}, Anchor.of(events_of(TEXT)[0].to_dict(), "sha"))
    shared = corrections.export_corrections().encode("utf-8")
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "theirs"))
    assert corrections.import_corrections("shared.json", shared)[:3] == (0, 1, 0)
    with pytest.raises(DataFileError, match=r"^shared\.json: not a JSON file of corrections"):
        corrections.import_corrections("shared.json", b"\xff")
