"""A view of the store as DuckDB queries: the filters pushed down, aggregates computed in SQL.

`EventQuery` turns `Filters` into SQL (its list filters from `filters.LIST_FILTERS`, the
date range, the toll, the text, the precision switches, recalled events), with the same meaning as
`filters.apply`: `dated` selects the events in view, `undated` the tray. The dashboard asks it
for counts, the rows of small views, the timeline's bins (`chart.bins`) and the map's cells,
so that the server never holds the whole event table. It reads through
`timeline.store.reader` or, for a table already in memory, `EventQuery.of_frame`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import duckdb
import pandas as pd

from timeline.models import EVENT_COLUMNS
from timeline.store import events_frame_types
from timeline.views.filters import LIST_FILTERS, RECALLED_AFTER_DAYS, SEARCHED, Filters, narrowed, search_form

#: the first day of an event's date ("2016", "2016-07" or "2016-07-18"), NULL when undated
START = ("TRY_CAST(CASE length(\"date\") WHEN 4 THEN \"date\" || '-01-01' WHEN 7 THEN \"date\" || '-01' "
         "ELSE substr(\"date\", 1, 10) END AS DATE)")
#: its last day
END = f"COALESCE(TRY_CAST(date_end AS DATE), {START})"
LOCATED = "lat IS NOT NULL AND lon IS NOT NULL"
SEARCH_FUNCTION = "tl_search_form"


def _quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def option_counts(con: duckdb.DuckDBPyConnection, table: str = "events") -> dict[str, dict[str, int]]:
    """By list filter, the values of its column in the store with their numbers of events."""
    out: dict[str, dict[str, int]] = {}
    for spec in LIST_FILTERS:
        column = _quoted(spec.column)
        rows = con.execute(f"SELECT CAST({column} AS VARCHAR), count(*) FROM {table} WHERE {column} IS NOT NULL "
                           f"GROUP BY 1 ORDER BY 1").fetchall()
        out[spec.name] = {str(value): int(n) for value, n in rows}
    return out


@dataclass
class EventQuery:
    """One view of the events of `table` on `con`: `filters`, with the list filters' chosen values
    spelt as `known` spells them (by filter name: the values of the store, `option_counts`)."""

    con: duckdb.DuckDBPyConnection
    filters: Filters
    known: Mapping[str, Iterable[str]]
    table: str = "events"
    _search_ready: bool = field(default=False, repr=False)
    #: answers already given (counts, span): the page asks some several times a run, and a snapshot never changes
    _answers: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def of_frame(cls, events: pd.DataFrame, filters: Filters) -> EventQuery:
        """A query over a table already in memory (the briefing's, the command line's)."""
        con = duckdb.connect()
        con.register("events", events)
        return cls(con, filters, option_counts(con))

    def narrowed(self, date_from: dt.date, date_to: dt.date) -> EventQuery:
        """The same view with its date range narrowed to [date_from, date_to] (the timeline's window)."""
        return replace(self, filters=narrowed(self.filters, date_from, date_to))

    # --- SQL -------------------------------------------------------------------------------------

    def _matching(self) -> tuple[list[str], list[object]]:
        """The clauses (and their parameters) of every filter but the date's."""
        f, clauses, params = self.filters, [], []
        for spec in LIST_FILTERS:
            chosen = getattr(f, spec.name)
            if chosen:
                known = list(spec.vocabulary) or list(self.known.get(spec.name, ()))
                clauses.append(f"list_contains(?::VARCHAR[], CAST({_quoted(spec.column)} AS VARCHAR))")
                params.append(spec.spellings(known, chosen))
        if f.min_killed:
            clauses.append("COALESCE(killed, 0) >= ?")
            params.append(int(f.min_killed))
        if f.text.strip():
            self._register_search()
            haystack = ", ".join(f"COALESCE(CAST({_quoted(c)} AS VARCHAR), '')" for c in SEARCHED)
            clauses.append(f"contains({SEARCH_FUNCTION}(concat_ws(' ', {haystack})), ?)")
            params.append(search_form(f.text.strip()))
        return clauses, params

    def _register_search(self) -> None:
        if not self._search_ready:
            try:
                self.con.create_function(SEARCH_FUNCTION, search_form, ["VARCHAR"], "VARCHAR",
                                         null_handling="special", side_effects=False)
            except duckdb.CatalogException:
                pass  # registered on this connection by another query
            self._search_ready = True

    def dated(self) -> tuple[str, list[object]]:
        """WHERE clause (and parameters) of the events in view: dated, in the range, matching."""
        f = self.filters
        clauses, params = self._matching()
        clauses += ['"date" IS NOT NULL', f"{END} >= ?", f"{START} <= ?"]
        params += [f.date_from, f.date_to]
        if not f.include_coarse:
            clauses.append("date_precision = 'day'")
        if not f.include_inferred:
            clauses.append("COALESCE(date_basis, '') <> 'inferred'")
        if not f.include_recalled:
            clauses.append(f"COALESCE(datediff('day', {END}, TRY_CAST(published AS DATE)), 0) <= ?")
            params.append(RECALLED_AFTER_DAYS)
        return " AND ".join(f"({c})" for c in clauses), params

    def undated(self) -> tuple[str, list[object]]:
        """WHERE clause (and parameters) of the tray: undated events matching every other filter."""
        clauses, params = self._matching()
        return " AND ".join(f"({c})" for c in [*clauses, '"date" IS NULL']), params

    def sql(self, undated: bool = False) -> tuple[str, list[object]]:
        """A SELECT of every column of the events in view (or of the tray), to use as a subquery."""
        where, params = self.undated() if undated else self.dated()
        return f"SELECT * FROM {self.table} WHERE {where}", params

    # --- answers ---------------------------------------------------------------------------------

    def count(self, extra: str = "TRUE", undated: bool = False) -> int:
        key = ("count", extra, undated)
        if key not in self._answers:
            where, params = self.undated() if undated else self.dated()
            self._answers[key] = int(self.con.execute(f"SELECT count(*) FROM {self.table} WHERE {where} AND ({extra})",
                                                      params).fetchone()[0])
        return self._answers[key]

    def frame(self, *, undated: bool = False, extra: str = "TRUE", extra_params: Sequence[object] = (),
              limit: int | None = None, order: str = f"{START}, event_id") -> pd.DataFrame:
        """The events in view (or the tray) as a typed table with the columns of `EVENT_COLUMNS`."""
        where, params = self.undated() if undated else self.dated()
        columns = ", ".join(_quoted(c) for c in EVENT_COLUMNS)
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        frame = self.con.execute(f"SELECT {columns} FROM {self.table} WHERE {where} AND ({extra}) "
                                 f"ORDER BY {order}{tail}", [*params, *extra_params]).df()
        return events_frame_types(frame)

    def distinct(self, column: str, extra: str = "TRUE") -> list[str | None]:
        """The values of `column` among the events in view (None for a missing one)."""
        where, params = self.dated()
        rows = self.con.execute(f"SELECT DISTINCT CAST({_quoted(column)} AS VARCHAR) FROM {self.table} "
                                f"WHERE {where} AND ({extra})", params).fetchall()
        return [value for value, in rows]

    def span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day of the events in view, None when there are none."""
        if "span" not in self._answers:
            where, params = self.dated()
            first, last = self.con.execute(f"SELECT min({START}), max({END}) FROM {self.table} WHERE {where}",
                                           params).fetchone()
            self._answers["span"] = None if first is None else (first, last)
        return self._answers["span"]

    def extent(self, box: Sequence[float], share: float = 0.02) -> dict[str, object]:
        """Where the located events in view lie, outliers left out: the extent of those inside `box`
        (lon_min, lat_min, lon_max, lat_max: the focus countries and their neighbours) and near the
        bulk (within half its span, at least a degree, of the `share`..1-`share` quantiles); how many
        are outside that extent, and their places, most named first."""
        where, params = self.dated()
        x0, y0, x1, y1 = box
        located = f"{where} AND {LOCATED} AND lon BETWEEN {x0} AND {x1} AND lat BETWEEN {y0} AND {y1}"
        q = self.con.execute(
            f"SELECT quantile_cont(lat, {share}), quantile_cont(lat, {1 - share}), quantile_cont(lon, {share}), "
            f"quantile_cont(lon, {1 - share}) FROM {self.table} WHERE {located}", params).fetchone()
        bounds = None
        if q[0] is not None:
            lat_m, lon_m = max(1.0, (q[1] - q[0]) / 2), max(1.0, (q[3] - q[2]) / 2)
            near = (f"{located} AND lat BETWEEN {q[0] - lat_m} AND {q[1] + lat_m} "
                    f"AND lon BETWEEN {q[2] - lon_m} AND {q[3] + lon_m}")
            s, w, n, e = self.con.execute(f"SELECT min(lat), min(lon), max(lat), max(lon) FROM {self.table} "
                                          f"WHERE {near}", params).fetchone()
            bounds = [[float(s), float(w)], [float(n), float(e)]]
        outside = f"{where} AND {LOCATED}" + (
            f" AND NOT (lat BETWEEN {bounds[0][0]} AND {bounds[1][0]} AND lon BETWEEN {bounds[0][1]} AND "
            f"{bounds[1][1]})" if bounds else "")
        places = self.con.execute(
            f"SELECT COALESCE(place, place_ar, place_text, '?') AS p, count(*) AS n FROM {self.table} "
            f"WHERE {outside} GROUP BY p ORDER BY n DESC, p", params).fetchall()
        return {"bounds": bounds, "outside": sum(int(n) for _, n in places),
                "outside_places": [(str(p), int(n)) for p, n in places]}

    def cells(self, degrees: float, extra: str = "TRUE") -> pd.DataFrame:
        """The located events in view counted per cell of `degrees` (lat, lon: the cell's mean
        position; n; killed, the tolls summed)."""
        where, params = self.dated()
        return self.con.execute(
            f"SELECT round(avg(lat), 4) AS lat, round(avg(lon), 4) AS lon, count(*) AS n, "
            f"CAST(COALESCE(sum(killed), 0) AS BIGINT) AS killed FROM {self.table} "
            f"WHERE {where} AND {LOCATED} AND ({extra}) "
            f"GROUP BY floor(lat / {degrees}), floor(lon / {degrees}) ORDER BY n DESC", params).df()
