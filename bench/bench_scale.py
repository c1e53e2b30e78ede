"""What a corpus of 6,000 to 120,000 articles costs to extract and store, and what the cluster engine gives.

Prints, in one run (the targets of the scale work), for corpora of 6k, 30k and 120k articles (``--sizes``):
the news corpus (``../shared/data/news-corpus/corpus.jsonl``) replicated with new ids and shuffled
paragraphs, or synthetic articles (`timeline.synthetic_articles`) where it is absent:

- extraction CPU (reading and extraction in one process, no store), build CPU and wall (`build_store`,
  one process), peak memory of each, store size; the ratios build CPU / extraction CPU and the time
  per article against the smallest size (targets: at most 1.3x; per-article time and peak memory
  flat within 1.3x and 1.5x);
- adding 100 articles to the 30k store, against building those 100 alone (target: under 10 s);
- grouping 1,000,000 synthetic events into incidents, against 100,000 (target: under 60 s);
- the Dask engine on a two-worker LocalCluster against the local engine in one process, on the
  smallest corpus: wall time of each, the rate ratio (target: at least 1.8x on a quiet machine), and
  whether both stores hold exactly the same events.

Each measurement runs in its own process (peak memory is that process's); CPU times are the
process's own and its children's, so other load on the machine does not count, wall times do.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
SIZES = (6000, 30000, 120000)


# --- the corpora ------------------------------------------------------------------------------------------


def make_corpus(path: Path, n: int, seed: int = 0) -> str:
    """`n` articles at `path`: the news corpus replicated (new ids, paragraphs shuffled), or synthetic."""
    from timeline.synthetic_articles import synthetic_articles, write_corpus

    if not CORPUS.exists():
        write_corpus(path, synthetic_articles(n, seed))
        return "synthetic articles (the news corpus is absent)"
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(records[i % len(records)])
            copy = i // len(records)
            if copy:
                paragraphs = record["text"].split("\n")
                rng.shuffle(paragraphs)
                record.update(id=f"{record['id']}-r{copy}", text="\n".join(paragraphs))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return f"the news corpus ({len(records)} articles) replicated with new ids and shuffled paragraphs"


# --- what each child process measures -----------------------------------------------------------------------


def _usage() -> dict[str, float]:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
            "peak_mb": max(own.ru_maxrss, kids.ru_maxrss) / 1024}


def child_extract(corpus: Path) -> dict:
    from timeline.models import Article
    from timeline.pipeline import extract_or_failure, read_inputs

    start, wall = _usage()["cpu"], time.perf_counter()
    articles = events = 0
    for item in read_inputs([corpus]):
        if isinstance(item, Article):
            articles += 1
            events += len(extract_or_failure(item)[0])
    return {"articles": articles, "events": events, "wall": time.perf_counter() - wall,
            **{**_usage(), "cpu": _usage()["cpu"] - start}}


def child_build(inputs: Path, store: Path, engine: str, jobs: int) -> dict:
    from timeline.build import build_store

    start, wall = _usage()["cpu"], time.perf_counter()
    report = build_store([inputs], store=store, engine=engine, jobs=jobs)
    return {"extracted": report.extracted, "events": report.events, "incidents": report.incidents,
            "wall": time.perf_counter() - wall, **{**_usage(), "cpu": _usage()["cpu"] - start}}


def child_group(n: int, cache: Path) -> dict:
    import pandas as pd

    from timeline.extract.incidents import group_frame
    from timeline.synthetic import synthetic_events

    if cache.exists():
        frame = pd.read_parquet(cache)
    else:
        frame = synthetic_events(n, seed=0)
        frame.to_parquet(cache)
    start, wall = _usage()["cpu"], time.perf_counter()
    _, incidents = group_frame(frame)
    return {"events": len(frame), "incidents": len(incidents), "wall": time.perf_counter() - wall,
            **{**_usage(), "cpu": _usage()["cpu"] - start}}


def _run(*args: str) -> dict:
    """Run this script as a child measuring one thing; its figures."""
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"child {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _events(store: Path) -> list[tuple]:
    import duckdb

    from timeline.models import EVENT_COLUMNS

    columns = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
    with duckdb.connect(str(store), read_only=True) as con:
        return sorted(con.execute(f"SELECT {columns} FROM events").fetchall(), key=repr)


def _size_mb(store: Path) -> float:
    return sum(p.stat().st_size for p in store.parent.glob(store.name + "*")) / 2**20


# --- the run ----------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="corpus sizes, comma-separated")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events to group")
    parser.add_argument("--work", type=Path, help="folder for corpora and stores (default: a temporary one)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        figures = {"extract": lambda: child_extract(Path(rest[0])),
                   "build": lambda: child_build(Path(rest[0]), Path(rest[1]), rest[2], int(rest[3])),
                   "group": lambda: child_group(int(rest[0]), Path(rest[1]))}[kind]()
        print(json.dumps(figures))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    home = work / "home"
    import os

    os.environ["TIMELINE_HOME"] = str(home)  # the bench's own added articles and corrections (none)
    print(f"# bench_scale: work folder {work}")

    warm = work / "warm-up"
    make_corpus(warm / "corpus.jsonl", 20)
    _run("extract", str(warm / "corpus.jsonl"))  # builds the gazetteer's cache before anything is timed
    middle = next((n for n in sizes if n == 30000), sizes[len(sizes) // 2])
    rows = []
    for n in sizes:  # the other measurements come after the middle size, before the largest
        folder = work / f"corpus-{n}"
        corpus = folder / "corpus.jsonl"
        if not corpus.exists():
            origin = make_corpus(corpus, n)
            print(f"# {n} articles: {origin}", flush=True)
        extract = _run("extract", str(corpus))
        store = work / f"store-{n}.duckdb"
        store.unlink(missing_ok=True)
        build = _run("build", str(folder), str(store), "local", "1")
        rows.append((n, extract, build, _size_mb(store)))
        _print_sizes(rows)
        if n == middle:
            _incremental(work, middle)
            _grouping(work, args.events)
            _dask_against_local(work, sizes[0])
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _print_sizes(rows: list) -> None:
    print("\n## corpus size: extraction and build, one process")
    print(f"{'articles':>9} {'extract CPU s':>13} {'ms/article':>10} {'build CPU s':>11} {'build wall s':>12} "
          f"{'build/extract':>13} {'build ms/art':>12} {'vs first':>8} {'peak MB ext/build':>17} {'store MB':>8}")
    first = rows[0][2]["cpu"] / rows[0][0]
    for n, extract, build, size in rows:
        per = build["cpu"] / n
        print(f"{n:>9} {extract['cpu']:>13.1f} {1000 * extract['cpu'] / n:>10.2f} {build['cpu']:>11.1f} "
              f"{build['wall']:>12.1f} {build['cpu'] / extract['cpu']:>13.2f} {1000 * per:>12.2f} "
              f"{per / first:>8.2f} {extract['peak_mb']:>8.0f}/{build['peak_mb']:<8.0f} {size:>8.1f}")
    peaks = [b["peak_mb"] for _, _, b, _ in rows]
    print(f"targets: build/extract <= 1.3 at every size; ms/article within 1.3x of the first; "
          f"build peak memory {max(peaks) / min(peaks):.2f}x the smallest (<= 1.5)", flush=True)


def _incremental(work: Path, n: int) -> None:
    from timeline.synthetic_articles import synthetic_articles, write_corpus

    folder, store = work / f"corpus-{n}", work / f"store-{n}.duckdb"
    if not store.exists():
        return
    extra = synthetic_articles(100, seed=99, prefix="added")
    write_corpus(folder / "added.jsonl", extra)
    alone = work / "added-alone"
    write_corpus(alone / "added.jsonl", extra)
    added = _run("build", str(folder), str(store), "local", "1")
    (work / "alone.duckdb").unlink(missing_ok=True)
    peer = _run("build", str(alone), str(work / "alone.duckdb"), "local", "1")
    (folder / "added.jsonl").unlink()
    print(f"\n## adding 100 articles to the {n}-article store")
    print(f"rebuild: {added['wall']:.1f} s wall, {added['cpu']:.1f} s CPU, {added['extracted']} extracted; "
          f"the 100 alone into a new store: {peer['wall']:.1f} s wall, {peer['cpu']:.1f} s CPU; "
          f"ratio {added['cpu'] / peer['cpu']:.2f}x (target: under 10 s)", flush=True)


def _grouping(work: Path, n: int) -> None:
    small = max(n // 10, 1)
    peer = _run("group", str(small), str(work / f"events-{small}.parquet"))
    big = _run("group", str(n), str(work / f"events-{n}.parquet"))
    print("\n## grouping synthetic events into incidents")
    for figures in (peer, big):
        print(f"{figures['events']:>9} events: {figures['cpu']:.1f} s CPU, {figures['wall']:.1f} s wall, "
              f"{figures['incidents']} incidents, {1e6 * figures['cpu'] / figures['events']:.1f} us/event, "
              f"peak {figures['peak_mb']:.0f} MB")
    print(f"per event {big['cpu'] / big['events'] / (peer['cpu'] / peer['events']):.2f}x the {small} run's "
          f"(target: {n} events under 60 s)", flush=True)


def _dask_against_local(work: Path, n: int) -> None:
    folder = work / f"corpus-{n}"
    local, dask = work / "engine-local.duckdb", work / "engine-dask.duckdb"
    for store in (local, dask):
        store.unlink(missing_ok=True)
    one = _run("build", str(folder), str(local), "local", "1")
    two = _run("build", str(folder), str(dask), "dask", "2")
    same = _events(local) == _events(dask)
    print(f"\n## the Dask engine (two-worker LocalCluster) against the local engine (one process), {n} articles")
    print(f"local: {one['wall']:.1f} s wall, {one['cpu']:.1f} s CPU; dask: {two['wall']:.1f} s wall, "
          f"{two['cpu']:.1f} s CPU (driver and the processes it waited for); rate {one['wall'] / two['wall']:.2f}x "
          f"the one-process rate (target: >= 1.8x on a quiet machine); same events: {same}")
    per_million = two["wall"] / n * 1e6 / 3600
    print(f"at this rate: {per_million:.1f} h of a two-worker cluster per million articles "
          f"({one['cpu'] / n * 1e6 / 3600:.1f} core-hours of extraction)", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
