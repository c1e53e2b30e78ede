"""What an analyst's correction costs the next build, against a build with nothing changed and a full one.

Over the first N articles of the news corpus (``../shared/data/news-corpus/corpus.jsonl``; synthetic
articles when it is absent), in one run and one new data directory:

- a first build (every article extracted: the full cost);
- a rebuild with nothing changed (the peer: walking the inputs, reading the corpus file);
- a rebuild after one event correction (only its article is extracted again);
- a rebuild after placing the name the gazetteer does not know that most events hold (only the
  articles whose events name it are extracted again).

Prints each build's CPU and wall seconds, the articles it extracted, and the ratios of the two
corrected rebuilds to the no-change rebuild and to the full build. Usage:
``python bench/bench_corrections.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_build import timed  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"


def write_articles(target: Path, limit: int) -> str:
    """The first `limit` articles as one corpus file; what they are."""
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as f:
            lines = [line for _, line in zip(range(limit), f, strict=False)]
        target.write_text("".join(lines), encoding="utf-8")
        return f"{len(lines)} articles of the news corpus"
    from timeline.synthetic_articles import synthetic_articles

    records = synthetic_articles(limit, seed=3)
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return f"{limit} synthetic articles (the news corpus is absent)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TIMELINE_HOME"] = str(Path(folder) / "home")
        from gazetteer import analyst
        from timeline import event_corrections, review, store
        from timeline.build import build_store
        from timeline.event_corrections import Anchor

        corpus = Path(folder) / "corpus.jsonl"
        print(write_articles(corpus, args.limit))
        rows = []

        def run(name: str) -> tuple[float, float]:
            cpu, wall, report = timed(lambda: build_store([corpus]))
            rows.append((name, cpu, wall, report.extracted))
            return cpu, wall

        full = run("first build (all extracted)")
        same = run("rebuild, nothing changed")
        with store.snapshot() as con:
            row = con.execute("""SELECT e.*, a.content_sha1 FROM events e JOIN articles a USING (article_id)
                                 WHERE e.lat IS NOT NULL ORDER BY e.event_id LIMIT 1""").df().iloc[0]
            unknown = review.unknown_places(con)
        event_corrections.add("type", {"event_type": "shelling" if row["event_type"] != "shelling" else "airstrike"},
                              Anchor.of(row.to_dict(), row["content_sha1"]))
        corrected = run("rebuild after one event correction")
        placed = None
        if len(unknown):
            name = str(unknown.iloc[0]["name"])
            analyst.add_place(analyst.AnalystPlace(name, 36.0, 38.0))
            placed = run(f"rebuild after placing the unknown name of {unknown.iloc[0]['events']} events")
        print(f"{'build':58} {'CPU s':>7} {'wall s':>7} {'extracted':>9}")
        for name, cpu, wall, extracted in rows:
            print(f"{name:58} {cpu:7.2f} {wall:7.2f} {extracted:9d}")
        compared = [("one correction", corrected)] + ([("one placed name", placed)] if placed else [])
        for name, (cpu, wall) in compared:
            print(f"{name}: wall {wall / same[1]:.2f}x the no-change rebuild, {wall / full[1]:.3f}x the full build "
                  f"(CPU {cpu / same[0]:.2f}x, {cpu / full[0]:.3f}x)")


if __name__ == "__main__":
    main()
