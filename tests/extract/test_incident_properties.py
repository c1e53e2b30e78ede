"""Incident grouping, for any reports: deterministic, order-free, a partition, bounded by its window, and the
same whether the whole store is regrouped or only the days that changed."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Place
from timeline.extract.incidents import frame_fetch, group_frame, regroup_incidents
from timeline.extract.linking import MAX_DAYS, Reports, links
from timeline.extract.places import AREAS, MAX_KM, haversine_km, same_place
from timeline.models import Event
from timeline.store import events_frame

#: name, lat, lon, precision, governorate, estimated spot
PLACES = (
    ("A", 36.00, 37.00, "city", "Aleppo", False),
    ("B", 36.05, 37.00, "village", "Aleppo", False),  # 5.6 km from A
    ("C", 36.12, 37.00, "town", "Aleppo", False),  # 13 km from A, 7.8 km from B
    ("Aleppo", 36.10, 37.40, "governorate", "Aleppo", False),
    ("E", 36.02, 37.05, "town", "Aleppo", True),
    ("D", 35.95, 39.01, "city", "Raqqa", False),
    ("Raqqa", 35.90, 38.90, "governorate", "Raqqa", False),
    ("Syria", 34.80, 38.99, "country", "", False),
)
START = dt.date(2016, 7, 18)

reports = st.lists(
    st.tuples(
        st.integers(0, 5),  # article
        st.sampled_from(("airstrike", "shelling")),
        st.integers(0, 6),  # day
        st.integers(0, len(PLACES) - 1),
        st.floats(-0.03, 0.03),  # shift of latitude
        st.sampled_from(("day", "day", "day", "month", None)),
        st.booleans(),  # located
    ),
    max_size=40,
)


def _events(drawn, prefix: str = "a") -> list[Event]:
    out, count = [], {}
    for article, kind, day, place, shift, precision, located in drawn:
        name, lat, lon, place_precision, admin1, approximate = PLACES[place]
        article_id = f"{prefix}{article}"
        n = count[article_id] = count.get(article_id, -1) + 1
        when = START + dt.timedelta(days=day)
        date = {"day": when.isoformat(), "month": when.strftime("%Y-%m"), None: None}[precision]
        out.append(Event(
            article_id=article_id, source=f"S{article % 3}", event_type=kind, date=date, date_precision=precision,
            date_text=None, date_basis="explicit", place_text=None, place=name, place_ar=None,
            lat=lat + shift if located else None, lon=lon if located else None, place_precision=place_precision,
            admin1=admin1 or None, country="SY", actor=None, killed=None, injured=None, evidence="", start=0,
            end=0, event_id=f"{article_id}:{n}", place_approximate=approximate,
        ))
    return out


def _place(e: Event) -> Place:
    return Place(name=e.place or "", name_ar="", lat=e.lat, lon=e.lon, feature="", precision=e.place_precision,
                 admin1=e.admin1, country=e.country, approximate=e.place_approximate)


def _grouping(frame: pd.DataFrame) -> tuple[dict[str, str], pd.DataFrame]:
    ids, table = group_frame(frame)
    return dict(zip(frame["event_id"], ids, strict=True)), table.sort_values("incident_id").reset_index(drop=True)


@settings(max_examples=60, deadline=None)
@given(reports, st.randoms(use_true_random=False))
def test_grouping_is_deterministic_and_ignores_the_order_of_the_reports(drawn, random) -> None:
    frame = events_frame(_events(drawn))
    shuffled = frame.sample(frac=1.0, random_state=random.randint(0, 2**31)).reset_index(drop=True)
    first, table = _grouping(frame)
    again, table_again = _grouping(shuffled)
    assert first == again
    pd.testing.assert_frame_equal(table, table_again)
    assert first == _grouping(frame)[0]


@settings(max_examples=60, deadline=None)
@given(reports)
def test_every_event_is_in_exactly_one_incident_that_stays_inside_its_window(drawn) -> None:
    events = {e.event_id: e for e in _events(drawn)}
    ids, table = group_frame(events_frame(list(events.values())))
    members = [json.loads(m) for m in table["event_ids"]]
    assert sorted(e for m in members for e in m) == sorted(events)
    for incident, event_ids in zip(table["incident_id"], members, strict=True):
        group = [events[e] for e in event_ids]
        assert all(ids.iloc[list(events).index(e.event_id)] == incident for e in group)
        anchor = events[incident.removeprefix("inc:")]
        assert anchor in group and len({e.article_id for e in group}) == len(group)
        assert {e.event_type for e in group} == {anchor.event_type}
        if len(group) == 1:
            continue
        days = [(dt.date.fromisoformat(e.date) - dt.date.fromisoformat(anchor.date)).days for e in group]
        assert min(days) == 0 and max(days) <= MAX_DAYS
        assert all(same_place(_place(anchor), _place(e)) for e in group)
        precise = [e for e in sorted(group, key=lambda e: (e.date, e.event_id))
                   if e.place_precision not in AREAS and not e.place_approximate]
        for e in precise[1:]:
            near = haversine_km(precise[0].lat, precise[0].lon, e.lat, e.lon) <= MAX_KM
            assert near or (e.place, e.admin1) == (precise[0].place, precise[0].admin1)


@settings(max_examples=60, deadline=None)
@given(reports)
def test_the_links_found_by_blocks_are_the_pairs_that_same_place_joins(drawn) -> None:
    events = [e for e in _events(drawn) if e.date_precision == "day" and e.lat is not None]
    events.sort(key=lambda e: (e.event_type, e.date))
    names = {(e.place, e.admin1) for e in events}
    code = {key: n for n, key in enumerate(sorted(names, key=str))}
    governorates = sorted({e.admin1 for e in events if e.admin1}, key=str)
    r = Reports(
        kind=np.array([e.event_type == "shelling" for e in events], dtype=np.int64),
        day=np.array([(dt.date.fromisoformat(e.date) - START).days for e in events], dtype=np.int64),
        lat=np.array([e.lat for e in events], dtype=float), lon=np.array([e.lon for e in events], dtype=float),
        area=np.array([e.place_precision in AREAS or e.place_approximate for e in events], dtype=bool),
        admin1=np.array([governorates.index(e.admin1) if e.admin1 else -1 for e in events], dtype=np.int64),
        name=np.array([code[(e.place, e.admin1)] for e in events], dtype=np.int64),
        article=np.array([int(e.article_id[1:]) for e in events], dtype=np.int64),
    )
    found = links(r)
    expected = {
        (i, j) for i, a in enumerate(events) for j, b in enumerate(events)
        if i < j and a.event_type == b.event_type and a.article_id != b.article_id
        and abs(r.day[i] - r.day[j]) <= MAX_DAYS and same_place(_place(a), _place(b))
    }
    assert set(zip(found.first.tolist(), found.second.tolist(), strict=True)) == expected


@settings(max_examples=100, deadline=None)
@given(reports, reports, st.sets(st.integers(0, 5)))
def test_regrouping_the_changed_days_equals_regrouping_everything(before, new, gone) -> None:
    old = events_frame(_events(before))
    old = old.assign(incident_id=group_frame(old)[0])
    incidents = group_frame(old)[1]
    dropped = old["article_id"].isin({f"a{k}" for k in gone})
    added = events_frame(_events(new, prefix="n"))
    current = pd.concat([old[~dropped], added], ignore_index=True)
    change = regroup_incidents(added, old[dropped], frame_fetch(current))

    moved = dict(zip(change.assignments["event_id"], change.assignments["incident_id"], strict=True))
    applied = [moved.get(e, i) for e, i in zip(current["event_id"], current["incident_id"], strict=True)]
    kept = incidents[~incidents["incident_id"].isin(change.replaced)]
    applied_incidents = pd.concat([kept, change.incidents], ignore_index=True).sort_values("incident_id")

    ids, table = group_frame(current)
    assert applied == ids.tolist()
    pd.testing.assert_frame_equal(applied_incidents.reset_index(drop=True).astype(table.dtypes),
                                  table.sort_values("incident_id").reset_index(drop=True))
