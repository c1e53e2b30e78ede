"""Throughput and accuracy of `timeline.dates`, side by side with dateparser in the same run.

Prints:

- MB/s of Arabic text over the news corpus on one core (CPU time, best of
  ``--rounds``), the target being >= 5 MB/s;
- exact accuracy per kind on the labelled expressions
  (``tests/data/date_expressions.tsv``: text, days, precision, basis and
  weekday conflict of every mention), on the older labelled sentences
  (``tests/data/date_sentences.tsv``: text, days, precision) and the false
  dates found in ``tests/data/date_free_sentences.tsv``;
- dateparser's ``search_dates(..., languages=['ar'])`` on the same labelled
  sentences and on a sample of the corpus: its lenient accuracy (right mention
  texts and first days, a span a word longer or shorter accepted; it has no
  ranges, precisions or unresolved dates; we are scored the same way in that
  column) and both readers' MB/s on the same
  text, with the ratio (target >= 20x).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.dates import find_dates  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
DATA = REPO / "tests" / "data"


def corpus_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def throughput(texts: list[str], rounds: int) -> tuple[float, float, int, int]:
    """Return (MB/s of CPU time, MB/s of wall time, bytes, mentions) over `texts`.

    CPU time is this process's time on its one core, so other load on the
    machine does not count; the best of `rounds` runs is kept for each.
    """
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


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _reference(row: dict[str, str]) -> dt.date | None:
    return dt.date.fromisoformat(row["reference"]) if row.get("reference") else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def ours(row: dict[str, str], fields: int) -> list[list]:
    """Our mentions in the labelled form: text, first day, last day, precision[, basis, conflict]."""
    return [
        [m.text, _iso(m.value), _iso(m.end_value), m.precision, m.date_basis, m.weekday_conflict][:fields]
        for m in find_dates(row["sentence"], _reference(row))
    ]


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
    """As many mentions, each overlapping the expected one (a preposition more or less: "في 7 يوليو 2017"
    for "7 يوليو 2017"), with the same first day wherever one is expected."""
    if len(found) != len(expected):
        return False
    return all(
        (e[0] in f[0] or f[0] in e[0]) and (e[1] is None or f[1] == e[1])
        for f, e in zip(found, expected, strict=True)
    )


def timed(function, items):
    """Return the results of `function` over `items` and the CPU time taken."""
    start = time.process_time()
    results = [function(r) for r in items]
    return results, time.process_time() - start


def report_expressions(show_wrong: bool) -> tuple[list[dict[str, str]], list[list]]:
    """Print exact accuracy per kind on the labelled expressions; return the rows and expectations."""
    labelled = rows("date_expressions.tsv")
    expected = [json.loads(r["expected"]) for r in labelled]
    got = [ours(r, 6) for r in labelled]
    total, exact = Counter(), Counter()
    for row, g, e in zip(labelled, got, expected, strict=True):
        total[row["kind"]] += 1
        exact[row["kind"]] += g == e
        if g != e and show_wrong:
            print(f"  wrong {row['id']}: expected {e}, got {g}")
    n, ok = sum(total.values()), sum(exact.values())
    mentions = sum(len(e) for e in expected)
    print(f"labelled expressions: {n} sentences ({mentions} mentions), exact {ok}/{n} = {ok / n:.1%}"
          " (target >= 98 %, every kind >= 95 %)")
    for kind in total:
        print(f"  {kind:<11} {exact[kind]:>3}/{total[kind]:<3} = {exact[kind] / total[kind]:.1%}")
    return labelled, expected


def report_older_and_free(show_wrong: bool) -> None:
    older = rows("date_sentences.tsv")
    ok = 0
    for row in older:
        good = ours(row, 4) == json.loads(row["expected"])
        ok += good
        if not good and show_wrong:
            print(f"  wrong {row['id']}")
    print(f"older labelled sentences: exact {ok}/{len(older)} = {ok / len(older):.1%}")
    free = rows("date_free_sentences.tsv")
    false = sum(bool(find_dates(r["sentence"], ref)) for r in free for ref in (None, dt.date(2016, 7, 20)))
    print(f"date-free sentences: {false} with a false date out of {len(free)} (read with and without a reference)")


def side_by_side(labelled: list[dict[str, str]], expected: list[list], sample: list[str]) -> None:
    """Both readers on the same labelled sentences and the same corpus sample."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs(labelled[0])  # load dateparser's language data outside the timing
        mine, my_time = timed(lambda r: ours(r, 2), labelled)
        other, other_time = timed(theirs, labelled)
        sample_rows = [{"sentence": t} for t in sample]
        _, my_sample = timed(lambda r: find_dates(r["sentence"]), sample_rows)
        _, other_sample = timed(theirs, sample_rows)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row, m, o, e in zip(labelled, mine, other, expected, strict=True):
        counts = by_kind[row["kind"]]
        counts[0] += 1
        counts[1] += lenient(m, e)
        counts[2] += lenient(o, e)
    size = sum(len(r["sentence"].encode("utf-8")) for r in labelled) / 1e6
    sample_size = sum(len(t.encode("utf-8")) for t in sample) / 1e6
    n, mine_ok, other_ok = (sum(c[i] for c in by_kind.values()) for i in range(3))
    print("side by side on the labelled expressions (lenient: overlapping mention texts and first days):")
    print(f"  {'kind':<11} timeline.dates  dateparser")
    for kind, (count, m, o) in by_kind.items():
        print(f"  {kind:<11} {m / count:>14.1%} {o / count:>11.1%}")
    print(f"  {'all':<11} {mine_ok / n:>14.1%} {other_ok / n:>11.1%}")
    print("speed on the same text, one core:")
    print(f"  labelled sentences ({size:.2f} MB): timeline.dates {size / my_time:.3f} MB/s, dateparser "
          f"{size / other_time:.3f} MB/s, ratio {other_time / my_time:.0f}x (target >= 20x)")
    if sample:
        print(f"  corpus sample ({sample_size:.2f} MB): timeline.dates {sample_size / my_sample:.3f} MB/s, dateparser "
              f"{sample_size / other_sample:.3f} MB/s, ratio {other_sample / my_sample:.0f}x (target >= 20x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sample-kb", type=int, default=200, help="corpus text both readers run on (default 200)")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--wrong", action="store_true", help="list the sentences read wrong")
    args = parser.parse_args(argv)

    texts = corpus_texts(args.corpus) if args.corpus.exists() else []
    if texts:
        cpu, wall, size, found = throughput(texts, args.rounds)
        print(f"throughput: {cpu:.2f} MB/s of CPU time ({wall:.2f} MB/s wall clock) over {size / 1e6:.1f} MB"
              f" of Arabic text, {found} mentions; target >= 5 MB/s on one core")
    else:
        print(f"throughput: corpus {args.corpus} not found, skipped")
    labelled, expected = report_expressions(args.wrong)
    report_older_and_free(args.wrong)
    if args.no_dateparser:
        return 0
    sample, size = [], 0
    for text in texts:
        if size >= args.sample_kb * 1000:
            break
        sample.append(text)
        size += len(text.encode("utf-8"))
    side_by_side(labelled, expected, sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
