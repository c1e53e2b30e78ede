"""A rebuild that adds and removes a few articles regroups only the days they touch, and its store is the one
a clean build of the same inputs gives (incidents, their members and every event's incident)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.store_support import store_contents
from timeline import regrouping
from timeline.build import build_store
from timeline.extract import incidents
from timeline.synthetic_articles import synthetic_articles, write_corpus


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _retold(records: list[dict], suffix: str, source: str) -> list[dict]:
    """The same reports told by another outlet under other ids: each joins its original's incident."""
    return [{**r, "id": r["id"] + suffix, "source": source} for r in records]


def _shared(store: Path) -> int:
    with duckdb.connect(str(store), read_only=True) as con:
        return con.execute("SELECT count(*) FROM incidents WHERE n_sources > 1").fetchall()[0][0]


def test_adding_and_removing_articles_regroups_their_days_into_the_incidents_of_a_clean_build(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = synthetic_articles(40, seed=3)
    inputs = tmp_path / "inputs"
    retold = _retold(base[:25], "-b", "Reuters")
    write_corpus(inputs / "corpus.jsonl", retold + base[25:] + base[:25])
    store = tmp_path / "store.duckdb"
    build_store([inputs], store=store)
    shared_before = _shared(store)
    assert shared_before >= 20

    # three originals gone (the last lines: the others keep their lines and fingerprints; their
    # retellings stay, alone), new retellings of others, some sorting before the originals (a new
    # anchor) and some after
    write_corpus(inputs / "corpus.jsonl", retold + base[25:] + base[:22])
    write_corpus(inputs / "added.jsonl", _retold(base[10:14], "-c", "BBC") + _retold(base[:2], "-a", "AFP"))
    regrouped: list[int] = []
    regroup = incidents.regroup_incidents

    def counted(added, removed, fetch):
        change = regroup(added, removed, fetch)
        regrouped.append(change.days)
        return change

    monkeypatch.setattr(regrouping, "WHOLE_REGROUPING_SHARE", 1.0)
    monkeypatch.setattr(regrouping.incidents, "regroup_incidents", counted)
    build_store(store=store)

    clean = tmp_path / "clean.duckdb"
    monkeypatch.setattr(regrouping, "WHOLE_REGROUPING_SHARE", 0.2)
    build_store([inputs], store=clean)
    assert len(regrouped) == 1 and 0 < regrouped[0] <= 3 * 9  # nine articles' days, a window each at most
    assert store_contents(store) == store_contents(clean)
    assert _shared(store) != shared_before


def test_a_rebuild_that_changes_nothing_regroups_nothing(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = tmp_path / "inputs"
    write_corpus(inputs / "corpus.jsonl", synthetic_articles(10, seed=4))
    store = tmp_path / "store.duckdb"
    build_store([inputs], store=store)
    before = store_contents(store)
    monkeypatch.setattr(regrouping.incidents, "regroup_incidents", lambda *a: pytest.fail("regrouped"))
    monkeypatch.setattr(regrouping.incidents, "group_in_windows", lambda *a: pytest.fail("regrouped"))
    build_store(store=store)
    assert store_contents(store) == before


def test_a_store_whose_build_stopped_before_the_touched_table_had_incidents_is_regrouped_whole(
    tmp_path: Path, home: Path
) -> None:
    inputs = tmp_path / "inputs"
    base = synthetic_articles(12, seed=5)
    write_corpus(inputs / "corpus.jsonl", base + _retold(base, "-b", "Reuters"))
    store, clean = tmp_path / "store.duckdb", tmp_path / "clean.duckdb"
    build_store([inputs], store=store)
    with duckdb.connect(str(store)) as con:  # the older layout, holding a removed event's place only
        con.execute("DROP TABLE touched")
        con.execute("CREATE TABLE touched (event_type VARCHAR, date VARCHAR, lat DOUBLE, lon DOUBLE)")
        con.execute("INSERT INTO touched SELECT event_type, date, lat, lon FROM events LIMIT 1")
        con.execute("UPDATE events SET incident_id = 'inc:gone' WHERE event_id IN (SELECT min(event_id) FROM events)")
    build_store(store=store)
    build_store([inputs], store=clean)
    assert store_contents(store) == store_contents(clean)


def test_a_whole_regrouping_read_in_small_chunks_stores_the_incidents_of_grouping_every_event_at_once(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = tmp_path / "inputs"
    base = synthetic_articles(30, seed=7)
    write_corpus(inputs / "corpus.jsonl", base + _retold(base[:20], "-b", "Reuters") + _retold(base[5:15], "-c", "BBC"))
    store = tmp_path / "store.duckdb"
    monkeypatch.setattr(regrouping, "GROUPING_CHUNK", 3)
    build_store([inputs], store=store)

    with duckdb.connect(str(store), read_only=True) as con:
        columns = ", ".join(f'"{c}"' for c in incidents.GROUPING_COLUMNS)
        events = con.execute(f"SELECT {columns} FROM events").df()
        stored = con.execute("SELECT * FROM incidents ORDER BY incident_id").df()
    ids, table = incidents.group_frame(events.assign(incident_id=None))
    assert _shared(store) >= 15
    assert dict(zip(events["event_id"], events["incident_id"], strict=True)) == dict(
        zip(events["event_id"], ids, strict=True))
    expected = table.sort_values("incident_id").reset_index(drop=True)
    assert stored.astype(object).where(stored.notna(), None).values.tolist() == (
        expected.astype(object).where(expected.notna(), None).values.tolist())
