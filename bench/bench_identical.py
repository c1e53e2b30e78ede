"""Whether extraction still gives the same events: the corpus's events written once, compared later.

``--write FILE`` writes every event of the news corpus (``../shared/data/news-corpus/corpus.jsonl``),
one JSON record a line, in the order extraction gives them; ``--against FILE`` extracts again and
prints how many events differ from that file (added, removed or changed), with the first few ids.
Run ``--write`` on the commit before a change and ``--against`` after it: a change meant only to be
faster must print 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.models import Article  # noqa: E402
from timeline.pipeline import extract_article, read_inputs  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "corpus.jsonl"


def _records(corpus: Path) -> dict[str, str]:
    """Each event's id and its record as canonical JSON, in extraction order."""
    records: dict[str, str] = {}
    for article in read_inputs([corpus]):
        if not isinstance(article, Article):
            continue
        for event in extract_article(article, errors="report"):
            records[event.event_id] = json.dumps(asdict(event), ensure_ascii=False, sort_keys=True, default=str)
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the events to this file")
    mode.add_argument("--against", type=Path, help="compare the events with this file")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found", file=sys.stderr)
        return 1
    records = _records(args.corpus)
    if args.write:
        args.write.write_text("".join(line + "\n" for line in records.values()), encoding="utf-8")
        print(f"{len(records)} events written to {args.write}")
        return 0
    before = {json.loads(line)["event_id"]: line for line in args.against.read_text(encoding="utf-8").splitlines()}
    differing = sorted(k for k in before.keys() | records.keys() if before.get(k) != records.get(k))
    print(f"events: {len(before)} before, {len(records)} now; differing: {len(differing)}")
    for event_id in differing[:10]:
        change = "removed" if event_id not in records else "added" if event_id not in before else "changed"
        print(f"  {event_id}: {change}")
    return 0 if not differing else 1


if __name__ == "__main__":
    sys.exit(main())
