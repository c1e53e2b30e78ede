"""Events of different articles that report the same happening, grouped into incidents.

Two reports may tell one happening when they come from different articles,
have the same type, day-precise dates at most `MAX_DAYS` apart, and places
that may be one (`places.same_place`: the same name, within `MAX_KM`, or an
area or estimated spot of the other's governorate); `linking.links` finds
those pairs by blocks. Grouping is not transitive: reports are taken in a
canonical order (type, day, precise places before areas, event id) and each
joins the nearest incident whose first report it may tell, so an incident
spans at most its window from that first report (its anchor): one day, and
`MAX_KM` from its first precise place. An incident holds at most one report
per article (an article's own events were merged by the extractor already).

Every event belongs to one incident: an event that cannot be grouped (no day,
no coordinates, or a whole country) is an incident of one report, so the
dashboard can count ``n_sources > 1`` for "reported by more than one outlet".
Incident ids are stable: ``inc:`` and the anchor's event id.

`group_incidents(events)` groups a list of events; `group_frame` a table of
them (the store's columns); `group_in_windows` the same table read in chunks in
order of type and date, holding only a window of days at a time, with the same
result. `regroup_incidents` regroups only the days that changed events touch,
for incremental builds: the result equals a full regrouping of the changed store.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from json.encoder import encode_basestring  # type: ignore[attr-defined]

import numpy as np
import pandas as pd

from timeline.extract.linking import MAX_DAYS, Reports, links
from timeline.extract.places import AREAS, MAX_KM, haversine_km
from timeline.models import Event, Incident

#: The event columns that grouping reads.
GROUPING_COLUMNS = (
    "event_id", "article_id", "source", "event_type", "date", "date_precision", "place", "lat", "lon",
    "place_precision", "admin1", "place_approximate", "incident_id",
)
INCIDENT_COLUMNS = tuple(f.name for f in fields(Incident))
#: Place precisions too coarse to say two reports are of one happening.
UNGROUPED_PRECISIONS = frozenset({"country"})
_FREE, _OUTSIDE = -1, -2

#: ``fetch(event_type, first_day, last_day)``: the store's current events of that type whose ISO
#: ``date`` lies between the two ISO days (inclusive), with their stored ``incident_id``.
Fetch = Callable[[str, str, str], pd.DataFrame]


def incident_id(event_id: str) -> str:
    """The id of the incident whose first report is event `event_id`."""
    return f"inc:{event_id}"


# --- the events as groupable reports -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Groupable:
    """The groupable rows of an events table: their positions in it, in canonical order, and as reports."""

    rows: np.ndarray
    reports: Reports
    event_ids: list[str]


def _area(frame: pd.DataFrame) -> np.ndarray:
    approximate = frame["place_approximate"].astype("boolean").fillna(False).to_numpy(bool)
    return frame["place_precision"].isin(AREAS).to_numpy(bool) | approximate


def _days(frame: pd.DataFrame) -> np.ndarray:
    """Days since 1970 of day-precise dates; -1 where there is none."""
    dates = frame["date"].astype("string")
    is_day = (frame["date_precision"] == "day").fillna(False).to_numpy(bool) & (dates.str.len() == 10).fillna(
        False
    ).to_numpy(bool)
    parsed = pd.to_datetime(dates.where(is_day), format="%Y-%m-%d", errors="coerce")
    days = parsed.to_numpy("datetime64[D]").astype(np.int64)
    return np.where(parsed.notna().to_numpy(bool), days, -1)


def _groupable(frame: pd.DataFrame) -> np.ndarray:
    precision = frame["place_precision"].astype("string")
    return (
        (_days(frame) >= 0)
        & frame["lat"].notna().to_numpy(bool)
        & frame["lon"].notna().to_numpy(bool)
        & precision.notna().to_numpy(bool)
        & (precision.fillna("") != "").to_numpy(bool)
        & ~precision.isin(UNGROUPED_PRECISIONS).to_numpy(bool)
    )


def _codes(values: pd.Series) -> np.ndarray:
    return pd.factorize(values, sort=True)[0].astype(np.int64)


def _reports(frame: pd.DataFrame) -> _Groupable:
    """The groupable rows of `frame` in canonical order: type, day, precise before area, event id."""
    rows = np.flatnonzero(_groupable(frame))
    sub = frame[[c for c in GROUPING_COLUMNS if c != "incident_id"]].iloc[rows]
    day, area = _days(sub), _area(sub)
    kind, event = _codes(sub["event_type"].astype("string")), _codes(sub["event_id"].astype("string"))
    article = _codes(sub["article_id"].astype("string"))
    order = np.lexsort((article, event, area, day, kind))
    sub = sub.iloc[order]
    place, admin1 = sub["place"].astype("string"), sub["admin1"].astype("string")
    unnamed = place.isna().to_numpy(bool)
    name = _codes(place.fillna("") + "\0" + admin1.fillna(""))
    name = np.where(unnamed, -1 - np.arange(len(sub)), name)  # a report without a name shares it with none
    admin1_code = np.where(admin1.isna().to_numpy(bool) | (admin1 == "").fillna(True).to_numpy(bool), -1,
                           _codes(admin1))
    reports = Reports(
        kind=kind[order], day=day[order], lat=sub["lat"].to_numpy(float), lon=sub["lon"].to_numpy(float),
        area=area[order], admin1=admin1_code, name=name, article=article[order],
    )
    return _Groupable(rows[order], reports, sub["event_id"].astype(str).tolist())


# --- the assignment ------------------------------------------------------------------------------------------


def _close(r: Reports, a: int, b: int) -> bool:
    """Two precise places of one happening: one name, or within `MAX_KM`."""
    if r.name[a] == r.name[b]:
        return True
    return float(haversine_km(r.lat[a], r.lon[a], r.lat[b], r.lon[b])) <= MAX_KM


def _assign(r: Reports, frozen: Sequence[int] | None = None) -> list[int]:
    """The position of every report's anchor (its incident's first report), reports taken in order.

    ``frozen[j]`` keeps an assignment made before (the anchor's position, or `_OUTSIDE` for an anchor
    before the reports given); `_FREE` lets report ``j`` choose.
    """
    found = links(r)
    order = np.lexsort((found.first, found.km, found.second))
    first = found.first[order].tolist()
    start = np.searchsorted(found.second[order], np.arange(len(r) + 1)).tolist()
    area, article = r.area.tolist(), r.article.tolist()
    anchor = [0] * len(r)
    spot: dict[int, int] = {}  #: anchor -> its first precise report, or -1
    articles: dict[int, set[int]] = {}
    for j in range(len(r)):
        chosen = frozen[j] if frozen is not None else _FREE
        if chosen == _FREE:
            for k in range(start[j], start[j + 1]):
                i = first[k]
                if anchor[i] != i or article[j] in articles[i]:
                    continue
                s = spot[i]
                if not area[j] and s not in (-1, i) and not _close(r, s, j):
                    continue
                chosen = i
                break
            else:
                chosen = j
        anchor[j] = chosen
        if chosen == j:
            spot[j], articles[j] = (-1 if area[j] else j), {article[j]}
        elif chosen in articles:
            articles[chosen].add(article[j])
            if spot[chosen] == -1 and not area[j]:
                spot[chosen] = j
    return anchor


def _incident_ids(frame: pd.DataFrame, grouped: _Groupable, anchor: Sequence[int]) -> np.ndarray:
    """Every row's incident id: its anchor's for groupable rows, its own for the others."""
    ids = ("inc:" + frame["event_id"].astype(str)).to_numpy(object)
    ids[grouped.rows] = [incident_id(grouped.event_ids[a]) if a >= 0 else None for a in anchor]
    return ids


# --- incidents as records and tables --------------------------------------------------------------------------


def incidents_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The incidents of events that carry their ``incident_id``, in the store's form (list columns as JSON
    arrays), sorted by id. Members are listed by date then event id; the place is the first precise one."""
    group = _codes(frame["incident_id"].astype("string"))
    date = _codes(frame["date"].astype("string").fillna(""))
    event = _codes(frame["event_id"].astype("string"))
    order = np.lexsort((event, date, group))
    cuts = np.flatnonzero(np.diff(group[order], prepend=-1, append=-1) != 0)
    heads = order[cuts[:-1]]
    placed = np.lexsort((event, date, _area(frame), group))
    placed = placed[np.flatnonzero(np.diff(group[placed], prepend=-1) != 0)]
    column = {name: frame[name].to_numpy(object) for name in ("incident_id", "event_type", "date", "place")}
    out = pd.DataFrame({
        "incident_id": column["incident_id"][heads], "event_type": column["event_type"][heads],
        "date": column["date"][heads], "place": column["place"][placed],
        "lat": frame["lat"].to_numpy(float, na_value=np.nan)[placed],
        "lon": frame["lon"].to_numpy(float, na_value=np.nan)[placed],
    })
    articles = frame["article_id"].astype(str).to_numpy(object)[order].tolist()
    outlets = frame["source"].astype("string").to_numpy(object)[order].tolist()
    outlets = [s if isinstance(s, str) and s else f"unknown outlet ({a})" for s, a in zip(outlets, articles,
                                                                                       strict=True)]
    events = frame["event_id"].astype(str).to_numpy(object)[order].tolist()
    lists: dict[str, list[str]] = {"event_ids": [], "article_ids": [], "sources": []}
    counts = []
    for a, b in itertools.pairwise(cuts.tolist()):
        sources = list(dict.fromkeys(outlets[a:b]))
        lists["event_ids"].append(_json_list(events[a:b]))
        lists["article_ids"].append(_json_list(dict.fromkeys(articles[a:b])))
        lists["sources"].append(_json_list(sources))
        counts.append(len(sources))
    out = out.assign(**lists, n_sources=np.array(counts, dtype=np.int64))
    text = [c for c in INCIDENT_COLUMNS if c not in ("lat", "lon", "n_sources")]
    return out[list(INCIDENT_COLUMNS)].astype(dict.fromkeys(text, "string"))


