"""Articles per second of reading and event extraction over the news corpus.

Prints, over ``../shared/data/news-corpus/corpus.jsonl`` (about 6,000 real
articles): reading (decode, clean, outlet, publication date) and extraction
(`extract_article`) in articles per second on one core (CPU time, so other
load does not count), the same with ``--jobs N`` worker processes (wall
time), events found, and peak memory (resident set, this process and its
workers). Targets: at least 500 articles/s of extraction on one core, and 200 with reading included.

``--against DIR`` also measures the extraction of another checkout (``../main``, say) in child
processes, alternated with this one's, and prints the ratio of the best rates and whether both
found exactly the same events: the machine's speed drifts, a ratio from one run does not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: The checkout whose code runs: this one, or in a child run of ``--against``, the one it measures.
CODE = Path(os.environ.get("BENCH_EXTRACT_CODE", REPO))
sys.path.insert(0, str(CODE))

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
    parser.add_argument("--against", type=Path, help="another checkout whose extraction rate to compare")
    parser.add_argument("--rounds", type=int, default=3, help="alternated runs of each checkout (--against)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one_core(args.corpus, args.limit)))
        return 0
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found", file=sys.stderr)
        return 1

    extract_article(Article("warm-up", "غارة على منبج", "warm-up"))  # load the gazetteer and rules
    cpu = time.process_time()
    # only the articles measured are read: reading the whole corpus for the first N would charge them all of it
    articles = list(islice((a for a in read_inputs([args.corpus]) if isinstance(a, Article)), args.limit or None))
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
    if args.against:
        _compare(args.against, args.corpus, args.limit, args.rounds)
    return 0 if one_core >= TARGET and n / extract_cpu >= EXTRACT_TARGET and parallel == events else 1


def _one_core(corpus: Path, limit: int) -> dict:
    """The extraction rate on one core (CPU time, the better of two passes) and a digest of the events."""
    extract_article(Article("warm-up", "غارة على منبج", "warm-up"))
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)][: limit or None]
    best, found = float("inf"), []
    for _ in range(2):
        cpu = time.process_time()
        found = [extract_article(a) for a in articles]
        best = min(best, time.process_time() - cpu)
    digest = hashlib.sha1(json.dumps([[e.to_dict() for e in events] for events in found],
                                     sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return {"rate": len(articles) / best, "digest": digest}


def _compare(other: Path, corpus: Path, limit: int, rounds: int) -> None:
    """This checkout's one-core extraction rate against `other`'s, runs alternated in child processes."""
    script = Path(__file__).resolve()
    rates: dict[Path, list[float]] = {REPO: [], other.resolve(): []}
    digests = set()
    for _ in range(rounds):
        for checkout in rates:
            command = [sys.executable, str(script), "--child", "--corpus", str(corpus), "--limit", str(limit)]
            done = subprocess.run(command, capture_output=True, text=True, check=True,
                                  env={**os.environ, "BENCH_EXTRACT_CODE": str(checkout)})
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            rates[checkout].append(figures["rate"])
            digests.add(figures["digest"])
    ours, theirs = (max(r) for r in rates.values())
    print(f"extract against {other}: {ours:.1f} against {theirs:.1f} articles/s (best of {rounds} alternated runs "
          f"each), ratio {ours / theirs:.3f}; same events: {len(digests) == 1}")


if __name__ == "__main__":
    sys.exit(main())
