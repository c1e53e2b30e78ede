"""Incidents kept up to date with the events a build added and removed, and the analyst's own groupings.

`regroup_incidents` regroups only the windows of days the change touches, or every event when the
change is a large share of the store; the incidents the analyst set ("same incident as", "split from
its incident") then replace those of the rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

import duckdb
import pandas as pd
import pyarrow as pa

from timeline import event_corrections
from timeline.extract import incidents
from timeline.extract.incidents import GROUPING_COLUMNS, incident_id, incidents_table
from timeline.models import EVENT_COLUMNS, Event
from timeline.store import INCIDENT_COLUMNS, TOUCHED_COLUMNS, get_meta

#: A build that added or removed more than this share of the store's events regroups them all.
WHOLE_REGROUPING_SHARE = 0.2
_GROUPING_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in GROUPING_COLUMNS) + " FROM events"


#: Events read at a time when a build regroups every event (`incidents.group_in_windows`).
GROUPING_CHUNK = 20_000


def regroup_incidents(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the incidents up to date with the events the build added (those without an incident) and
    removed (the ``touched`` table): only the windows of days those touch are regrouped
    (`incidents.regroup_incidents`), or every event when the change is a large share of the store, the
    store has no incidents yet, or a stopped build of an older store left its changes unrecorded."""
    added = con.execute("SELECT count(*) FROM events WHERE incident_id IS NULL").fetchall()[0][0]
    removed = con.execute("SELECT count(*) FROM touched").fetchall()[0][0]
    if added or removed or get_meta(con, "regroup") == "all":
        total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        whole = (get_meta(con, "regroup") == "all" or added + removed > WHOLE_REGROUPING_SHARE * total
                 or not con.execute("SELECT count(*) FROM incidents").fetchall()[0][0])
        if whole:
            _regroup_all(con)
        else:
            _regroup_touched(con)
        _apply_analyst_incidents(con)
    con.execute("DELETE FROM touched")
    con.execute("DELETE FROM meta WHERE key = 'regroup'")


def _regroup_all(con: duckdb.DuckDBPyConnection) -> None:
    """Regroup every event, reading the events in order of type and date a chunk at a time."""
    columns = ", ".join(f'"{c}"' for c in GROUPING_COLUMNS)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE grouping_order AS
                    SELECT row_number() OVER (ORDER BY event_type, date, event_id) AS position, {columns}
                    FROM events ORDER BY position""")
    con.execute("CREATE OR REPLACE TEMP TABLE regrouped (event_id VARCHAR, incident_id VARCHAR)")
    con.execute("DELETE FROM incidents")

    def chunks() -> Iterator[pd.DataFrame]:
        first = 0
        while True:
            chunk = con.execute(f"SELECT {columns} FROM grouping_order WHERE position > ? AND position <= ? "
                                "ORDER BY position", [first, first + GROUPING_CHUNK]).df()
            if not len(chunk):
                return
            yield chunk
            first += GROUPING_CHUNK

    try:
        for grouped in incidents.group_in_windows(chunks()):
            _write_incidents(con, grouped.incidents)
            con.register("window_ids", _assignments(grouped.assignments))
            con.execute("INSERT INTO regrouped SELECT * FROM window_ids")
            con.unregister("window_ids")
        con.execute("""UPDATE events SET incident_id = r.incident_id FROM regrouped r
                       WHERE events.event_id = r.event_id AND events.incident_id IS DISTINCT FROM r.incident_id""")
    finally:
        con.execute("DROP TABLE IF EXISTS grouping_order; DROP TABLE IF EXISTS regrouped")


def _regroup_touched(con: duckdb.DuckDBPyConnection) -> None:
    added = con.sql(f"{_GROUPING_SELECT} WHERE incident_id IS NULL").df()
    removed = con.sql(f"SELECT {', '.join(TOUCHED_COLUMNS)} FROM touched").df()

    def fetch(kind: str, first: str, last: str) -> pd.DataFrame:
        return con.execute(f"{_GROUPING_SELECT} WHERE event_type = ? AND date_precision = 'day' "
                           "AND date BETWEEN ? AND ?", [kind, first, last]).df()

    change = incidents.regroup_incidents(added, removed, fetch)
    replaced = [*change.replaced, *change.incidents["incident_id"].astype(str)]
    con.register("replaced", pa.table({"incident_id": pa.array(replaced, pa.string())}))
    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT incident_id FROM replaced)")
    con.unregister("replaced")
    _apply(con, change.incidents, change.assignments)


def _write_incidents(con: duckdb.DuckDBPyConnection, table: pd.DataFrame) -> None:
    if len(table):
        con.register("new_incidents", pa.Table.from_pandas(table[list(INCIDENT_COLUMNS)], preserve_index=False))
        con.execute("INSERT INTO incidents SELECT * FROM new_incidents")
        con.unregister("new_incidents")


def _assignments(assignments: pd.DataFrame) -> pa.Table:
    return pa.table({"event_id": pa.array(assignments["event_id"].astype(str), pa.string()),
                     "incident_id": pa.array(assignments["incident_id"].astype(str), pa.string())})


def _apply(con: duckdb.DuckDBPyConnection, table: pd.DataFrame, assignments: pd.DataFrame) -> None:
    """Write the incidents `table` and set the events' incident ids from `assignments`."""
    _write_incidents(con, table)
    con.register("assigned", _assignments(assignments))
    con.execute("""UPDATE events SET incident_id = a.incident_id FROM assigned a
                   WHERE events.event_id = a.event_id AND events.incident_id IS DISTINCT FROM a.incident_id""")
    con.unregister("assigned")


