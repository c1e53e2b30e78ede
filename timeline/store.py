"""The event store the dashboard reads: one DuckDB file.

`timeline.build` writes it; the loaders here return pandas tables with fixed
columns. The store imports only the core records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pandas as pd

from gazetteer.paths import data_home
from timeline.errors import StoreNotFoundError
from timeline.models import EVENT_COLUMNS, Event, Incident

ARTICLE_COLUMNS = (
    "article_id", "path", "title", "source", "source_ar", "source_basis", "published",
    "published_basis", "url", "cited_sources", "sha1", "text",
)
INCIDENT_COLUMNS = (
    "incident_id", "event_type", "date", "place", "lat", "lon", "event_ids", "article_ids",
    "sources", "n_sources",
)

def default_store() -> Path:
    """The store file in the user's data directory."""
    return data_home() / "store.duckdb"


def connect(store: Path) -> duckdb.DuckDBPyConnection:
    store.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(store))
    con.execute(
        "CREATE TABLE IF NOT EXISTS articles (article_id VARCHAR PRIMARY KEY, path VARCHAR, title VARCHAR,"
        " source VARCHAR, source_ar VARCHAR, source_basis VARCHAR, published VARCHAR,"
        " published_basis VARCHAR, url VARCHAR, cited_sources VARCHAR, sha1 VARCHAR, text VARCHAR)"
    )
    con.execute("CREATE TABLE IF NOT EXISTS extracted (article_id VARCHAR PRIMARY KEY, events VARCHAR)")
    con.execute("CREATE TABLE IF NOT EXISTS errors (path VARCHAR, line INTEGER, reason VARCHAR)")
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    return con


def reader(store: Path | None = None, memory_limit: str = "512MB") -> duckdb.DuckDBPyConnection:
    """A read-only connection to the store, for queries that push the view's filters down (the
    dashboard's): DuckDB's memory capped at `memory_limit`. FileNotFoundError when there is none."""
    store = store or default_store()
    if not store.exists():
        raise FileNotFoundError(f"{store}: no event store; run `python -m timeline build` first")
    con = duckdb.connect(str(store), read_only=True)
    con.execute(f"SET memory_limit = '{memory_limit}'")
    return con


def replace_table(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> None:
    con.register("frame", frame)
    con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM frame")
    con.unregister("frame")


def events_frame(events: Sequence[Event]) -> pd.DataFrame:
    """Events as a table with the columns of `EVENT_COLUMNS`, typed."""
    rows = [e.to_dict() for e in events]
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame["cited_sources"] = [json.dumps(r["cited_sources"], ensure_ascii=False) for r in rows]
    return events_frame_types(frame)


def events_frame_types(frame: pd.DataFrame) -> pd.DataFrame:
    """Give an events table its column types (nullable integers and floats, text, booleans)."""
    frame = frame.astype(
        {
            "lat": "Float64", "lon": "Float64", "place_radius_km": "Float64",
            "killed": "Int64", "injured": "Int64", "start": "Int64", "end": "Int64",
            "actor_hedged": "boolean", "toll_is_minimum": "boolean", "place_approximate": "boolean",
        }
    )
    text_columns = [c for c in EVENT_COLUMNS if str(frame[c].dtype) in ("object", "str", "string")]
    return frame.astype(dict.fromkeys(text_columns, "string"))


def incidents_frame(incidents: Sequence[Incident]) -> pd.DataFrame:
    """Incidents as a table; list columns hold JSON arrays."""
    rows = []
    for incident in incidents:
        row = incident.to_dict()
        for key in ("event_ids", "article_ids", "sources"):
            row[key] = json.dumps(row[key], ensure_ascii=False)
        rows.append(row)
    return pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS))


def _read(store: Path | None, query: str, params: Sequence[object] = ()) -> pd.DataFrame:
    store = store or default_store()
    if not store.exists():
        raise StoreNotFoundError(f"{store}: no event store; run `python -m timeline build` first")
    with duckdb.connect(str(store), read_only=True) as con:
        return con.execute(query, list(params)).df()


def load_events(store: Path | None = None) -> pd.DataFrame:
    """All events, in the column order of `EVENT_COLUMNS`."""
    columns = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
    frame = _read(store, f"SELECT {columns} FROM events")
    return events_frame_types(frame)


def load_incidents(store: Path | None = None) -> pd.DataFrame:
    """All incidents; list columns hold JSON arrays."""
    return _read(store, "SELECT * FROM incidents")


def load_articles(store: Path | None = None) -> pd.DataFrame:
    """Article metadata (without text)."""
    columns = ", ".join(c for c in ARTICLE_COLUMNS if c != "text")
    return _read(store, f"SELECT {columns} FROM articles ORDER BY article_id")


def load_errors(store: Path | None = None) -> pd.DataFrame:
    """The inputs the last build could not read."""
    return _read(store, "SELECT * FROM errors")


def article_text(article_id: str, store: Path | None = None) -> str | None:
    """The cleaned text of one article, as the event offsets index it."""
    frame = _read(store, "SELECT text FROM articles WHERE article_id = ?", [article_id])
    return None if frame.empty else str(frame.iloc[0, 0])
