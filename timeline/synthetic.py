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

from timeline.models import EVENT_COLUMNS
from timeline.store import ARTICLE_COLUMNS, INCIDENT_COLUMNS, events_frame_types

TOWNS = (  # name, Arabic name, lat, lon, governorate, country
    ("Raqqa", "الرقة", 35.95, 39.01, "Ar Raqqah", "SY"),
    ("Aleppo", "حلب", 36.20, 37.16, "Aleppo", "SY"),
    ("Deir ez-Zor", "دير الزور", 35.33, 40.14, "Dayr az Zawr", "SY"),
    ("Idlib", "إدلب", 35.93, 36.63, "Idlib", "SY"),
    ("Homs", "حمص", 34.73, 36.71, "Homs", "SY"),
    ("Palmyra", "تدمر", 34.56, 38.28, "Homs", "SY"),
    ("Manbij", "منبج", 36.53, 37.95, "Aleppo", "SY"),
    ("Al-Bab", "الباب", 36.37, 37.52, "Aleppo", "SY"),
    ("Douma", "دوما", 33.57, 36.40, "Rif Dimashq", "SY"),
    ("Daraa", "درعا", 32.62, 36.10, "Dar`a", "SY"),
    ("Al-Bukamal", "البوكمال", 34.45, 40.92, "Dayr az Zawr", "SY"),
    ("Mosul", "الموصل", 36.34, 43.13, "Ninawa", "IQ"),
    ("Fallujah", "الفلوجة", 33.35, 43.78, "Al Anbar", "IQ"),
    ("Ramadi", "الرمادي", 33.42, 43.30, "Al Anbar", "IQ"),
    ("Tikrit", "تكريت", 34.60, 43.68, "Sala ad-Din", "IQ"),
    ("Baiji", "بيجي", 34.93, 43.49, "Sala ad-Din", "IQ"),
    ("Sinjar", "سنجار", 36.32, 41.87, "Ninawa", "IQ"),
    ("Tal Afar", "تلعفر", 36.37, 42.45, "Ninawa", "IQ"),
    ("Hit", "هيت", 33.64, 42.83, "Al Anbar", "IQ"),
    ("Al-Qaim", "القائم", 34.37, 41.09, "Al Anbar", "IQ"),
    ("Baghdad", "بغداد", 33.34, 44.40, "Baghdad", "IQ"),
    ("Kirkuk", "كركوك", 35.47, 44.39, "Kirkuk", "IQ"),
)
TYPES = ("airstrike", "shelling", "ground_attack", "bombing", "statement", "other")
TYPE_WEIGHTS = (0.45, 0.2, 0.12, 0.1, 0.08, 0.05)
TYPE_AR = {"airstrike": "غارة جوية", "shelling": "قصف مدفعي", "ground_attack": "هجوم بري",
           "bombing": "تفجير", "statement": "بيان", "other": "حدث"}
ACTORS = ("coalition", "russia", "syrian_government", "turkey", "iraq", "isis", None)
ACTOR_AR = {"coalition": "التحالف الدولي", "russia": "الطيران الروسي", "syrian_government": "الجيش السوري",
            "turkey": "الجيش التركي", "iraq": "القوات العراقية", "isis": "تنظيم داعش", None: "مجهولون"}
SOURCES = ("SANA", "Al-Thawra", "Elaph", "Al-Watan", "Al-Rai Press", "Enab Baladi", "Al-Hayat")
AR_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول")
START = dt.date(2014, 1, 1)
DAYS = (dt.date(2018, 12, 31) - START).days + 1


def synthetic_events(n: int, seed: int = 0) -> pd.DataFrame:
    """`n` synthetic events (same `seed`, same table) with the store's columns and types."""
    rng = np.random.default_rng(seed)
    town = rng.integers(0, len(TOWNS), n)
    kind = rng.choice(len(TYPES), n, p=TYPE_WEIGHTS)
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
        event_type, who = TYPES[kind[i]], ACTORS[actor[i]]
        toll = int(killed[i]) if killed[i] >= 0 else None
        evidence = (f"{ACTOR_AR[who]} ينفذ {TYPE_AR[event_type]} على {name_ar}"
                    + (f" ما أدى إلى مقتل {toll} أشخاص" if toll is not None else "")
                    + (f" في {date_text}" if date_text else "") + ".")
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
            "title": f"{TYPE_AR[event_type]} على {name_ar}", "published": when.isoformat(),
            "published_basis": "metadata", "date_end": date_end, "actor_text": ACTOR_AR[who],
            "actor_hedged": False, "toll_is_minimum": False, "victims": None, "place_relation": None,
            "place_radius_km": None, "place_approximate": bool(coarse_place[i]),
            "cited_sources": json.dumps([SOURCES[(source[i] + 1) % len(SOURCES)]] if i % 4 == 0 else []),
            "incident_id": f"inc-{incident:06d}",
        })
    return events_frame_types(pd.DataFrame(rows, columns=list(EVENT_COLUMNS)))


def _date(when: dt.date, precision: int) -> tuple[str | None, str | None, str | None]:
    """(date, last day, date as written) at the given precision (0 day … 3 undated)."""
    if precision == 0:
        return when.isoformat(), when.isoformat(), f"{when.day} {AR_MONTHS[when.month - 1]} {when.year}"
    if precision == 1:
        last = (pd.Timestamp(when) + pd.offsets.MonthEnd(0)).date()
        return when.strftime("%Y-%m"), last.isoformat(), f"{AR_MONTHS[when.month - 1]} {when.year}"
    if precision == 2:
        return str(when.year), f"{when.year}-12-31", f"عام {when.year}"
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
