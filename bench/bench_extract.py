"""Articles per second of reading and event extraction over the news corpus.

Prints, over ``../shared/data/news-corpus/corpus.jsonl`` (about 6,000 real
articles): reading (decode, clean, outlet, publication date) and extraction
(`extract_article`) in articles per second on one core (CPU time, so other
load does not count), the same with ``--jobs N`` worker processes (wall
time), events found, and peak memory (resident set, this process and its
workers). Targets: at least 500 articles/s of extraction on one core, and 200 with reading included.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.models import Article  # noqa: E402
from timeline.pipeline import extract_article, read_inputs  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
TARGET = 200.0
EXTRACT_TARGET = 500.0


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes for the parallel run")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found", file=sys.stderr)
        return 1

    extract_article(Article("warm-up", "غارة على منبج", "warm-up"))  # load the gazetteer and rules
    cpu = time.process_time()
    articles = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)]
    if args.limit:
        articles = articles[: args.limit]
    read_cpu = time.process_time() - cpu
    n = len(articles)

    cpu = time.process_time()
    events = sum(len(extract_article(a)) for a in articles)
    extract_cpu = time.process_time() - cpu

    wall = time.perf_counter()
    chunk = max(1, n // (args.jobs * 8))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        parallel = sum(map(len, pool.map(extract_article, articles, chunksize=chunk)))
    parallel_wall = time.perf_counter() - wall

    one_core = n / (read_cpu + extract_cpu)
    own, children = _peak_mb()
    print(f"articles: {n}, events: {events}")
    print(f"read:     {n / read_cpu:8.1f} articles/s (one core)")
    print(f"extract:  {n / extract_cpu:8.1f} articles/s (one core; target {EXTRACT_TARGET:.0f})")
    print(f"both:     {one_core:8.1f} articles/s (one core; target {TARGET:.0f})")
    print(f"extract --jobs {args.jobs}: {n / parallel_wall:8.1f} articles/s (wall), {parallel} events")
    print(f"peak memory: {own:.0f} MB (this process), {children:.0f} MB (largest worker)")
    return 0 if one_core >= TARGET and n / extract_cpu >= EXTRACT_TARGET and parallel == events else 1


if __name__ == "__main__":
    sys.exit(main())