def _apply_analyst_incidents(con: duckdb.DuckDBPyConnection) -> None:
    """Set the incidents the analyst decided ("same incident as", "split from its incident") over those
    of the rules, and recount the incidents that gained or lost an event."""
    events = _stored_events(con, "analyst IS NOT NULL")
    ids = _analyst_incidents(con, events)
    if not ids:
        return
    before = con.execute("SELECT DISTINCT incident_id FROM events WHERE event_id IN (SELECT unnest($ids))",
                         {"ids": list(ids)}).fetchall()
    affected = sorted({row[0] for row in before if row[0]} | set(ids.values()))
    con.register("analyst_set", pa.table({"event_id": list(ids), "incident_id": list(ids.values())}))
    con.execute("""UPDATE events SET incident_id = a.incident_id FROM analyst_set a
                   WHERE events.event_id = a.event_id""")
    con.unregister("analyst_set")
    frame = con.execute(f"{_GROUPING_SELECT} WHERE incident_id IN (SELECT unnest($ids))", {"ids": affected}).df()
    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT unnest($ids))", {"ids": affected})
    if len(frame):
        con.register("recounted", pa.Table.from_pandas(incidents_table(frame)[list(INCIDENT_COLUMNS)],
                                                        preserve_index=False))
        con.execute("INSERT INTO incidents SELECT * FROM recounted")
        con.unregister("recounted")


def _analyst_incidents(con: duckdb.DuckDBPyConnection, events: Sequence[Event]) -> dict[str, str]:
    """The incident ids the analyst set, by event id: an incident of its own for an event split from its
    incident, that of the other event for one said to be the same incident as it (when its anchor
    still finds it); the events are as grouped by the rules."""
    marked = {e.event_id: event_corrections.marks_of(e.analyst).get("incident") for e in events if e.analyst}
    marked = {event_id: incident for event_id, incident in marked.items() if incident}
    if not marked:
        return {}
    current = {e.event_id: e.incident_id for e in events}
    out: dict[str, str] = {}
    for event_id, incident in marked.items():
        if incident.get("split"):
            out[event_id] = current[event_id] = f"{incident_id(event_id)}/own"
    for event_id, incident in marked.items():
        if "same_as" in incident:
            other = _anchored_event(con, event_corrections.Anchor.from_dict(incident["same_as"]))
            if other is not None and other in current:
                out[event_id] = current[event_id] = current[other]
    return out


def _anchored_event(con: duckdb.DuckDBPyConnection, anchor: event_corrections.Anchor) -> str | None:
    """The id of the stored event `anchor` finds, None when its evidence is gone."""
    rows = con.execute("""SELECT article_id, text FROM articles WHERE content_sha1 = ? OR article_id = ?
                          ORDER BY content_sha1 = ? DESC LIMIT 1""",
                       [anchor.content_sha1, anchor.article_id, anchor.content_sha1]).fetchall()
    if not rows:
        return None
    article_id, text = rows[0]
    events = _stored_events(con, "article_id = ?", [article_id])
    match = event_corrections.matching(anchor, events, text or "")
    return match.event_id if match else None


def _stored_events(con: duckdb.DuckDBPyConnection, where: str, params: Sequence[object] = ()) -> list[Event]:
    """The stored events that SQL condition `where` selects, as records."""
    columns = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
    cursor = con.execute(f"SELECT {columns} FROM events WHERE {where}", params)
    names = [d[0] for d in cursor.description]
    return [Event.from_dict({**row, "cited_sources": json.loads(row["cited_sources"] or "[]")})
            for row in (dict(zip(names, values, strict=True)) for values in cursor.fetchall())]
