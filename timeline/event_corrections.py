"""Analysts' corrections of events, kept in a file outside the repository and applied at every build.

A correction is anchored to what stays when the rules change: the article's content (the digest
of its raw text, ``content_sha1``) and the event's evidence (the sentence, with its offsets and
the trigger's place in it as hints), never to the event id a rule change renumbers. The build
(`timeline.engines.extract_rows`) applies the corrections of each article it extracts to its
events (`apply`), so that ``python -m timeline build`` and the dashboard agree; an article whose
corrections changed is extracted again, and only it.

Kinds (`KINDS`) and their values:

- ``date``: ``{"date": "2016-07-18" | "2016-07" | "2016", "precision": "day" | "month" | "year" |
  "range", "end": "2016-07-20"}`` (``end`` only for a range, whose ``date`` is its first day);
- ``place``: ``{"name", "lat", "lon", "precision", "basis"}`` and optionally ``name_ar``, ``admin1``,
  ``country``; ``basis`` names where the coordinates come from (``map``: the analyst's click;
  ``gazetteer:SOURCE:ID``: an entry of the gazetteer);
- ``type``: ``{"event_type"}`` (one of `timeline.models.EVENT_TYPES`); ``actor``: ``{"actor"}``;
- ``tolls``: ``{"killed", "injured"}`` (whole numbers or null);
- ``not_event``: ``{}``: the event is kept out of the views (in the store's ``dismissed`` table);
- ``same_incident``: ``{"other": ANCHOR}``: grouped with the incident of the event `other` anchors;
- ``split_incident``: ``{}``: an incident of its own.

The file ``event_corrections.json`` is ``{"format": "event-corrections", "version": 1,
"corrections": [...]}``, each entry an `EventCorrection` in its JSON form. `read` checks every
entry and reports a bad one with the file, the entry's number and id, and the problem; the rest
is applied. Undoing keeps the entry and stamps it ``undone``; of two live corrections of one kind
of one event the later wins. An event corrected carries in its ``analyst`` field (JSON) the ids
of the corrections applied and the extractor's values of the fields they changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from gazetteer import PRECISIONS as PLACE_PRECISIONS
from gazetteer.paths import data_home
from timeline import locking
from timeline.datafile import read_json
from timeline.errors import DataFileError
from timeline.models import EVENT_TYPES, Event, ReadError

FORMAT, VERSION = "event-corrections", 1
KINDS = ("date", "place", "type", "actor", "tolls", "not_event", "same_incident", "split_incident")
#: Kinds that exclude one another on one event (the later wins).
_CONFLICTS = {"same_incident": "incident", "split_incident": "incident"}
#: The fields of an event each kind sets.
FIELDS_OF = {
    "date": ("date", "date_precision", "date_end", "date_basis"),
    "place": ("place", "place_ar", "lat", "lon", "place_precision", "admin1", "country", "place_relation",
              "place_radius_km", "place_approximate"),
    "type": ("event_type",),
    "actor": ("actor", "actor_hedged"),
    "tolls": ("killed", "injured", "toll_is_minimum"),
}


def corrections_file() -> Path:
    return data_home() / "event_corrections.json"


@dataclass(frozen=True)
class Anchor:
    """What finds an event again in its article, whatever its id."""

    article_id: str  #: the article's id when the correction was made (a hint: the content decides)
    content_sha1: str  #: digest of the article's raw text
    evidence: str  #: the event's sentence
    start: int  #: its offsets in the article's text (hints)
    end: int
    trigger: int = 0  #: where the event's trigger lies in the sentence (tells two events of one sentence apart)

    @classmethod
    def of(cls, event: Mapping[str, Any], content_sha1: str) -> Anchor:
        """The anchor of an event (a store row or `Event.to_dict`) of the article of that digest."""
        start = int(event["start"])
        return cls(str(event["article_id"]), content_sha1, str(event["evidence"]), start, int(event["end"]),
                   max(0, trigger_offset(str(event["event_id"])) - start))

    @classmethod
    def from_dict(cls, data: Any) -> Anchor:
        if not isinstance(data, dict):
            raise ValueError(f"anchor: not an object ({data!r})")
        unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise ValueError(f"anchor: unknown fields {sorted(unknown)}")
        try:
            anchor = cls(**data)
        except TypeError as exc:
            raise ValueError(f"anchor: {exc}") from None
        if not all(isinstance(getattr(anchor, n), str) for n in ("article_id", "content_sha1", "evidence")) \
                or not anchor.evidence or not all(isinstance(getattr(anchor, n), int) and getattr(anchor, n) >= 0
                                                  for n in ("start", "end", "trigger")):
            raise ValueError("anchor: article_id, content_sha1 and evidence must be text, start, end and "
                             "trigger whole numbers")
        return anchor


@dataclass(frozen=True)
class EventCorrection:
    """One correction of one event by an analyst."""

    correction_id: str
    kind: str  #: one of `KINDS`
    value: dict[str, Any]  #: checked by `check_value` for its kind
    anchor: Anchor
    made: str  #: when (ISO 8601, UTC)
    undone: str | None = None  #: when it was undone, None while it holds
    shown: str = ""  #: the event as it was when corrected, in words (for the list of corrections)

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "anchor": dataclasses.asdict(self.anchor)}

    @property
    def digest(self) -> str:
        """What the build compares to know whether an article's corrections changed."""
        return hashlib.sha1(json.dumps(self.to_dict(), sort_keys=True).encode()).hexdigest()[:16]