def _no_incidents() -> pd.DataFrame:
    return incidents_table(pd.DataFrame({c: pd.Series(dtype="string") for c in GROUPING_COLUMNS}).assign(
        lat=pd.Series(dtype=float), lon=pd.Series(dtype=float)))


def _json_list(texts) -> str:
    """``json.dumps(list(texts), ensure_ascii=False)``, without the encoder's overhead per call."""
    return "[" + ", ".join(map(encode_basestring, texts)) + "]"


def events_table(events: Sequence[Event]) -> pd.DataFrame:
    """The columns of `events` that grouping reads."""
    return pd.DataFrame([{c: getattr(e, c) for c in GROUPING_COLUMNS} for e in events],
                        columns=list(GROUPING_COLUMNS))


def _incident_record(row: dict) -> Incident:
    lists = {key: tuple(json.loads(row[key])) for key in ("event_ids", "article_ids", "sources")}
    lat, lon = row["lat"], row["lon"]
    return Incident(
        incident_id=row["incident_id"], event_type=row["event_type"], date=row["date"], place=row["place"],
        lat=None if lat is None or (isinstance(lat, float) and math.isnan(lat)) else float(lat),
        lon=None if lon is None or (isinstance(lon, float) and math.isnan(lon)) else float(lon),
        n_sources=int(row["n_sources"]), **lists,
    )


