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
from timeline.store import ARTICLE_COLUMNS, INCIDENT_COLUMNS, create_tables, events_frame_types
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
    """`n` synthetic events (same `seed`, same table) with the store's columns and types, built column by
    column (a million in seconds)."""
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
    name, name_ar, lat, lon, admin1, country = (
        np.array(column, dtype=object)[town] for column in zip(*TOWNS, strict=True))
    when = np.datetime64(START.isoformat(), "D") + day
    date, date_end, date_text = _dates(when, precision)
    event_type = np.array(EVENT_TYPES, dtype=object)[kind]
    who = np.array(ACTORS, dtype=object)[actor]
    type_ar = [EVENT_TYPES_AR[t] for t in event_type]
    who_ar = [ACTOR_AR[w] for w in who]
    toll = [int(k) if k >= 0 else None for k in killed.tolist()]
    evidence = [
        _TEXT["event"].format(actor=a, type=t, place=p) + (_TEXT["toll"].format(killed=k) if k is not None else "")
        + (_TEXT["date"].format(date=d) if d else "") + "."
        for a, t, p, k, d in zip(who_ar, type_ar, name_ar, toll, date_text, strict=True)
    ]
    i = np.arange(n)
    cited = [json.dumps([SOURCES[(s + 1) % len(SOURCES)]]) if k % 4 == 0 else "[]"
             for k, s in enumerate(source.tolist())]
    undated = np.array([d is None for d in date], dtype=bool)
    columns = {
        "article_id": [f"syn-{k // 2:06d}" for k in range(n)], "source": np.array(SOURCES, dtype=object)[source],
        "event_type": event_type, "date": date,
        "date_precision": np.array(["day", "month", "year", None], dtype=object)[precision],
        "date_text": date_text,
        "date_basis": np.where(undated, None, np.array(["explicit", "publication", "inferred"], dtype=object)[basis]),
        "place_text": name_ar, "place": np.where(coarse_place, admin1, name), "place_ar": name_ar,
        "lat": np.round(lat.astype(float) + jitter[:, 0], 4), "lon": np.round(lon.astype(float) + jitter[:, 1], 4),
        "place_precision": np.where(coarse_place, "governorate", "city"), "admin1": admin1, "country": country,
        "actor": who, "killed": toll, "injured": None, "evidence": evidence, "start": 0,
        "end": [len(e) for e in evidence], "event_id": [f"syn-{k:06d}" for k in range(n)], "source_ar": None,
        "title": [_TEXT["title"].format(type=t, place=p) for t, p in zip(type_ar, name_ar, strict=True)],
        "published": np.datetime_as_string(when, unit="D").astype(object), "published_basis": "metadata",
        "date_end": date_end, "actor_text": who_ar, "actor_hedged": False, "toll_is_minimum": False,
        "victims": None, "place_relation": None, "place_radius_km": None, "place_approximate": coarse_place,
        "cited_sources": cited, "incident_id": [f"inc-{k // 3:06d}" for k in i.tolist()],
        "place_unresolved": None, "analyst": None,
    }
    frame = pd.DataFrame({c: columns[c] for c in EVENT_COLUMNS}, index=pd.RangeIndex(n))
    return events_frame_types(frame)


def _dates(when: np.ndarray, precision: np.ndarray) -> tuple[list, list, list]:
    """(date, last day, date as written) of each day at its precision (0 day … 3 undated)."""
    iso = np.datetime_as_string(when, unit="D").tolist()
    month_end = np.datetime_as_string(
        (when.astype("datetime64[M]") + 1).astype("datetime64[D]") - 1, unit="D").tolist()
    date, last, text = [], [], []
    for day, end, p in zip(iso, month_end, precision.tolist(), strict=True):
        year, month, number = day[:4], AR_MONTHS[int(day[5:7]) - 1], int(day[8:])
        if p == 0:
            date.append(day), last.append(day), text.append(_TEXT["day"].format(day=number, month=month, year=year))
        elif p == 1:
            date.append(day[:7]), last.append(end), text.append(_TEXT["month"].format(month=month, year=year))
        elif p == 2:
            date.append(year), last.append(f"{year}-12-31"), text.append(_TEXT["year"].format(year=year))
        else:
            date.append(None), last.append(None), text.append(None)
    return date, last, text


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
    """A store file holding `n` synthetic events, their incidents and article stubs (for the bench), in
    the tables `timeline.store.create_tables` makes (the layout a build writes)."""
    events = synthetic_events(n, seed)
    articles = events.groupby("article_id", sort=True).first().reset_index()
    articles = articles.assign(path="synthetic", source_basis="metadata", url=None, sha1="", cited_sources="[]",
                               text=articles["evidence"], input="synthetic", stamp=0)
    articles = articles[[*ARTICLE_COLUMNS, "input", "stamp"]]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        create_tables(con)
        for name, frame in (("events", events), ("incidents", synthetic_incidents(events)),
                            ("articles", articles)):
            con.register("frame", frame)
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM frame")
            con.unregister("frame")
    return path
