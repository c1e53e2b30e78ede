"""The Dask engine: the same extraction on a Dask cluster, for corpora beyond one machine.

``python -m timeline build --engine dask [--scheduler ADDRESS]`` connects to the scheduler at
ADDRESS (or Dask's own ``scheduler-address`` setting, e.g. ``DASK_SCHEDULER_ADDRESS``), or starts a
`LocalCluster` of ``--jobs`` worker processes here (one per core when ``--jobs`` is 1). The inputs
are cut into shards (`_shards`: whole files, or byte ranges of large ``.jsonl`` corpora) that the
workers read themselves from the paths they are given: on a cluster, inputs and the dataset folder
must be on storage every worker and this machine share, at the same paths. Each worker loads the
rules and the gazetteer once (`_Rules`, a worker plugin, which also refuses a worker whose rules
differ from the build's), extracts its shards with the functions the local engine uses
(`timeline.engines.prepared`, `extract_rows`), and writes a Parquet dataset partitioned by month:
``articles/month=YYYY-MM/``, ``events/month=YYYY-MM/`` (``month=none`` when undated) and
``errors/``. The build then ingests that dataset in one transaction. Settings (Dask config keys,
also ``DASK_TIMELINE__DATASET`` and so on): ``timeline.dataset`` (where the dataset is written;
default a temporary folder, removed once ingested) and ``timeline.shard-bytes`` (the most a shard
holds; shards are smaller where that gives each worker several, `_shards.balanced_size`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import pyarrow as pa
import pyarrow.dataset as ds
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from timeline.engines import Batch, Work, error_row, extract_rows, prepared, read_kind, tables
from timeline.engines import _shards as shards
from timeline.models import Article, ReadError

#: Bytes of input a shard holds (about 4,000 articles of the news corpus).
SHARD_BYTES = 16 << 20
_NO_MONTH = "none"


def settings(scheduler: str | None = None, dataset: Path | None = None,
             shard_bytes: int | None = None) -> contextlib.AbstractContextManager:
    """The engine's settings (the command line's ``--scheduler`` and ``--dataset``), for a ``with`` block."""
    chosen: dict[str, Any] = {}
    if scheduler:
        chosen["scheduler-address"] = scheduler
    if dataset:
        chosen["timeline.dataset"] = str(dataset)
    if shard_bytes:
        chosen["timeline.shard-bytes"] = shard_bytes
    return dask.config.set(chosen)


def run(work: Work) -> Iterator[Batch | Path]:
    """Extract `work.files` on the cluster: a `Batch` per shard (its unchanged articles, for progress),
    then the Parquet dataset of everything extracted."""
    if not work.files:
        return
    given = dask.config.get("timeline.dataset", None)
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="timeline-dask-"))
    for part in ("articles", "events", "errors"):
        shutil.rmtree(folder / part, ignore_errors=True)
    try:
        with _client(work.jobs) as client:
            client.register_plugin(_Rules(), name="timeline-rules")
            most = int(dask.config.get("timeline.shard-bytes", SHARD_BYTES))
            workers = len(client.scheduler_info()["workers"])
            plan = shards.plan(work.files, shards.balanced_size(work.files, workers, most))
            counts = client.gather(client.map(_count_newlines, plan, pure=False))
            plan = shards.number_ranges(plan, counts)
            context = client.scatter(dataclasses.replace(work, files=()), broadcast=True)
            futures = client.map(_extract_shard, range(len(plan)), plan, context=context, folder=str(folder),
                                 pure=False)
            for future in as_completed(futures, loop=client.loop):
                done, unchanged, last = future.result()
                yield Batch(*tables([], [], []), unchanged=unchanged, done=done, last=last)
        yield folder
    finally:
        if not given:
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _client(jobs: int) -> Iterator[Client]:
    """A client of the configured scheduler, or of a new cluster of worker processes on this machine."""
    if dask.config.get("scheduler-address", None):
        with Client(set_as_default=False) as client:
            yield client
        return
    workers = jobs if jobs > 1 else (os.cpu_count() or 1)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, \
            Client(cluster, set_as_default=False) as client:
        yield client


class _Rules(WorkerPlugin):
    """Loads the extraction rules and the gazetteer once per worker, and notes the rules' version."""

    def setup(self, worker) -> None:
        _worker_rules()


_RULES: list[str] = []


def _worker_rules() -> str:
    """This worker's rules version, after extracting one article (which loads every rule and place)."""
    if not _RULES:
        from gazetteer.index import get_index
        from timeline.pipeline import extract_or_failure
        from timeline.rules_version import rules_version

        get_index()
        extract_or_failure(Article(article_id="warm-up", text="warm up", path="warm-up"))
        _RULES.append(rules_version())
    return _RULES[0]


def _count_newlines(shard: list[shards.Piece]) -> list[int]:
    return [shards.newlines(piece) for piece in shard]


def _extract_shard(number: int, shard: list[shards.Piece], context: Work, folder: str) -> tuple[int, list[str], str]:
    """Read and extract one shard and write its rows into the dataset; (articles read, unchanged ids, last id)."""
    if _worker_rules() != context.rules:
        raise RuntimeError(f"worker rules {_worker_rules()} differ from the build's {context.rules}: "
                           "install the same war-timeline and imported gazetteers on every worker")
    articles, events, errors, unchanged = [], [], [], []
    done, last = 0, ""
    for piece in shard:
        for item in shards.read(piece):
            if isinstance(item, ReadError):
                errors.append(error_row(item, read_kind(item), piece.file))
                continue
            done, last = done + 1, item.article_id
            ready, row = prepared(item, piece.file, context)
            article = ready.article
            if context.known.get(article.article_id) == article.sha1:
                unchanged.append(article.article_id)
                continue
            rows, failure = extract_rows(ready)
            if failure is None:
                articles.append(row)
                events.extend(rows)
            else:  # kept out of the store, so that the next build tries it again and reports it again
                errors.append(error_row(ReadError(row["input"], failure, line=row["line"]), "extraction",
                                        row["input"], article.article_id))
    _write(number, folder, *tables(articles, events, errors))
    return done, unchanged, last


def _write(number: int, folder: str, articles: pa.Table, events: pa.Table, errors: pa.Table) -> None:
    """One shard's rows into the dataset: articles by month of publication, events by month of their date."""
    for name, table, when in (("articles", articles, "published"), ("events", events, "date")):
        if table.num_rows:
            months = [d[:7] if d and len(d) >= 7 else _NO_MONTH for d in table.column(when).to_pylist()]
            ds.write_dataset(table.append_column("month", pa.array(months, pa.string())), Path(folder) / name,
                             format="parquet", partitioning=["month"], partitioning_flavor="hive",
                             basename_template=f"shard-{number:06d}-{{i}}.parquet",
                             existing_data_behavior="overwrite_or_ignore")
    if errors.num_rows:
        ds.write_dataset(errors, Path(folder) / "errors", format="parquet",
                         basename_template=f"shard-{number:06d}-{{i}}.parquet",
                         existing_data_behavior="overwrite_or_ignore")
