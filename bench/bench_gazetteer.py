"""Gazetteer figures: cold start, build, lookup, scanning speed, memory; and well-formed matches on real news.

Run: .venv/bin/python bench/bench_gazetteer.py [--corpus CORPUS.jsonl] [--import GAZETTEER_FILE ...]
Uses temporary TIMELINE_HOME/TIMELINE_CACHE folders, so the user's own are untouched.
Lookup and scan speeds are measured in CPU time, which a busy machine disturbs less than wall time.
Over the first 600 articles of the corpus (../shared/data/news-corpus, not committed) every match is
also checked: its span, order, candidates, precision, reason and radius; the script fails on the first
malformed one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"
COLD_START = (
    "import time, resource; t = time.perf_counter(); import gazetteer; gazetteer.lookup('منبج'); "
    "print(time.perf_counter() - t)"
)
CHECKED_ARTICLES = 600
NAMES = ["منبج", "بالرقة", "دير الزور", "الأنبار", "سوريا", "طوخان الكبرى", "حميميم", "كلمةلاتوجد"]


def fresh(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def check_matches(articles: list[dict]) -> int:
    """Check every match of `articles` (text and title) is well formed; return how many there were."""
    import gazetteer

    seen = 0
    for article in articles:
        text, last_end = article["text"], 0
        for m in gazetteer.find_places(text, article.get("title") or ""):
            where = f"article {article.get('id')}, {m.text!r} at {m.start}"
            assert text[m.start:m.end] == m.text, f"{where}: the span is not the text"
            assert m.start >= last_end, f"{where}: matches overlap or are out of order"
            last_end = m.end
            assert m.chosen in m.candidates, f"{where}: the chosen place is not a candidate"
            assert m.chosen.precision in gazetteer.PRECISIONS, f"{where}: unknown precision"
            assert m.reason, f"{where}: no reason"
            assert m.radius_km is None or m.radius_km > 0, f"{where}: radius {m.radius_km}"
            seen += 1
    return seen


def main() -> None:
    sys.path.insert(0, str(ROOT))  # the package of this checkout, whatever is installed
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--import", dest="imports", action="append", default=[],
                        help="a gazetteer file to import first (e.g. the OCHA communities)")
    args = parser.parse_args()
    corpus = args.corpus
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as cache:
        os.environ["TIMELINE_HOME"], os.environ["TIMELINE_CACHE"] = home, cache
        if args.imports:
            from gazetteer.importers import import_file

            for path in args.imports:
                print(f"imported {import_file(path).places} places from {path}")
            for old in Path(cache).glob("*.pickle"):  # time a build from nothing
                old.unlink()
        build = fresh(COLD_START)
        cold = min(fresh(COLD_START) for _ in range(3))
        print(f"build (cache cold, fresh process):  {build:.2f} s")
        print(f"cold start (cache warm, fresh process, import + first lookup): {cold * 1000:.0f} ms")

        import psutil

        import gazetteer
        from gazetteer.resolver import get_index

        rss0 = psutil.Process().memory_info().rss
        index = get_index()
        rss1 = psutil.Process().memory_info().rss
        print(f"index: {len(index.places)} places, {len(index.exact)} names; "
              f"RSS of the loaded index {(rss1 - rss0) / 2**20:.0f} MB (process {rss1 / 2**20:.0f} MB)")

        rounds = 20_000
        t = time.process_time()
        for i in range(rounds):
            gazetteer.lookup(NAMES[i % len(NAMES)])
        print(f"lookup of one name: {(time.process_time() - t) / rounds * 1e6:.1f} µs (CPU time)")

        if not corpus.exists():
            print(f"scan: {corpus} not found, skipped")
            return
        articles = [json.loads(line) for line in corpus.open(encoding="utf-8")]
        checked = check_matches(articles[:CHECKED_ARTICLES])
        print(f"well-formed: all {checked} matches of the first {CHECKED_ARTICLES} articles")
        texts = [article["text"] for article in articles]
        size = sum(len(t.encode("utf-8")) for t in texts)
        wall, cpu = time.perf_counter(), time.process_time()
        found = sum(len(gazetteer.find_places(text)) for text in texts)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"find_places over {len(texts)} articles ({size / 2**20:.1f} MB), {found} places: "
              f"{size / 2**20 / cpu:.1f} MB/s of CPU time ({size / 2**20 / wall:.1f} MB/s wall clock)")


if __name__ == "__main__":
    main()
