"""Events of different articles that report the same happening, grouped into incidents.

Two events are linked when they come from different articles, have the same
type, day-precision dates at most one day apart, and places that may be one
(`places.same_place`: within 10 km, or a spot inside an area, or an estimated
spot, of the same governorate). Linked events form one incident (transitively).
Every event belongs to an incident: an event reported once is an incident of
one source, so the dashboard can count `Incident.n_sources > 1` for "reported
by more than one outlet". Incident ids are stable: ``inc:`` and the smallest
event id of the group.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from gazetteer import Place
from timeline.extract.places import same_place
from timeline.models import Event, Incident

MAX_DAYS = 1


def _place(e: Event) -> Place | None:
    if e.lat is None or e.lon is None or not e.place_precision:
        return None
    return Place(
        name=e.place or "", name_ar=e.place_ar or "", lat=e.lat, lon=e.lon, feature="",
        precision=e.place_precision, admin1=e.admin1, country=e.country, approximate=e.place_approximate,
    )


def _linked(a: Event, b: Event) -> bool:
    if a.article_id == b.article_id or a.event_type != b.event_type:
        return False
    if a.date_precision != "day" or b.date_precision != "day" or not a.date or not b.date:
        return False
    if abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) > MAX_DAYS:
        return False
    pa, pb = _place(a), _place(b)
    return pa is not None and pb is not None and same_place(pa, pb)


def _source(e: Event) -> str:
    return e.source or f"unknown outlet ({e.article_id})"


def group_incidents(events: list[Event]) -> tuple[list[Event], list[Incident]]:
    """Give every event its incident id, and return the events and the incidents."""
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.date_precision == "day" and e.lat is not None:
            by_type[e.event_type].append(i)
    for members in by_type.values():
        members.sort(key=lambda i: events[i].date or "")
        for x, i in enumerate(members):
            day = dt.date.fromisoformat(events[i].date or "")
            for j in members[x + 1 :]:
                if (dt.date.fromisoformat(events[j].date or "") - day).days > MAX_DAYS:
                    break
                if _linked(events[i], events[j]):
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        groups[root(i)].append(i)
    out_events = list(events)
    incidents = []
    for members in groups.values():
        group = sorted((events[i] for i in members), key=lambda e: (e.date or "", e.event_id))
        incident_id = "inc:" + min(e.event_id for e in group)
        for i in members:
            out_events[i] = dataclasses.replace(events[i], incident_id=incident_id)
        first = next((e for e in group if e.lat is not None), group[0])
        sources = tuple(dict.fromkeys(_source(e) for e in group))
        incidents.append(
            Incident(
                incident_id=incident_id,
                event_type=group[0].event_type,
                date=group[0].date,
                place=first.place,
                lat=first.lat,
                lon=first.lon,
                event_ids=tuple(e.event_id for e in group),
                article_ids=tuple(dict.fromkeys(e.article_id for e in group)),
                sources=sources,
                n_sources=len(sources),
            )
        )
    incidents.sort(key=lambda inc: inc.incident_id)
    return out_events, incidents
