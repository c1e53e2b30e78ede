"""A seeded random sample of the attack events extracted from the news corpus, for checking by hand.

Extracts every article of ``../shared/data/news-corpus/corpus.jsonl`` and
prints ``--size`` events (40 by default) drawn with ``random.Random(--seed)``
from the events that are not statements, sorted by event id: id, type, date,
place, actor, toll and the evidence sentence. The verdicts (a real, specific
attack of the right type: yes or no) are a reader's, written down beside the
ids in ``bench/data/sample_verdicts.md``; the corpus text stays outside the
repository. Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.models import Article  # noqa: E402
from timeline.pipeline import extract_article, read_inputs  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: the news corpus {args.corpus} is not here (it lives in ../shared/, outside the repository)")
        return 0
    events = [e for a in read_inputs([args.corpus]) if isinstance(a, Article)
              for e in extract_article(a, errors="report") if e.event_type != "statement"]
    sample = sorted(random.Random(args.seed).sample(events, min(args.size, len(events))), key=lambda e: e.event_id)
    print(f"{len(events)} attack events (not statements) extracted; {len(sample)} drawn with seed {args.seed}\n")
    for n, e in enumerate(sample, 1):
        where = e.place or e.place_text or e.admin1 or e.country or "-"
        print(f"{n:2}. {e.event_id} | {e.event_type} | {e.date or '-'}{'..' + e.date_end if e.date_end else ''} | "
              f"{where} | actor {e.actor or '-'} | killed {e.killed}")
        print(f"    {' '.join(e.evidence.split())}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
