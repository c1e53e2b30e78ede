"""Incidents: reports of one happening grouped, never chained past their window (one day, 10 km)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd

from timeline.extract.incidents import group_frame, group_incidents
from timeline.models import Event
from timeline.store import events_frame
from timeline.views.figures import headline

ALEPPO = (36.2021, 37.1343)


def report(article_id: str, date: str, lat: float, lon: float, *, killed: int | None = None,
           place: str = "Aleppo", precision: str = "city", admin1: str = "Aleppo", source: str = "SANA",
           event_type: str = "airstrike", n: int = 0, date_precision: str = "day") -> Event:
    return Event(
        article_id=article_id, source=source, event_type=event_type, date=date, date_precision=date_precision,
        date_text=None, date_basis="explicit", place_text=None, place=place, place_ar=None, lat=lat, lon=lon,
        place_precision=precision, admin1=admin1, country="SY", actor=None, killed=killed, injured=None,
        evidence="", start=0, end=0, event_id=f"{article_id}:{n}",
    )


def _day(offset: int) -> str:
    return (dt.date(2016, 7, 18) + dt.timedelta(days=offset)).isoformat()


def test_six_strikes_on_six_consecutive_days_are_three_incidents_not_one() -> None:
    events = [report(f"a{d}", _day(d), *ALEPPO, killed=10 * (d + 1)) for d in range(6)]
    grouped, incidents = group_incidents(events)
    assert [e.incident_id for e in grouped] == [
        "inc:a0:0", "inc:a0:0", "inc:a2:0", "inc:a2:0", "inc:a4:0", "inc:a4:0",
    ]
    assert [(i.incident_id, i.date, i.event_ids) for i in incidents] == [
        ("inc:a0:0", "2016-07-18", ("a0:0", "a1:0")),
        ("inc:a2:0", "2016-07-20", ("a2:0", "a3:0")),
        ("inc:a4:0", "2016-07-22", ("a4:0", "a5:0")),
    ]
    # each incident counted once with its largest toll: 20 + 40 + 60 (one chained incident gave 60)
    assert headline(events_frame(grouped), None)["killed"] == 120


def test_daily_strikes_for_a_year_never_make_an_incident_longer_than_a_day() -> None:
    events = [report(f"a{d:03d}", _day(d), ALEPPO[0] + 0.01 * (d % 3), ALEPPO[1]) for d in range(365)]
    _, incidents = group_incidents(events)
    assert len(incidents) == 183
    assert {len(i.event_ids) for i in incidents} == {1, 2}


def test_a_chain_of_villages_4_5_km_apart_is_cut_at_10_km_from_the_first_report() -> None:
    step = 4.5 / 111.195  # degrees of latitude in 4.5 km
    events = [report(f"v{k}", _day(0), 36.0 + k * step, 37.0, place=f"V{k}", precision="village")
              for k in range(5)]
    _, incidents = group_incidents(events)
    assert [i.event_ids for i in incidents] == [("v0:0", "v1:0", "v2:0"), ("v3:0", "v4:0")]


def test_an_area_report_then_two_towns_80_km_apart_make_two_incidents() -> None:
    events = [
        report("gov", _day(0), 36.1, 37.4, place="Aleppo Governorate", precision="governorate"),
        report("west", _day(1), 36.2, 36.9, place="West", precision="town"),
        report("east", _day(1), 36.2, 37.8, place="East", precision="town"),
    ]
    grouped, incidents = group_incidents(events)
    # the first town (by event id) gives the area's incident its place; the other is 80 km from it
    assert [e.incident_id for e in grouped] == ["inc:gov:0", "inc:west:0", "inc:gov:0"]
    first = incidents[0]
    assert (first.incident_id, first.event_ids, first.place, first.date) == (
        "inc:gov:0", ("gov:0", "east:0"), "East", "2016-07-18")


def test_an_article_counts_once_in_an_incident() -> None:
    events = [report("a", _day(0), *ALEPPO), report("a", _day(0), *ALEPPO, n=1), report("b", _day(0), *ALEPPO)]
    _, incidents = group_incidents(events)
    assert [(i.event_ids, i.article_ids) for i in incidents] == [
        (("a:0", "b:0"), ("a", "b")), (("a:1",), ("a",)),
    ]


def test_undated_unlocated_and_country_wide_reports_stay_alone() -> None:
    events = [
        report("m", "2016-07", *ALEPPO, date_precision="month"),
        report("n", "2016-07", *ALEPPO, date_precision="month"),
        dataclasses.replace(report("x", _day(0), *ALEPPO), lat=None, lon=None),
        report("s1", _day(0), 34.8, 38.9, place="Syria", precision="country", admin1=""),
        report("s2", _day(0), 34.8, 38.9, place="Syria", precision="country", admin1=""),
    ]
    grouped, incidents = group_incidents(events)
    assert [e.incident_id for e in grouped] == ["inc:m:0", "inc:n:0", "inc:x:0", "inc:s1:0", "inc:s2:0"]
    assert [i.n_sources for i in incidents] == [1, 1, 1, 1, 1]


def test_a_report_joins_the_nearest_incident_it_may_tell() -> None:
    events = [
        report("a", _day(0), 36.00, 37.0, place="A"),
        report("b", _day(0), 36.08, 37.0, place="B"),  # 8.9 km from a: a's
        report("c", _day(0), 36.20, 37.0, place="C"),  # 22 km from a: its own
        report("d", _day(0), 36.15, 37.0, place="D"),  # 5.6 km from c, 16.7 km from a
    ]
    grouped, _ = group_incidents(events)
    assert [e.incident_id for e in grouped] == ["inc:a:0", "inc:a:0", "inc:c:0", "inc:c:0"]


def test_the_table_form_matches_the_records() -> None:
    events = [report(f"a{d}", _day(d // 2), *ALEPPO, source=f"S{d % 3}") for d in range(7)]
    grouped, incidents = group_incidents(events)
    ids, table = group_frame(events_frame(events))
    assert ids.tolist() == [e.incident_id for e in grouped]
    assert table["incident_id"].tolist() == [i.incident_id for i in incidents]
    assert table.loc[0, "sources"] == '["S0", "S1", "S2"]'
    assert table.loc[0, "n_sources"] == 3
    assert pd.api.types.is_float_dtype(table["lat"])
