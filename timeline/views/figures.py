"""The headline figures of a view: what the dashboard's metrics and the briefing image both show.

One function computes them (one SQL query, over the store or over a table in memory) and one
table names them, so that a slide never disagrees with the page it was made from.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from timeline.views.mapview import STRIKE_TYPES
from timeline.views.query import EventQuery

#: The figures in the order they are shown, with their labels.
HEADLINE = (
    ("events", "Events"),
    ("strikes", "Strikes"),
    ("killed", "Killed (at least)"),
    ("outlets", "Outlets"),
    ("shared", "Incidents reported by >1 outlet"),
)
_COLUMNS = ["event_id", "incident_id", "killed", "event_type", "source"]
_SQL = """WITH v AS ({view}), keyed AS (SELECT COALESCE(CAST(incident_id AS VARCHAR), CAST(event_id AS VARCHAR)) AS k,
    killed FROM v)
SELECT (SELECT count(*) FROM v),
       (SELECT count(*) FROM v WHERE list_contains(?::VARCHAR[], CAST(event_type AS VARCHAR))),
       (SELECT CAST(COALESCE(sum(m), 0) AS BIGINT) FROM (SELECT max(COALESCE(killed, 0)) AS m FROM keyed GROUP BY k)),
       (SELECT count(DISTINCT source) FROM v),
       {shared}"""
_SHARED = "(SELECT count(*) FROM {incidents} WHERE n_sources > 1 AND incident_id IN (SELECT k FROM keyed))"


def headline(view: pd.DataFrame | EventQuery, incidents: pd.DataFrame | None = None) -> dict[str, int]:
    """Events, strikes, killed (at least: the largest toll of each incident, summed, as outlets repeat
    one another), outlets, and incidents in view that more than one outlet reported.

    `view` is a table of the events in view (then `incidents` is the incidents table, or None) or an
    `EventQuery` on the store (whose ``incidents`` table is read)."""
    if isinstance(view, EventQuery):
        sql, params = view.sql()
        return _figures(view.con, sql, params, "incidents")
    with duckdb.connect() as con:
        con.register("view_events", view[_COLUMNS])
        table = None
        if incidents is not None and not incidents.empty:
            con.register("view_incidents", incidents[["incident_id", "n_sources"]])
            table = "view_incidents"
        return _figures(con, "SELECT * FROM view_events", [], table)


def _figures(con: duckdb.DuckDBPyConnection, view_sql: str, params: list[object], incidents: str | None) -> dict:
    shared = _SHARED.format(incidents=incidents) if incidents else "0"
    row = con.execute(_SQL.format(view=view_sql, shared=shared), [*params, list(STRIKE_TYPES)]).fetchone()
    return dict(zip((key for key, _ in HEADLINE), (int(v) for v in row), strict=True))


def labelled_headline(view: pd.DataFrame | EventQuery, incidents: pd.DataFrame | None = None) -> list[tuple[str, int]]:
    """The `headline` figures with their labels, in the order of `HEADLINE`."""
    figures = headline(view, incidents)
    return [(label, figures[key]) for key, label in HEADLINE]
