"""The event store the dashboard reads: one DuckDB file, replaced whole by each build.

Tables: ``articles`` (`ARTICLE_COLUMNS`, then where each article came from: its input file
and line, the digest of its raw text and the corrections applied to it and its events), ``events``
(`EVENT_COLUMNS`), ``dismissed`` (the events an analyst said are not events, same columns),
``incidents`` (`INCIDENT_COLUMNS`), ``errors`` (what the inputs hold that
could not be read or used, with the input it belongs to), ``files`` (the size, time and
digest of each input file read, so that a build reads only what changed), ``inputs`` (the
folders, files and corpora the store is built from), ``touched`` (the events the build in
progress removed, with what regrouping reads of them: their type, date, place and incident; the
events it added are those without an incident yet) and ``meta``.

Readers open a read-only `snapshot`: builds never write the file readers have open (they
write a working copy and swap it in, `timeline.storefile`), so a reader keeps the version it
opened for as long as it holds the connection. `ingest` is the one bulk write of extraction
results (Arrow tables, or a Parquet dataset with `ingest_dataset`), one transaction per call.
The store imports only the core records and errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from gazetteer.paths import data_home
from timeline.errors import StoreCorruptError, StoreNotFoundError
from timeline.models import EVENT_COLUMNS, Event, Incident

#: Bumped when the tables change; a store of another version is rebuilt from its recorded inputs.
SCHEMA_VERSION = "3"

ARTICLE_COLUMNS = (
    "article_id", "path", "title", "source", "source_ar", "source_basis", "published",
    "published_basis", "url", "cited_sources", "sha1", "text",
)
INCIDENT_COLUMNS = (
    "incident_id", "event_type", "date", "place", "lat", "lon", "event_ids", "article_ids",
    "sources", "n_sources",
)
_EVENT_TYPES = {
    "lat": pa.float64(), "lon": pa.float64(), "place_radius_km": pa.float64(),
    "killed": pa.int64(), "injured": pa.int64(), "start": pa.int64(), "end": pa.int64(),
    "actor_hedged": pa.bool_(), "toll_is_minimum": pa.bool_(), "place_approximate": pa.bool_(),
}
#: The events table; ``cited_sources`` holds a JSON array.
EVENT_SCHEMA = pa.schema([(name, _EVENT_TYPES.get(name, pa.string())) for name in EVENT_COLUMNS])
#: What `ingest` takes for events: the table's columns and ``article_path``, the `Article.path`
#: of the article the event came from (which of two articles with one id it belongs to).
#: ``dismissed`` marks an event the analyst said is none: it goes to the ``dismissed`` table.
EVENT_BATCH_SCHEMA = EVENT_SCHEMA.append(pa.field("article_path", pa.string())).append(
    pa.field("dismissed", pa.bool_()))
#: What `ingest` takes for articles: `ARTICLE_COLUMNS` (``sha1``: the build's fingerprint,
#: ``cited_sources``: a JSON array), the input file, the line of a corpus (null for a whole
#: file), the digest of the raw text, the correction applied (a JSON object, or null) and the
#: corrections of its events applied (`timeline.event_corrections.applied_key`, or null).
ARTICLE_SCHEMA = pa.schema(
    [(name, pa.string()) for name in ARTICLE_COLUMNS]
    + [("input", pa.string()), ("line", pa.int64()), ("content_sha1", pa.string()), ("correction", pa.string()),
       ("event_corrections", pa.string())]
)
#: What `ingest` takes for problems: the `ReadError` fields, its kind (``read``, ``extraction``,
#: ``duplicate``) and the input file it belongs to; for a duplicate, its ``article_id`` and the
#: digest of its raw text.
ERROR_SCHEMA = pa.schema([
    ("path", pa.string()), ("line", pa.int64()), ("reason", pa.string()), ("kind", pa.string()),
    ("input", pa.string()), ("article_id", pa.string()), ("content_sha1", pa.string()),
])
#: Words of DuckDB's messages about a damaged file (as opposed to a mistake in a query).
_DAMAGE = ("not a valid DuckDB database file", "Corrupt database file", "Could not read enough bytes",
           "checksum", "Serialization Error", "INTERNAL Error")
_SQL_TYPES = {pa.string(): "VARCHAR", pa.float64(): "DOUBLE", pa.int64(): "BIGINT", pa.bool_(): "BOOLEAN"}


def _columns(schema: pa.Schema) -> str:
    return ", ".join(f'"{f.name}" {_SQL_TYPES[f.type]}' for f in schema)


_TABLES = {
    "articles": f"{_columns(ARTICLE_SCHEMA)}, stamp BIGINT",
    "events": _columns(EVENT_SCHEMA),
    # the events an analyst said are not events: kept with the extractor's values, out of every view
    "dismissed": _columns(EVENT_SCHEMA),
    "incidents": "incident_id VARCHAR, event_type VARCHAR, date VARCHAR, place VARCHAR, lat DOUBLE, lon DOUBLE,"
                 " event_ids VARCHAR, article_ids VARCHAR, sources VARCHAR, n_sources BIGINT",
    "errors": f"{_columns(ERROR_SCHEMA)}, stamp BIGINT",
    "files": "path VARCHAR, root VARCHAR, size BIGINT, mtime_ns BIGINT, digest VARCHAR, pending BOOLEAN",
    "inputs": "position INTEGER, path VARCHAR, kind VARCHAR",
    # the events a build removed, for regrouping only the incidents they touch
    "touched": "event_type VARCHAR, date VARCHAR, date_precision VARCHAR, lat DOUBLE, lon DOUBLE,"
               " place_precision VARCHAR, place_approximate BOOLEAN, incident_id VARCHAR",
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
}


def default_store() -> Path:
    """The store file in the user's data directory."""
    return data_home() / "store.duckdb"