# --- the whole store, and only what changed --------------------------------------------------------------------


def group_frame(frame: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """The incident id of every row of an events table (index kept), and the incidents table."""
    grouped = _reports(frame)
    ids = _incident_ids(frame, grouped, _assign(grouped.reports))
    with_ids = frame.assign(incident_id=ids)
    return with_ids["incident_id"].astype("string"), incidents_table(with_ids)


def group_incidents(events: Sequence[Event]) -> tuple[list[Event], list[Incident]]:
    """Give every event its incident id, and return the events and the incidents (sorted by id)."""
    ids, table = group_frame(events_table(events))
    out = [dataclasses.replace(e, incident_id=str(i)) for e, i in zip(events, ids, strict=True)]
    table = table.astype(object).where(table.notna(), None)
    return out, [_incident_record(row) for row in table.to_dict("records")]


@dataclass(frozen=True)
class Grouped:
    """Incidents complete in one window, and the incident ids of the events that window settled."""

    incidents: pd.DataFrame
    assignments: pd.DataFrame  #: ``event_id``, ``incident_id``


def group_in_windows(chunks: Iterable[pd.DataFrame]) -> Iterator[Grouped]:
    """`group_frame` of the events table whose `chunks` (any sizes) are given in order of event type, then
    date, a window of days at a time: the incidents and the events' ids, every event and incident once.

    Memory holds one chunk and the days that a later event may still join (`MAX_DAYS`), not the table.
    Raises ValueError when a groupable event comes out of that order.
    """
    days, finished = _OpenDays(_NO_KIND), set()
    for chunk in chunks:
        chunk = chunk.reset_index(drop=True)
        keep = _groupable(chunk)
        if not keep.all():
            loose = chunk[~keep].assign(incident_id=[incident_id(str(e)) for e in chunk["event_id"][~keep]])
            yield Grouped(incidents_table(loose), loose[["event_id", "incident_id"]].reset_index(drop=True))
        rows = chunk[keep]
        kinds = rows["event_type"].astype(object).where(rows["event_type"].notna(), None).tolist()
        cuts = [n for n in range(1, len(kinds)) if kinds[n] != kinds[n - 1]]
        for start, stop in itertools.pairwise([0, *cuts, len(kinds)]):
            if start == stop:
                continue
            if kinds[start] != days.kind:
                yield from days.close()
                finished.add(days.kind)
                if kinds[start] in finished:
                    raise ValueError(f"events of type {kinds[start]!r} come again after other types")
                days = _OpenDays(kinds[start])
            yield from days.add(rows.iloc[start:stop])
    yield from days.close()


_NO_KIND = object()


class _OpenDays:
    """The events of one type being grouped in windows: those of settled days that a later event may still
    join (with their incident ids), and those read of the days not settled yet."""

    def __init__(self, kind: object) -> None:
        self.kind = kind
        self.context: pd.DataFrame | None = None  #: settled days that a later event may join
        self.pending: list[pd.DataFrame] = []  #: read, not grouped yet
        self.end = -1  #: the first day not settled
        self.seen = -1  #: the last day read

    def add(self, rows: pd.DataFrame) -> Iterator[Grouped]:
        days = _days(rows)
        if days[0] < self.seen or (np.diff(days) < 0).any():
            raise ValueError("events must come in order of type, then date")
        self.pending.append(rows)
        if int(_days(self.pending[0])[0]) < days[-1]:
            yield from self._settle(int(days[-1]))  # every day before the last one read is complete
        self.seen = int(days[-1])

    def close(self) -> Iterator[Grouped]:
        if self.pending or self.context is not None:
            yield from self._settle(None)

    def _settle(self, end: int | None) -> Iterator[Grouped]:
        """Group the pending days before `end` (all, when None) after the settled ones."""
        new = pd.concat(self.pending, ignore_index=True) if self.pending else None
        later = None
        if new is not None and end is not None:
            day = _days(new)
            new, later = new[day < end], new[day >= end]
        parts = [p for p in (self.context, new) if p is not None and len(p)]
        self.pending = [later] if later is not None and len(later) else []
        if not parts:
            return
        frame = pd.concat(parts, ignore_index=True)
        start = self.end
        grouped = _reports(frame)
        r, events = grouped.reports, grouped.event_ids
        stored = [s if isinstance(s, str) else None for s in frame["incident_id"].iloc[grouped.rows].tolist()]
        position = {e: n for n, e in enumerate(events)}
        day = r.day.tolist()
        frozen = [_FREE] * len(r)
        for j in range(len(r)):
            if day[j] < start:  # settled before, with the incident it has
                anchor_of = position.get(_anchor_event(stored[j]), _OUTSIDE)
                frozen[j] = anchor_of if 0 <= anchor_of <= j else _OUTSIDE
        anchor = _assign(r, frozen)
        computed = [incident_id(events[a]) if a >= 0 else stored[j] for j, a in enumerate(anchor)]
        rows = frame.iloc[grouped.rows].assign(incident_id=computed).reset_index(drop=True)
        open_from = end - MAX_DAYS if end is not None else None  # anchors from here may gain members
        done = [a >= 0 and (open_from is None or day[a] < open_from) for a in anchor]
        fresh = [d >= start for d in day]
        yield Grouped(incidents_table(rows[done]) if any(done) else _no_incidents(),
                      rows.loc[fresh, ["event_id", "incident_id"]].reset_index(drop=True))
        self.end = end if end is not None else max(day) + 1
        self.context = rows[[d >= open_from for d in day]] if open_from is not None else None


@dataclass(frozen=True)
class Regrouping:
    """What an incremental regrouping changes: delete the incidents `replaced`, then write `incidents` and
    set the `assignments` (``event_id``, ``incident_id``) on the events."""

    replaced: frozenset[str]
    incidents: pd.DataFrame
    assignments: pd.DataFrame
    days: int  #: days of events regrouped, all types together


def regroup_incidents(added: pd.DataFrame, removed: pd.DataFrame, fetch: Fetch) -> Regrouping:
    """Regroup only the days that `added` and `removed` events touch, and as far as their change carries.

    The store already holds `added` (without incident ids) and no longer holds `removed` (with the incident
    ids they had). `fetch` reads the store's events of one type and day range (see `Fetch`); with DuckDB:
    ``SELECT * FROM events WHERE event_type = ? AND date_precision = 'day' AND date BETWEEN ? AND ?``.
    Applying the result gives the incidents that `group_frame` would give on the whole changed store.
    """
    replaced = set(removed["incident_id"].dropna().astype(str)) if "incident_id" in removed else set()
    tables, assignments, days = [], [], 0
    loose = added[~_groupable(added)] if len(added) else added
    if len(loose):
        loose = loose.assign(incident_id=[incident_id(str(e)) for e in loose["event_id"]])
        tables.append(incidents_table(loose))
        assignments.append(loose[["event_id", "incident_id"]])
    touched: dict[str, set[int]] = {}
    for frame in (added, removed):
        if len(frame):
            keep = _groupable(frame)
            for kind, day in zip(frame["event_type"][keep], _days(frame)[keep], strict=True):
                touched.setdefault(str(kind), set()).add(int(day))
    for kind in sorted(touched):
        for window in _windows(kind, sorted(touched[kind]), fetch):
            replaced |= window.replaced
            tables.append(window.incidents)
            assignments.append(window.assignments)
            days += window.days
    incidents = pd.concat(tables, ignore_index=True) if tables else _no_incidents()
    moved = pd.concat(assignments, ignore_index=True) if assignments else pd.DataFrame(
        columns=["event_id", "incident_id"])
    return Regrouping(frozenset(replaced), incidents.reset_index(drop=True), moved.reset_index(drop=True), days)


def _iso(day: int) -> str:
    return str(np.datetime64(day, "D"))


def _windows(kind: str, touched: list[int], fetch: Fetch):
    """Regroup the days `touched` of one type, a window at a time, each as far as its change carries."""
    k = 0
    while k < len(touched):
        start, last = touched[k], touched[k]
        end = last + 2 * MAX_DAYS
        while True:
            window = _regroup_window(fetch(kind, _iso(start - MAX_DAYS), _iso(end)), start, last, end)
            if window is None:  # the change carries past the window: look further
                end += max(end - start, 8)
                continue
            later = [t for t in touched[k:] if t > last]
            if later and later[0] <= window.settled + 2 * MAX_DAYS:  # the next change meets this one
                last, end = later[0], max(end, later[0] + 2 * MAX_DAYS)
                continue
            break
        yield window
        k = next((n for n, t in enumerate(touched) if t > last), len(touched))


@dataclass(frozen=True)
class _Window:
    replaced: frozenset[str]
    incidents: pd.DataFrame
    assignments: pd.DataFrame
    days: int
    settled: int  #: the first day from which the stored grouping stands


def _regroup_window(frame: pd.DataFrame, start: int, last: int, end: int) -> _Window | None:
    """Regroup days `start`.. of `frame` (days ``start - MAX_DAYS`` .. `end` of one type) from the grouping
    stored before `start`; None when it does not meet the stored grouping again by ``end - 1``."""
    frame = frame.reset_index(drop=True)
    grouped = _reports(frame)
    r, events = grouped.reports, grouped.event_ids
    stored = [s if isinstance(s, str) else None for s in frame["incident_id"].iloc[grouped.rows].tolist()]
    position = {e: n for n, e in enumerate(events)}
    frozen = [_FREE] * len(r)
    for j, day in enumerate(r.day.tolist()):
        if day < start:  # grouped before: its incident, if anchored in the window, carries into `start`
            anchor = position.get(_anchor_event(stored[j]), _OUTSIDE)
            frozen[j] = anchor if 0 <= anchor <= j else _OUTSIDE
    anchor = _assign(r, frozen)
    computed = [incident_id(events[a]) if a >= 0 else stored[j] for j, a in enumerate(anchor)]
    day = r.day.tolist()
    differs = {d for d, c, s in zip(day, computed, stored, strict=True) if c != s}
    settled = next((d for d in range(last + MAX_DAYS, end - MAX_DAYS + 1)
                    if not differs.intersection(range(d - MAX_DAYS + 1, d + 1))), None)
    if settled is None:
        return None
    first = start - MAX_DAYS
    anchors_in = {j for j in range(len(r)) if anchor[j] == j and first <= day[j] <= settled}
    members = [j for j in range(len(r)) if anchor[j] in anchors_in]
    rows = frame.iloc[grouped.rows[members]].assign(incident_id=[computed[j] for j in members])
    stored_anchors = {j: position.get(_anchor_event(s)) for j, s in enumerate(stored)}
    replaced = {stored[j] for j, a in stored_anchors.items() if a is not None and first <= day[a] <= settled}
    moved = [j for j in range(len(r)) if start <= day[j] <= settled + MAX_DAYS and computed[j] != stored[j]]
    assignments = pd.DataFrame({"event_id": [events[j] for j in moved], "incident_id": [computed[j] for j in moved]})
    return _Window(frozenset(replaced), incidents_table(rows), assignments, settled - start + 1, settled)


def _anchor_event(stored_id) -> str | None:
    if not isinstance(stored_id, str) or not stored_id.startswith("inc:"):
        return None
    return stored_id[4:]


def frame_fetch(events: pd.DataFrame) -> Fetch:
    """A `Fetch` over an events table held in memory."""

    def fetch(kind: str, first: str, last: str) -> pd.DataFrame:
        dates = events["date"].astype("string")
        keep = (events["event_type"] == kind) & (events["date_precision"] == "day") & (dates >= first) & (
            dates <= last)
        return events[keep.fillna(False).to_numpy(bool)]

    return fetch
