"""Seeded synthetic events over Syria and Iraq, 2014 to 2018, for the bench and the tests.

`synthetic_events(n, seed)` returns a table with the columns and types of the
store's events: mostly day-precise strikes at real towns (jittered), with some
month- and year-precise, inferred and undated events, governorate-level
places with precision rings, several outlets per incident.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from timeline import DATA_DIR, read_data
from timeline.models import EVENT_COLUMNS
from timeline.store import ARTICLE_COLUMNS, INCIDENT_COLUMNS, events_frame_types
from timeline.vocabulary import EVENT_TYPES, EVENT_TYPES_AR

_DATA = read_data(DATA_DIR / "synthetic.toml")
#: name, Arabic name, lat, lon, governorate, country
TOWNS = tuple((t["name"], t["name_ar"], t["lat"], t["lon"], t["admin1"], t["country"]) for t in _DATA["town"])
TYPE_WEIGHTS = tuple(_DATA["type_weights"].get(t, 0.0) for t in EVENT_TYPES)
ACTORS = tuple(a.get("name") for a in _DATA["actor"])
ACTOR_AR = {a.get("name"): a["name_ar"] for a in _DATA["actor"]}
SOURCES = ("SANA", "Al-Thawra", "Elaph", "Al-Watan", "Al-Rai Press", "Enab Baladi", "Al-Hayat")
_TEXT = _DATA["text"]
#: The month names the synthetic text writes (Levantine), January first.
AR_MONTHS: tuple[str, ...] = tuple(_TEXT["months"])
START = dt.date(2014, 1, 1)
DAYS = (dt.date(2018, 12, 31) - START).days + 1


def synthetic_events(n: int, seed: int = 0) -> pd.DataFrame:
    """`n` synthetic events (same `seed`, same table) with the store's columns and types."""
    rng = np.random.default_rng(seed)
    town = rng.integers(0, len(TOWNS), n)
    kind = rng.choice(len(EVENT_TYPES), n, p=TYPE_WEIGHTS)
    actor = rng.integers(0, len(ACTORS), n)
    source = rng.integers(0, len(SOURCES), n)
    day = rng.integers(0, DAYS, n)
    precision = rng.choice(4, n, p=(0.82, 0.1, 0.03, 0.05))  # day, month, year, undated
    basis = rng.choice(3, n, p=(0.7, 0.2, 0.1))  # explicit, publication, inferred
    killed = np.where(rng.random(n) < 0.7, rng.poisson(6, n), -1)
    coarse_place = rng.random(n) < 0.12
    jitter = rng.normal(0, 0.04, (n, 2))
    rows = []
    for i in range(n):
        name, name_ar, lat, lon, admin1, country = TOWNS[town[i]]
        when = START + dt.timedelta(days=int(day[i]))
        date, date_end, date_text = _date(when, int(precision[i]))
        event_type, who = EVENT_TYPES[kind[i]], ACTORS[actor[i]]
        toll = int(killed[i]) if killed[i] >= 0 else None
        title = _TEXT["title"].format(type=EVENT_TYPES_AR[event_type], place=name_ar)
        evidence = (_TEXT["event"].format(actor=ACTOR_AR[who], type=EVENT_TYPES_AR[event_type], place=name_ar)
                    + (_TEXT["toll"].format(killed=toll) if toll is not None else "")
                    + (_TEXT["date"].format(date=date_text) if date_text else "") + ".")
        incident = i // 3
        rows.append({
            "article_id": f"syn-{i // 2:06d}", "source": SOURCES[source[i]], "event_type": event_type,
            "date": date, "date_precision": ("day", "month", "year", None)[precision[i]],
            "date_text": date_text, "date_basis": None if date is None else
            ("explicit", "publication", "inferred")[basis[i]],
            "place_text": name_ar, "place": admin1 if coarse_place[i] else name,
            "place_ar": name_ar, "lat": round(lat + jitter[i, 0], 4), "lon": round(lon + jitter[i, 1], 4),
            "place_precision": "governorate" if coarse_place[i] else "city", "admin1": admin1,
            "country": country, "actor": who, "killed": toll, "injured": None, "evidence": evidence,
            "start": 0, "end": len(evidence), "event_id": f"syn-{i:06d}", "source_ar": None,
            "title": title, "published": when.isoformat(),
            "published_basis": "metadata", "date_end": date_end, "actor_text": ACTOR_AR[who],
            "actor_hedged": False, "toll_is_minimum": False, "victims": None, "place_relation": None,
            "place_radius_km": None, "place_approximate": bool(coarse_place[i]),
            "cited_sources": json.dumps([SOURCES[(source[i] + 1) % len(SOURCES)]] if i % 4 == 0 else []),
            "incident_id": f"inc-{incident:06d}",
        })
    return events_frame_types(pd.DataFrame(rows, columns=list(EVENT_COLUMNS)))


def _date(when: dt.date, precision: int) -> tuple[str | None, str | None, str | None]:
    """(date, last day, date as written) at the given precision (0 day … 3 undated)."""
    month = AR_MONTHS[when.month - 1]
    if precision == 0:
        return when.isoformat(), when.isoformat(), _TEXT["day"].format(day=when.day, month=month, year=when.year)
    if precision == 1:
        last = (pd.Timestamp(when) + pd.offsets.MonthEnd(0)).date()
        return when.strftime("%Y-%m"), last.isoformat(), _TEXT["month"].format(month=month, year=when.year)
    if precision == 2:
        return str(when.year), f"{when.year}-12-31", _TEXT["year"].format(year=when.year)
    return None, None, None


def synthetic_incidents(events: pd.DataFrame) -> pd.DataFrame:
    """Incidents of synthetic events, in the store's incident table form."""
    groups = events.groupby("incident_id", sort=True)
    first = groups.first()
    sources = groups["source"].agg(lambda s: sorted(set(s.dropna())))
    return pd.DataFrame({
        "incident_id": first.index, "event_type": first["event_type"].to_numpy(),
        "date": first["date"].to_numpy(), "place": first["place"].to_numpy(),
        "lat": first["lat"].to_numpy(), "lon": first["lon"].to_numpy(),
        "event_ids": groups["event_id"].agg(lambda s: json.dumps(list(s))).to_numpy(),
        "article_ids": groups["article_id"].agg(lambda s: json.dumps(sorted(set(s)))).to_numpy(),
        "sources": [json.dumps(v, ensure_ascii=False) for v in sources],
        "n_sources": [len(v) for v in sources],
    }, columns=list(INCIDENT_COLUMNS))


def write_store(path: Path, n: int, seed: int = 0) -> Path:
    """A store file holding `n` synthetic events, their incidents and article stubs (for the bench)."""
    events = synthetic_events(n, seed)
    articles = events.groupby("article_id", sort=True).first().reset_index()
    articles = articles.assign(path="synthetic", source_basis="metadata", url=None, sha1="", cited_sources="[]",
                               text=articles["evidence"])[list(ARTICLE_COLUMNS)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for name, frame in (("events", events), ("incidents", synthetic_incidents(events)),
                            ("articles", articles)):
            con.register("frame", frame)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
            con.unregister("frame")
        con.execute("CREATE TABLE errors (path VARCHAR, line INTEGER, reason VARCHAR)")
    return path
