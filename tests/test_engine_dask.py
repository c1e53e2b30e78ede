"""The Dask engine gives the store the local engine gives, from shards the workers read themselves, through a
Parquet dataset partitioned by month."""

from __future__ import annotations

import json
from pathlib import Path

import dask
import pyarrow.dataset as ds
import pytest
from distributed import LocalCluster
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.store_support import mixed_inputs, store_contents
from timeline.build import build_store
from timeline.cli import main
from timeline.engines import _shards as shards
from timeline.models import EVENT_COLUMNS
from timeline.pipeline import read_inputs
from timeline.synthetic_articles import synthetic_articles


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """500 synthetic articles in one corpus (with a malformed line), beside 19 of the seeds and a small corpus."""
    folder = mixed_inputs(tmp_path / "inputs")
    lines = [json.dumps(r, ensure_ascii=False) for r in synthetic_articles(500, seed=7)]
    lines.insert(250, '{"id": "broken", "text": ')
    (folder / "synthetic.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_dask_on_two_workers_gives_exactly_the_store_of_the_local_engine(inputs: Path, tmp_path: Path, home: Path,
                                                                        capsys: pytest.CaptureFixture) -> None:
    local, distributed = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    build_store([inputs], store=local)
    dataset = tmp_path / "dataset"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            dask.config.set({"timeline.shard-bytes": 64 << 10}):
        status = main(["build", str(inputs), "--store", str(distributed), "--engine", "dask",
                       "--scheduler", cluster.scheduler_address, "--dataset", str(dataset)])
    assert status == 0
    assert "519 articles read, 519 extracted" in capsys.readouterr().err
    got, expected = store_contents(distributed), store_contents(local)
    assert len(expected["events"]) > 900
    assert got == expected
    # the workers' results, partitioned by month, hold the events the store holds
    months = {p.name for p in (dataset / "events").iterdir()}
    assert "month=2016-07" in months and len(months) > 50
    events = ds.dataset(dataset / "events", format="parquet", partitioning="hive").to_table()
    at = EVENT_COLUMNS.index("event_id")
    assert sorted(events.column("event_id").to_pylist()) == sorted(row[at] for row in expected["events"])


def test_a_second_dask_build_with_nothing_changed_extracts_nothing(inputs: Path, tmp_path: Path, home: Path) -> None:
    db = tmp_path / "store.duckdb"
    with dask.config.set({"timeline.shard-bytes": 256 << 10}):
        first = build_store([inputs], store=db, engine="dask", jobs=2)
        before = store_contents(db)
        again = build_store([inputs], store=db, engine="dask", jobs=2)
    assert (first.extracted, again.extracted, again.read) == (519, 0, 519)
    assert store_contents(db) == before


lines = st.lists(st.text(alphabet="ab{}\"\n", max_size=12).map(lambda t: t.replace("\n", "")), max_size=30)


@settings(max_examples=60, deadline=None)
@given(lines, st.integers(1, 64), st.booleans())
def test_byte_ranges_read_every_corpus_line_once_with_its_number(tmp_path_factory, rows, shard_bytes,
                                                                 final_newline) -> None:
    assume(any(rows))
    corpus = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    records = [json.dumps({"id": f"a{n}", "text": f"{text} نص"}) if text else text for n, text in enumerate(rows)]
    body = "\n".join(records) + ("\n" if final_newline else "")
    corpus.write_text(body, encoding="utf-8")
    whole = [(type(i).__name__, i.path, getattr(i, "line", None), getattr(i, "sha1", None))
             for i in read_inputs([corpus])]
    plan = shards.plan([str(corpus)], shard_bytes)
    plan = shards.number_ranges(plan, [[shards.newlines(p) for p in shard] for shard in plan])
    pieces = [(type(i).__name__, i.path, getattr(i, "line", None), getattr(i, "sha1", None))
              for shard in plan for piece in shard for i in shards.read(piece)]
    if len(body.encode()) > shard_bytes:
        assert all(piece.end is not None for shard in plan for piece in shard)
    assert pieces == whole


def test_shards_shrink_so_that_each_worker_gets_several(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b"x" * (24 << 20))
    assert shards.balanced_size([str(corpus)], 2, 16 << 20) == 3 << 20
    assert len(shards.plan([str(corpus)], shards.balanced_size([str(corpus)], 2, 16 << 20))) == 8


def test_shards_never_exceed_the_configured_size_nor_shrink_below_the_floor(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b"x" * (2 << 20))
    assert shards.balanced_size([str(corpus)], 2, 16 << 20) == shards.MIN_SHARD_BYTES
    assert shards.balanced_size([str(corpus)], 2, 256 << 10) == 256 << 10
    assert shards.balanced_size([str(corpus), str(tmp_path / "missing.jsonl")], 64, 16 << 20) == 1 << 20
