"""What building the event store costs beyond extraction, and what an incremental build costs.

Prints, in one run over the news corpus (``../shared/data/news-corpus/corpus.jsonl``,
about 6,000 real articles; ``--copies K`` replicates it K times with new ids):

- extraction CPU: reading and extracting every article in this process (the work any
  command does), and build CPU: a first ``build_store`` of the same corpus into a new
  store with ``--jobs 1`` (this process and its children); target: build CPU at most
  1.3 times extraction CPU;
- the same build's wall time with ``--jobs N`` (N worker processes, one writer), against
  the one-process build's wall time;
- a rebuild with nothing changed, and a rebuild after adding 100 new articles (one
  new corpus file) against what extracting those 100 costs (target: within 10 s and a
  small multiple of the 100 articles' own extraction).

CPU times are process times (other load on the machine does not count); wall times
are ratios against a peer run in the same run ("cores busy" is CPU over wall time: on a
shared machine, what the run was given). Usage:
``python bench/bench_build.py [--limit N] [--copies K] [--jobs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.build import build_store  # noqa: E402
from timeline.models import Article  # noqa: E402
from timeline.pipeline import extract_article, read_inputs  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
TARGET_RATIO = 1.3
ADDED = 100


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """CPU seconds, wall seconds and the result of `run()`."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    result = run()
    return cpu_seconds() - cpu, time.perf_counter() - wall, result


def write_corpus(source: Path, target: Path, limit: int, copies: int, prefix: str = "") -> int:
    """Write `copies` copies of the first `limit` lines of `source` with new ids; the number of lines."""
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines[:limit] if limit else lines
    n = 0
    with target.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{prefix}{record['id']}" + (f"~{copy}" if copy else "")
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    return n


def extraction_cpu(corpus: Path) -> tuple[float, int, int]:
    """CPU seconds to read and extract every article of `corpus` here, the articles and the events."""
    def run() -> tuple[int, int]:
        articles = events = 0
        for item in read_inputs([corpus]):
            if isinstance(item, Article):
                articles += 1
                events += len(extract_article(item, errors="report"))
        return articles, events
    cpu, _, (articles, events) = timed(run)
    return cpu, articles, events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of the corpus")
    parser.add_argument("--copies", type=int, default=1, help="replicate the corpus K times with new ids")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="processes of the parallel build (1: no parallel build)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        folder = Path(tmp)
        os.environ["TIMELINE_HOME"] = str(folder / "home")  # no added articles, no corrections
        corpus, added = folder / "corpus" / "corpus.jsonl", folder / "added" / "added.jsonl"
        corpus.parent.mkdir()
        added.parent.mkdir()
        n = write_corpus(args.corpus, corpus, args.limit, args.copies)
        write_corpus(args.corpus, added, ADDED, 1, prefix="added-")
        extract_article(Article("warm-up", "غارة على منبج", "warm-up"))  # load the gazetteer and rules

        extract, articles, events = extraction_cpu(corpus)
        build_cpu, build_wall, report = timed(lambda: build_store([corpus], store=folder / "one.duckdb", jobs=1))
        print(f"articles: {articles} ({n} lines), events: {events}; store: {report.events} events, "
              f"{report.incidents} incidents, {(folder / 'one.duckdb').stat().st_size / 2**20:.1f} MB")
        ratio = build_cpu / extract
        print(f"extraction CPU:  {extract:7.1f} s ({articles / extract:.0f} articles/s, one process)")
        print(f"build CPU:       {build_cpu:7.1f} s = {ratio:.2f}x extraction CPU (target <= {TARGET_RATIO}x); "
              f"wall {build_wall:.1f} s ({build_cpu / build_wall:.2f} cores busy)")
        if args.jobs > 1:
            jobs_cpu, jobs_wall, _ = timed(lambda: build_store([corpus], store=folder / "jobs.duckdb", jobs=args.jobs))
            print(f"build --jobs {args.jobs}:  wall {jobs_wall:7.1f} s = {build_wall / jobs_wall:.2f}x the one-process "
                  f"build's rate ({jobs_cpu / jobs_wall:.2f} cores busy); CPU {jobs_cpu:.1f} s = "
                  f"{jobs_cpu / build_cpu:.2f}x the one-process build's")

        store = folder / "one.duckdb"
        noop_cpu, noop_wall, _ = timed(lambda: build_store([corpus], store=store))
        print(f"rebuild, nothing changed: CPU {noop_cpu:6.2f} s, wall {noop_wall:6.2f} s")
        added_extract, _, _ = extraction_cpu(added)
        add_cpu, add_wall, report = timed(lambda: build_store([corpus, added], store=store))
        print(f"rebuild, {ADDED} articles added: CPU {add_cpu:6.2f} s, wall {add_wall:6.2f} s "
              f"({report.extracted} extracted) = {add_cpu / added_extract:.1f}x their extraction CPU "
              f"({added_extract:.2f} s)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
