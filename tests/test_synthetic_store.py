"""The bench's synthetic store has the layout of a store a build writes, so the dashboard reads it as one."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from timeline import store
from timeline.synthetic import synthetic_events, write_store


def _layout(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                       "ORDER BY table_name, ordinal_position").fetchall()
    layout: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        layout.setdefault(table, []).append((column, kind))
    return layout


def test_the_synthetic_store_has_the_tables_and_columns_of_a_built_store(tmp_path: Path) -> None:
    path = write_store(tmp_path / "synthetic.duckdb", 60, seed=3)
    with duckdb.connect(str(tmp_path / "built.duckdb")) as built:
        store.create_tables(built)
        expected = _layout(built)
    with duckdb.connect(str(path), read_only=True) as con:
        assert _layout(con) == expected
        assert store.get_meta(con, "schema") == store.SCHEMA_VERSION
        counts = [con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ("events", "articles")]
    assert counts == [60, 30]
    assert store.load_errors(path).empty
    events = store.load_events(path)
    assert sorted(events["event_id"]) == sorted(synthetic_events(60, seed=3)["event_id"])
    assert store.article_text("syn-000000", path) == events.loc[events["event_id"] == "syn-000000", "evidence"].item()


def test_synthetic_events_are_seeded_and_dated_at_their_precision() -> None:
    events = synthetic_events(400, seed=11)
    assert events.equals(synthetic_events(400, seed=11))
    widths = {"day": 10, "month": 7, "year": 4}
    for precision, date in zip(events["date_precision"], events["date"], strict=True):
        assert pd.isna(date) if pd.isna(precision) else len(date) == widths[precision]
    assert set(events["date_precision"].dropna()) == set(widths)