def trigger_offset(event_id: str) -> int:
    """The trigger's offset in the article, which the event id ends with (``ARTICLE:OFFSET``)."""
    tail = event_id.rpartition(":")[2]
    return int(tail) if tail.isdecimal() else 0


# --- checking values ----------------------------------------------------------------------------------

_SHAPES = {"day": re.compile(r"\d{4}-\d{2}-\d{2}"), "month": re.compile(r"\d{4}-\d{2}"),
           "year": re.compile(r"\d{4}"), "range": re.compile(r"\d{4}-\d{2}-\d{2}")}


def _date(value: dict[str, Any]) -> dict[str, Any]:
    precision, date, end = value.get("precision"), value.get("date"), value.get("end")
    if precision not in _SHAPES:
        raise ValueError(f"precision {precision!r} is not one of {', '.join(_SHAPES)}")
    if not isinstance(date, str) or not _SHAPES[precision].fullmatch(date):
        raise ValueError(f"date {date!r} is not written as the precision {precision} is (2016-07-18, 2016-07, 2016)")
    try:
        first = dt.date.fromisoformat(date if precision in ("day", "range") else (date + "-01-01")[:10])
        last = dt.date.fromisoformat(end) if precision == "range" and isinstance(end, str) else None
    except ValueError as exc:
        raise ValueError(f"not a date: {exc}") from None
    if precision == "range" and (last is None or last < first):
        raise ValueError(f"a range needs an end on or after {date}, got {end!r}")
    return {"date": date, "precision": precision, **({"end": end} if precision == "range" else {})}


def _number(value: Any, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"{name} must be a number from {low} to {high}, got {value!r}")
    return float(value)


def _place(value: dict[str, Any]) -> dict[str, Any]:
    name, basis = value.get("name"), value.get("basis")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"a place needs a name, got {name!r}")
    if not isinstance(basis, str) or not (basis == "map" or basis.startswith("gazetteer:")):
        raise ValueError(f"basis {basis!r} must say where the coordinates come from: map or gazetteer:SOURCE:ID")
    precision = value.get("precision", "point")
    if precision not in PLACE_PRECISIONS:
        raise ValueError(f"precision {precision!r} is not one of {', '.join(PLACE_PRECISIONS)}")
    out = {"name": name.strip(), "lat": _number(value.get("lat"), "lat", -90, 90),
           "lon": _number(value.get("lon"), "lon", -180, 180), "precision": precision, "basis": basis}
    for key in ("name_ar", "admin1", "country"):
        if value.get(key) is not None:
            if not isinstance(value[key], str):
                raise ValueError(f"{key} must be text, got {value[key]!r}")
            out[key] = value[key]
    return out