#: The columns of ``touched`` (what `delete_events` notes of each event removed).
TOUCHED_COLUMNS = tuple(c.split()[0] for c in _TABLES["touched"].split(","))


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the store's tables that are missing, and record the schema version. A ``touched`` table
    of an older layout is made anew; when it held rows (a build stopped halfway), the next regrouping
    is a whole one (meta ``regroup`` = ``all``)."""
    if "touched" in table_names(con):
        columns = tuple(r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                                   "WHERE table_name = 'touched' ORDER BY ordinal_position").fetchall())
        if columns != TOUCHED_COLUMNS:
            if con.execute("SELECT count(*) FROM touched").fetchall()[0][0]:
                set_meta(con, "regroup", "all")
            con.execute("DROP TABLE touched")
    for name, columns in _TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
    set_meta(con, "schema", SCHEMA_VERSION)


def table_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The tables of the connection's current database (from DuckDB's own catalogue: ``information_schema``
    takes ten times as long, on every first view of the dashboard)."""
    query = "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
    return {name for (name,) in con.execute(query).fetchall()}


def get_meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    if "meta" not in table_names(con):
        return None
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


@contextmanager
def snapshot(store: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the store's current version, unchanged by builds while it is open.

    The file is attached to a connection of its own (not DuckDB's per-path cache, which would
    hand out a version a build has since replaced). Raises `StoreNotFoundError` when there is no
    store and `StoreCorruptError` when the file is not one.
    """
    store = store or default_store()
    if not store.exists():
        raise StoreNotFoundError(f"{store}: no event store; run `python -m timeline build` first")
    con = duckdb.connect(":memory:")
    try:
        _attach(con, store)
        con.execute("USE store")
        yield con
    finally:
        con.close()


#: How many times a reader opens the store when builds keep swapping a new version in while it opens it.
ATTACH_TRIES = 5


def _attach(con: duckdb.DuckDBPyConnection, store: Path) -> None:
    """Attach `store` read-only to `con` as ``store``. A build that swaps a new version in while DuckDB
    opens the file can make it read parts of both (its header from one, its metadata from the other):
    an error while the file was replaced is tried again; any other is `StoreCorruptError`."""
    for attempt in range(1, ATTACH_TRIES + 1):
        before = _file_identity(store)
        try:
            con.execute(f"ATTACH {_quoted(store)} AS store (READ_ONLY)")
            return
        except duckdb.Error as exc:
            if attempt == ATTACH_TRIES or _file_identity(store) == before:
                raise StoreCorruptError(
                    f"{store}: not a readable event store ({exc}); `python -m timeline build` moves it aside "
                    "and builds a new one") from exc


def _file_identity(path: Path) -> tuple[int, int, int] | None:
    """Which file `path` names (inode, size, time), or None when there is none: a swapped-in version has
    another."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def is_damage(exc: BaseException) -> bool:
    """True when a DuckDB error says that a database file is damaged."""
    return isinstance(exc, duckdb.Error) and any(word in str(exc) for word in _DAMAGE)


def _read(store: Path | None, query: str, params: Sequence[object] = ()) -> pd.DataFrame:
    store = store or default_store()
    with snapshot(store) as con:
        try:
            return con.execute(query, list(params)).df()
        except duckdb.CatalogException as exc:
            raise StoreCorruptError(f"{store}: not an event store of this version ({exc})") from exc
        except duckdb.Error as exc:
            if not is_damage(exc):
                raise
            raise StoreCorruptError(f"{store}: not a readable event store ({exc}); `python -m timeline build` "
                                    "moves it aside and builds a new one") from exc


@contextmanager
def reader(store: Path | None = None, memory_limit: str = "512MB") -> Iterator[duckdb.DuckDBPyConnection]:
    """A `snapshot` of the store for queries that push a view's filters down (the dashboard's), with
    DuckDB's memory capped at `memory_limit`."""
    with snapshot(store) as con:
        con.execute(f"SET memory_limit = '{memory_limit}'")
        yield con


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


def load_events(store: Path | None = None) -> pd.DataFrame:
    """All events, in the column order of `EVENT_COLUMNS`, by article and position."""
    columns = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
    frame = _read(store, f"SELECT {columns} FROM events ORDER BY article_id, start, event_id")
    return events_frame_types(frame)


def load_incidents(store: Path | None = None) -> pd.DataFrame:
    """All incidents; list columns hold JSON arrays."""
    columns = ", ".join(INCIDENT_COLUMNS)
    return _read(store, f"SELECT {columns} FROM incidents ORDER BY incident_id")


def load_articles(store: Path | None = None) -> pd.DataFrame:
    """Article metadata (without text)."""
    columns = ", ".join(c for c in ARTICLE_COLUMNS if c != "text")
    return _read(store, f"SELECT {columns} FROM articles ORDER BY article_id")


def load_errors(store: Path | None = None) -> pd.DataFrame:
    """What the inputs hold that could not be read or used: path, line, reason (and its kind)."""
    return _read(store, "SELECT path, line, reason, kind FROM errors ORDER BY path, line NULLS FIRST, reason")


def article_text(article_id: str, store: Path | None = None) -> str | None:
    """The cleaned text of one article, as the event offsets index it."""
    frame = _read(store, "SELECT text FROM articles WHERE article_id = ?", [article_id])
    return None if frame.empty else str(frame.iloc[0, 0])


# --- writing --------------------------------------------------------------------------------------

_SETTLED = """(h.stamp = $stamp OR NOT coalesce((SELECT f.pending FROM files f WHERE f.path = h.input), false))"""
_BEFORE = """(h.input < c.input OR (h.input = c.input AND coalesce(h.line, 0) < coalesce(c.line, 0)))"""


def ingest(
    con: duckdb.DuckDBPyConnection,
    articles: pa.Table,
    events: pa.Table,
    errors: pa.Table | None = None,
    unchanged: Sequence[str] = (),
    *,
    stamp: int,
) -> int:
    """Write one batch of extraction results in one transaction; the number of articles stored.

    `articles` (`ARTICLE_SCHEMA`) replace the rows of the same ids, with their `events`
    (`EVENT_BATCH_SCHEMA`); `errors` (`ERROR_SCHEMA`) are recorded; the articles named in
    `unchanged` are kept as they are. Article ids stay unique: of two articles with one id, the
    one whose (input, line) comes first is kept and the other is recorded as a ``duplicate``
    error, whatever the order of the batches. Every row written is stamped with `stamp`, the
    build's number (`timeline.build` removes, when it finishes, the rows of the inputs it
    re-read that no batch stamped).
    """
    con.begin()
    try:
        _ingest(con, articles, events, errors, unchanged, stamp)
        stored = con.execute("SELECT count(*) FROM winners").fetchall()[0][0]
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        for name in ("batch_articles", "batch_events", "batch_errors", "batch_unchanged"):
            con.unregister(name)
        con.execute("DROP TABLE IF EXISTS candidates; DROP TABLE IF EXISTS winners")
    return stored


def _ingest(con: duckdb.DuckDBPyConnection, articles: pa.Table, events: pa.Table, errors: pa.Table | None,
            unchanged: Sequence[str], stamp: int) -> None:
    params = {"stamp": stamp}
    con.register("batch_articles", articles.select(ARTICLE_SCHEMA.names))
    con.register("batch_events", events.select(EVENT_BATCH_SCHEMA.names))
    con.register("batch_errors", (errors if errors is not None else ERROR_SCHEMA.empty_table()).select(
        ERROR_SCHEMA.names))
    con.register("batch_unchanged", pa.table({"article_id": pa.array(list(unchanged), pa.string())}))
    # statements with nothing to do are left out: each reads the whole table it changes
    if unchanged:
        con.execute("UPDATE articles SET stamp = $stamp WHERE article_id IN (SELECT article_id FROM batch_unchanged)",
                    params)
    if errors is not None and errors.num_rows:
        con.execute("INSERT INTO errors SELECT *, $stamp FROM batch_errors", params)
    # the first of the batch's articles of each id, and whether the store holds a settled one before it
    # (what deciding needs: the texts are copied once, from the batch into the store)
    con.execute("""
        CREATE TEMP TABLE candidates AS
        SELECT article_id, path, input, line, content_sha1,
               row_number() OVER (PARTITION BY article_id ORDER BY input, coalesce(line, 0)) AS rank
        FROM batch_articles""")
    con.execute(f"""
        CREATE TEMP TABLE winners AS
        SELECT c.article_id, c.path, h.article_id IS NOT NULL AS held FROM candidates c
        LEFT JOIN articles h USING (article_id)
        WHERE c.rank = 1 AND NOT coalesce(h.path <> c.path AND {_SETTLED} AND {_BEFORE}, false)""", params)
    # an article the store does not hold has no events there either (they are written and deleted with it)
    held, losing = con.execute("""SELECT coalesce(bool_or(held), false), (SELECT count(*) FROM candidates) - count(*)
                                  FROM winners""").fetchall()[0]
    _record_duplicates(con, params, held, losing > 0)
    if held:
        delete_events(con, "article_id IN (SELECT article_id FROM winners WHERE held)")
        con.execute("DELETE FROM articles WHERE article_id IN (SELECT article_id FROM winners WHERE held)")
    columns = ", ".join(f'c."{name}"' for name in ARTICLE_SCHEMA.names)
    con.execute(f"""INSERT INTO articles SELECT {columns}, $stamp FROM batch_articles c
                    JOIN winners w ON c.article_id = w.article_id AND c.path = w.path""", params)
    # an event added has no incident until the build regroups (`timeline.regrouping.regroup_incidents`)
    columns = ", ".join("NULL" if name == "incident_id" else f'e."{name}"' for name in EVENT_SCHEMA.names)
    kinds = [("events", "NOT")] + ([("dismissed", "")] if pc.any(events.column("dismissed")).as_py() else [])
    for table, dismissed in kinds:
        con.execute(f"""INSERT INTO {table} SELECT {columns} FROM batch_events e
                        JOIN winners w ON e.article_id = w.article_id AND e.article_path = w.path
                        WHERE {dismissed} coalesce(e.dismissed, false)""")


def delete_events(con: duckdb.DuckDBPyConnection, where: str, params: Sequence[object] = ()) -> None:
    """Delete the events `where` selects (and the dismissed ones), noting in ``touched`` where they were
    and their incident."""
    columns = ", ".join(TOUCHED_COLUMNS)
    con.execute(f"INSERT INTO touched SELECT {columns} FROM events WHERE {where}", list(params))
    con.execute(f"DELETE FROM events WHERE {where}", list(params))
    con.execute(f"DELETE FROM dismissed WHERE {where}", list(params))


def _record_duplicates(con: duckdb.DuckDBPyConnection, params: dict[str, int], held: bool, losing: bool) -> None:
    """Record as duplicates the batch's articles that lose to another of the same id (when any is
    `losing`), and the stored (settled) articles that lose to one of the batch (when the store `held`
    any of the winners' ids); `name_duplicates` writes their reasons."""
    if losing:
        con.execute("""INSERT INTO errors SELECT c.input, c.line, NULL, 'duplicate', c.input, c.article_id,
                           c.content_sha1, $stamp FROM candidates c
                       WHERE NOT EXISTS (SELECT 1 FROM winners w
                                         WHERE w.article_id = c.article_id AND w.path = c.path)""", params)
    if not held:
        return
    con.execute(f"""INSERT INTO errors SELECT h.input, h.line, NULL, 'duplicate', h.input, h.article_id,
                        h.content_sha1, $stamp FROM articles h JOIN winners w ON h.article_id = w.article_id
                    WHERE h.path <> w.path AND {_SETTLED}""", params)


def name_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    """Say of each recorded duplicate which article holds its id, and whether it has the same text."""
    con.execute("""
        UPDATE errors SET reason = 'article id ' || errors.article_id || ' is already that of '
            || CASE WHEN a.content_sha1 = errors.content_sha1 THEN 'the same text at ' ELSE 'another article at ' END
            || a.path || '; this one is left out'
        FROM articles a WHERE errors.kind = 'duplicate' AND errors.article_id = a.article_id""")


def ingest_dataset(con: duckdb.DuckDBPyConnection, folder: Path, *, stamp: int) -> int:
    """Ingest a Parquet dataset written by an engine, one transaction per file of articles (with their
    events), so that memory stays that of one file whatever the dataset's size: ``folder/articles/**``
    and ``folder/events/**``, and optionally ``folder/errors/**`` and ``folder/unchanged/**`` (the ids
    of the articles read whose fingerprint is the store's), in the schemas `ARTICLE_SCHEMA`,
    `EVENT_BATCH_SCHEMA`, `ERROR_SCHEMA` and ``article_id``; any partitioning (hive-style partition
    columns are not read), an article's events in any file. The number of articles stored."""
    def files(name: str) -> list[Path]:
        return sorted((folder / name).rglob("*.parquet")) if (folder / name).is_dir() else []

    def read(paths: list[Path], schema: pa.Schema) -> str:
        names = ", ".join(f'"{n}"' for n in schema.names)
        listed = ", ".join("'" + str(f).replace("'", "''") + "'" for f in paths)
        return f"SELECT {names} FROM read_parquet([{listed}], union_by_name = true, hive_partitioning = false)"

    def table(paths: list[Path], schema: pa.Schema) -> pa.Table:
        return con.sql(read(paths, schema)).to_arrow_table().cast(schema) if paths else schema.empty_table()

    event_files = files("events")
    if event_files:  # held by DuckDB (which spills to disk), an article file's events taken from it
        con.execute("SET preserve_insertion_order = false")  # else the read holds what it may not spill
        try:
            con.execute("CREATE OR REPLACE TEMP TABLE dataset_events AS " + read(event_files, EVENT_BATCH_SCHEMA))
        finally:
            con.execute("RESET preserve_insertion_order")
    else:
        con.execute(f"CREATE OR REPLACE TEMP TABLE dataset_events ({_columns(EVENT_BATCH_SCHEMA)})")
    try:
        errors = table(files("errors"), ERROR_SCHEMA)
        unchanged = table(files("unchanged"), pa.schema([("article_id", pa.string())])).column("article_id")
        stored = 0
        for number, path in enumerate(files("articles") or [None]):
            articles = table([path] if path else [], ARTICLE_SCHEMA)
            con.register("file_articles", articles.select(["article_id"]))
            events = con.sql("SELECT * FROM dataset_events WHERE article_id IN (SELECT article_id FROM file_articles)")
            events = events.to_arrow_table().cast(EVENT_BATCH_SCHEMA)
            con.unregister("file_articles")
            first = number == 0
            stored += ingest(con, articles, events, errors if first else None,
                             unchanged.to_pylist() if first else (), stamp=stamp)
        return stored
    finally:
        con.execute("DROP TABLE IF EXISTS dataset_events")
