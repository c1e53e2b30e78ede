"""An engine that hands back a Parquet dataset (as a cluster does: partitioned by month, in any order,
duplicates in different partitions) gives the store the local engine gives."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pytest

from tests.store_support import corpus_line, mixed_inputs, store_contents
from timeline import engines
from timeline.build import build_store
from timeline.engines import local


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _by_month(table: pa.Table, column: str) -> pa.Table:
    months = pc.fill_null(pc.utf8_slice_codeunits(table.column(column), 0, 7), "undated")
    return table.append_column("month", months)


def dataset_engine(folder: Path) -> engines.Engine:
    """An engine that runs the local one on each file apart (as workers that do not see each other's
    ids), writes what it gives as a month-partitioned Parquet dataset in shuffled order, and hands
    back the dataset's folder."""
    def run(work: engines.Work) -> Iterator[Path]:
        batches = [batch for file in work.files for batch in local.run(dataclasses.replace(work, files=[file]))]
        random.Random(19).shuffle(batches)
        for name, column in (("articles", "published"), ("events", "date"), ("errors", None)):
            tables = [getattr(batch, name) for batch in batches]
            rows = sum(map(len, tables))
            table = pa.concat_tables(tables).take(pa.array(random.Random(5).sample(range(rows), rows), pa.int64()))
            if column:
                ds.write_dataset(_by_month(table, column), folder / name, format="parquet",
                                 partitioning=["month"], partitioning_flavor="hive")
            else:
                ds.write_dataset(table, folder / name, format="parquet")
        unchanged = [i for batch in batches for i in batch.unchanged]
        ds.write_dataset(pa.table({"article_id": pa.array(unchanged, pa.string())}), folder / "unchanged",
                         format="parquet")
        yield folder
    return run


def test_a_dataset_of_any_order_and_partitioning_gives_the_store_of_the_local_engine(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = mixed_inputs(tmp_path / "inputs")
    extra = tmp_path / "extra.jsonl"  # ids that the corpus holds too, in another file
    extra.write_text("\n".join([corpus_line("c001", 1), corpus_line("c002", 9, "2015-03-02")]) + "\n", "utf-8")
    local_store, dataset_store = tmp_path / "local.duckdb", tmp_path / "dataset.duckdb"
    build_store([extra, inputs], store=local_store, batch_size=4)
    monkeypatch.setattr(engines, "engine", lambda name: dataset_engine(tmp_path / f"dataset-{name}"))
    report = build_store([extra, inputs], store=dataset_store, engine="cluster", batch_size=4)
    assert report.duplicates == 2
    assert store_contents(dataset_store) == store_contents(local_store)
    (inputs / "corpus.jsonl").write_text(corpus_line("c000", 0) + "\n", encoding="utf-8")  # a smaller corpus
    build_store(store=local_store)
    monkeypatch.setattr(engines, "engine", lambda name: dataset_engine(tmp_path / "dataset-again"))
    build_store(store=dataset_store)
    assert store_contents(dataset_store) == store_contents(local_store)