def _toll(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number of 0 or more, or null, got {value!r}")
    return value


def _text(value: dict[str, Any], key: str, allowed: Sequence[str] = ()) -> dict[str, Any]:
    text = value.get(key)
    if not isinstance(text, str) or not text.strip() or (allowed and text not in allowed):
        known = f" (one of {', '.join(allowed)})" if allowed else ""
        raise ValueError(f"{key} {text!r} is not a valid value{known}")
    return {key: text.strip()}


def check_value(kind: str, value: Any) -> dict[str, Any]:
    """The value of a correction of `kind`, normalised; `ValueError` saying what is wrong."""
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if not isinstance(value, dict):
        raise ValueError(f"value: not an object ({value!r})")
    if kind == "date":
        return _date(value)
    if kind == "place":
        return _place(value)
    if kind == "type":
        return _text(value, "event_type", EVENT_TYPES)
    if kind == "actor":
        return _text(value, "actor")
    if kind == "tolls":
        return {"killed": _toll(value.get("killed"), "killed"), "injured": _toll(value.get("injured"), "injured")}
    if kind == "same_incident":
        return {"other": dataclasses.asdict(Anchor.from_dict(value.get("other")))}
    return {}


def _timestamp(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} {value!r} is not a time (ISO 8601)")
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a time (ISO 8601)") from None
    return value


def parse(data: Any) -> EventCorrection:
    """One correction from its JSON form; `ValueError` saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError(f"not an object ({data!r})")
    names = {f.name for f in dataclasses.fields(EventCorrection)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)} (known: {', '.join(sorted(names))})")
    missing = {"correction_id", "kind", "value", "anchor", "made"} - set(data)
    if missing:
        raise ValueError(f"missing fields {sorted(missing)}")
    if not isinstance(data["correction_id"], str) or not data["correction_id"]:
        raise ValueError(f"correction_id {data['correction_id']!r} is not an id")
    undone = data.get("undone")
    return EventCorrection(
        correction_id=data["correction_id"], kind=str(data["kind"]), value=check_value(data["kind"], data["value"]),
        anchor=Anchor.from_dict(data["anchor"]), made=_timestamp(data["made"], "made"),
        undone=None if undone is None else _timestamp(undone, "undone"), shown=str(data.get("shown") or ""))


# --- the file -----------------------------------------------------------------------------------------

class EventCorrections(NamedTuple):
    """The valid corrections in file order, and a report of each one left out."""

    corrections: list[EventCorrection]
    problems: list[ReadError]


def _raw(path: Path) -> list[Any]:
    """The file's list of entries, unchecked; `DataFileError` when the file is not one."""
    data = read_json(path)
    return entries_of(path, data)


def entries_of(path: Path | str, data: Any) -> list[Any]:
    """The entries of a file's JSON object; `DataFileError` when it is not one of this format and version."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DataFileError(f"{path}: not a file of event corrections (expected an object with "
                            f'"format": "{FORMAT}")')
    if data.get("version") != VERSION:
        raise DataFileError(f"{path}: version {data.get('version')!r} of the event corrections is not known "
                            f"(this tool reads version {VERSION})")
    if not isinstance(data.get("corrections"), list):
        raise DataFileError(f'{path}: "corrections" must be a list')
    return data["corrections"]


def checked(path: Path | str, entries: Iterable[Any]) -> EventCorrections:
    """The valid entries and a problem naming the file and the entry for each other one."""
    out, problems = [], []
    for number, entry in enumerate(entries, start=1):
        name = entry.get("correction_id") if isinstance(entry, dict) else None
        try:
            out.append(parse(entry))
        except ValueError as exc:
            problems.append(ReadError(str(path), f"correction {number}{f' ({name})' if name else ''}: {exc}; "
                                      "skipped"))
    return EventCorrections(out, problems)


def read() -> EventCorrections:
    """Every valid correction (undone ones included) and the problems of the others; `DataFileError`
    when the file is not a file of event corrections at all."""
    path = corrections_file()
    if not path.exists():
        return EventCorrections([], [])
    return checked(path, _raw(path))


def _write(path: Path, entries: list[Any]) -> None:
    partial = path.with_name(path.name + ".partial")
    body = {"format": FORMAT, "version": VERSION, "corrections": entries}
    partial.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)


def _changing(change) -> None:
    """Run `change(entries)` on the file's entries under its lock and write them back atomically; a
    file that is not one of event corrections is refused (`DataFileError`), never overwritten."""
    path = corrections_file()
    with locking.exclusive(path.with_name(path.name + ".lock"), wait=10.0):
        entries = _raw(path) if path.exists() else []
        change(entries)
        _write(path, entries)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def add(kind: str, value: dict[str, Any], anchor: Anchor, shown: str = "") -> EventCorrection:
    """Record a new correction (checked first: `ValueError`) and return it."""
    correction = EventCorrection(uuid.uuid4().hex[:12], kind, check_value(kind, value), anchor, now(), None, shown)
    _changing(lambda entries: entries.append(correction.to_dict()))
    return correction


def undo(correction_id: str) -> bool:
    """Stamp a correction undone; True when the file held it live."""
    found: list[bool] = []

    def change(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, dict) and entry.get("correction_id") == correction_id and not entry.get("undone"):
                entry["undone"] = now()
                found.append(True)

    _changing(change)
    return bool(found)


def merge(incoming: Iterable[EventCorrection]) -> int:
    """Add the corrections the file does not hold (by id) and mark undone those undone in `incoming`;
    the number of entries changed."""
    changed: list[int] = []

    def change(entries: list[Any]) -> None:
        by_id = {e.get("correction_id"): e for e in entries if isinstance(e, dict)}
        for correction in incoming:
            held = by_id.get(correction.correction_id)
            if held is None:
                entries.append(correction.to_dict())
                changed.append(1)
            elif correction.undone and not held.get("undone"):
                held["undone"] = correction.undone
                changed.append(1)

    _changing(change)
    return len(changed)


# --- applying -----------------------------------------------------------------------------------------

def live(corrections: Iterable[EventCorrection]) -> list[EventCorrection]:
    """The corrections that hold: not undone, and of those of one kind (or conflicting kinds) of one
    event the latest; in the order they were made."""
    latest: dict[tuple, EventCorrection] = {}
    for c in sorted((c for c in corrections if not c.undone), key=lambda c: c.made):
        a = c.anchor
        latest[(a.content_sha1, a.evidence, a.start, a.trigger, _CONFLICTS.get(c.kind, c.kind))] = c
    return sorted(latest.values(), key=lambda c: c.made)


def by_article(corrections: Iterable[EventCorrection]) -> dict[str, tuple[EventCorrection, ...]]:
    """The live corrections by ``content:DIGEST`` and by ``article:ID`` (what `for_article` looks up)."""
    out: dict[str, list[EventCorrection]] = {}
    for c in live(corrections):
        out.setdefault(f"content:{c.anchor.content_sha1}", []).append(c)
        out.setdefault(f"article:{c.anchor.article_id}", []).append(c)
    return {key: tuple(value) for key, value in out.items()}


def for_article(table: Mapping[str, Sequence[EventCorrection]], article_id: str,
                content_sha1: str) -> tuple[EventCorrection, ...]:
    """The corrections of one article: those anchored to its content, and those made on an article of its
    id whose content has since changed (their evidence decides whether they still apply)."""
    own = list(table.get(f"content:{content_sha1}", ()))
    seen = {c.correction_id for c in own}
    own += [c for c in table.get(f"article:{article_id}", ()) if c.correction_id not in seen]
    return tuple(sorted(own, key=lambda c: c.made))


def applied_key(corrections: Sequence[EventCorrection]) -> str | None:
    """What the store records of the corrections applied to an article (None for none)."""
    return json.dumps(sorted(c.digest for c in corrections)) if corrections else None


def matching(anchor: Anchor, events: Sequence[Event], text: str) -> Event | None:
    """The event `anchor` finds: one of the same evidence, else one whose sentence overlaps where the
    evidence now lies in `text`; of several, the nearest to the anchor's offsets. None when the
    evidence is gone."""
    candidates = [e for e in events if e.evidence == anchor.evidence]
    if not candidates:
        spots = [m.start() for m in re.finditer(re.escape(anchor.evidence), text)]
        if not spots:
            return None
        at = min(spots, key=lambda p: abs(p - anchor.start))
        candidates = [e for e in events if e.start < at + len(anchor.evidence) and at < e.end]
        if not candidates:
            return None
    return min(candidates, key=lambda e: (abs(e.start - anchor.start),
                                          abs(trigger_offset(e.event_id) - e.start - anchor.trigger), e.event_id))


def _last_day(date: str, precision: str) -> str:
    """The last day a date of that precision covers (``2016-02`` -> ``2016-02-29``)."""
    if precision == "year":
        return f"{date}-12-31"
    if precision == "month":
        first = dt.date.fromisoformat(f"{date}-01")
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return (following - dt.timedelta(days=1)).isoformat()
    return date


def _changes(kind: str, value: dict[str, Any]) -> dict[str, Any]:
    """The event fields a correction sets."""
    if kind == "date":
        precision = value["precision"]
        end = value.get("end") or _last_day(value["date"], precision)
        return {"date": value["date"], "date_precision": precision, "date_end": end, "date_basis": "correction"}
    if kind == "place":
        return {"place": value["name"], "place_ar": value.get("name_ar"), "lat": value["lat"], "lon": value["lon"],
                "place_precision": value["precision"], "admin1": value.get("admin1"),
                "country": value.get("country"), "place_relation": None, "place_radius_km": None,
                "place_approximate": False}
    if kind == "type":
        return {"event_type": value["event_type"]}
    if kind == "actor":
        return {"actor": value["actor"], "actor_hedged": False}
    if kind == "tolls":
        return {"killed": value["killed"], "injured": value["injured"], "toll_is_minimum": False}
    return {}


@dataclass
class _Marks:
    """What an event's ``analyst`` field holds."""

    by: list[str] = field(default_factory=list)
    was: dict[str, Any] = field(default_factory=dict)
    incident: dict[str, Any] | None = None
    dismissed: bool = False

    def text(self) -> str:
        body: dict[str, Any] = {"by": self.by, "was": self.was}
        if self.incident is not None:
            body["incident"] = self.incident
        return json.dumps(body, ensure_ascii=False, sort_keys=True)


def apply(events: Sequence[Event], text: str,
          corrections: Sequence[EventCorrection]) -> tuple[list[Event], list[Event]]:
    """The events of one article (its `text`) with its corrections applied, and those an analyst
    said are not events (kept apart). Each corrected event's ``analyst`` field holds the ids of its
    corrections and the extractor's values of the fields they changed; a correction whose evidence is
    gone changes nothing (the store lists it as orphaned: no event carries its id)."""
    marks: dict[str, _Marks] = {}
    changed: dict[str, Event] = {e.event_id: e for e in events}
    for c in corrections:
        target = matching(c.anchor, events, text)
        if target is None:
            continue
        mark = marks.setdefault(target.event_id, _Marks())
        mark.by.append(c.correction_id)
        event = changed[target.event_id]
        updates = _changes(c.kind, c.value)
        for name in updates:
            mark.was.setdefault(name, getattr(target, name))
        changed[target.event_id] = dataclasses.replace(event, **updates)
        if c.kind == "not_event":
            mark.dismissed = True
        elif c.kind == "same_incident":
            mark.incident = {"same_as": c.value["other"]}
        elif c.kind == "split_incident":
            mark.incident = {"split": True}
    kept, dismissed = [], []
    for e in events:
        mark = marks.get(e.event_id)
        out = dataclasses.replace(changed[e.event_id], analyst=mark.text()) if mark else e
        (dismissed if mark and mark.dismissed else kept).append(out)
    return kept, dismissed


def marks_of(analyst: str | None) -> dict[str, Any]:
    """An event's ``analyst`` field read back: ``by`` (ids), ``was`` (the extractor's values), ``incident``."""
    return json.loads(analyst) if analyst else {"by": [], "was": {}}
