"""Throughput and accuracy of `timeline.dates`, side by side with dateparser.

Prints: MB/s of Arabic text over the news corpus (one core), exact accuracy
on the labelled sentences of ``tests/data/date_sentences.tsv``, and, on the
same sentences, dateparser's ``search_dates(..., languages=['ar'])`` accuracy
and speed. dateparser is scored leniently (right mention texts and first
days; it has no ranges, precisions or unresolved dates), and so are we in
that column, for a like-for-like comparison.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.dates import find_dates  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
LABELLED = REPO / "tests" / "data" / "date_sentences.tsv"


def throughput(path: Path, rounds: int) -> tuple[float, float, int, int]:
    """Return (MB/s of CPU time, MB/s of wall time, bytes, mentions) over the corpus texts.

    CPU time is this process's time on its one core, so other load on the
    machine does not count; the best of `rounds` runs is kept for each.
    """
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    size = sum(len(t.encode("utf-8")) for t in texts)
    find_dates("")  # build the regexes outside the timing
    cpu = wall = float("inf")
    found = 0
    for _ in range(rounds):
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        found = sum(len(find_dates(t)) for t in texts)
        cpu = min(cpu, time.process_time() - cpu_start)
        wall = min(wall, time.perf_counter() - wall_start)
    return size / 1e6 / cpu, size / 1e6 / wall, size, found


def labelled_rows() -> list[dict[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _reference(row: dict[str, str]) -> dt.date | None:
    return dt.date.fromisoformat(row["reference"]) if row["reference"] else None


def ours(row: dict[str, str]) -> list[list]:
    """Our mentions in the labelled form: [text, first day, last day, precision]."""
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    return [[m.text, iso(m.value), iso(m.end_value), m.precision] for m in find_dates(row["sentence"], _reference(row))]


def theirs(row: dict[str, str]) -> list[list]:
    """dateparser's mentions as [text, day]."""
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    ref = _reference(row)
    if ref:
        settings["RELATIVE_BASE"] = dt.datetime.combine(ref, dt.time())
    found = search_dates(row["sentence"], languages=["ar"], settings=settings) or []
    return [[text, value.date().isoformat()] for text, value in found]


def lenient(found: list[list], expected: list[list]) -> bool:
    """Same mention texts, and the same first day wherever one is expected."""
    if [f[0] for f in found] != [e[0] for e in expected]:
        return False
    return all(e[1] is None or f[1] == e[1] for f, e in zip(found, expected, strict=True))


def timed(function, rows):
    """Return the results of `function` over `rows` and the CPU time taken."""
    start = time.process_time()
    results = [function(r) for r in rows]
    return results, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args(argv)

    if args.corpus.exists():
        cpu, wall, size, found = throughput(args.corpus, args.rounds)
        print(
            f"throughput: {cpu:.2f} MB/s of CPU time ({wall:.2f} MB/s wall clock) over {size / 1e6:.1f} MB"
            f" of Arabic text, {found} mentions; target >= 5 MB/s on one core"
        )
    else:
        print(f"throughput: corpus {args.corpus} not found, skipped")

    rows = labelled_rows()
    expected = [json.loads(r["expected"]) for r in rows]
    size = sum(len(r["sentence"].encode("utf-8")) for r in rows) / 1e6
    mine, my_time = timed(ours, rows)
    exact = sum(m == e for m, e in zip(mine, expected, strict=True))
    loose = sum(lenient(m, e) for m, e in zip(mine, expected, strict=True))
    n = len(rows)
    print(f"labelled set: {n} sentences, exact {exact}/{n} = {exact / n:.1%} (target >= 97%)")
    for row, got, want in zip(rows, mine, expected, strict=True):
        if got != want:
            print(f"  wrong {row['id']}: expected {want}, got {got}")
    if args.no_dateparser:
        return 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs(rows[0])  # load dateparser's language data outside the timing
        other, other_time = timed(theirs, rows)
    other_ok = sum(lenient(o, e) for o, e in zip(other, expected, strict=True))
    print("side by side on the labelled sentences (lenient: mention texts and first days):")
    print(f"  timeline.dates : {loose}/{n} = {loose / n:.1%}, {size / my_time:.3f} MB/s")
    print(f"  dateparser     : {other_ok}/{n} = {other_ok / n:.1%}, {size / other_time:.3f} MB/s")
    print(f"  speed ratio    : timeline.dates is {other_time / my_time:.0f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
