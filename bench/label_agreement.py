"""How far two labellers agree on the same articles: two label files of ``bench/data`` format.

    python bench/label_agreement.py FIRST.jsonl SECOND.jsonl [--ids IDS.txt]

Needs no corpus: it compares offsets and labels only. Over the articles both read (``--ids``, one id a
line; else the articles either file labels), an article that one file does not hold was read and skipped
by that labeller. Events are paired one-to-one within an article when their sentences (evidence or
re-mentions) overlap, the same type and the larger overlap first. It prints, for news events and for all
events: each labeller's count, the pairs, agreement (F1: twice the pairs over both counts), and on the
pairs how often type, news/background, date (the same day range or an accepted reading), place (within
10 km, or the same country where either has no point) and actor agree.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_events import km, label_readings, read_labels  # noqa: E402

PLACE_KM = 10.0


def spans(event: dict) -> list[list[int]]:
    return [event["evidence"], *event["mentions"]]


def overlap(a: dict, b: dict) -> int:
    """How many characters the sentences of two events share."""
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in spans(a) for y in spans(b))


def pairs(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """The one-to-one pairs of two labellers' events of one article, greedily by type, then overlap."""
    candidates = sorted(
        ((a["type"] == b["type"], overlap(a, b), i, j) for i, a in enumerate(first) for j, b in enumerate(second)
         if overlap(a, b) > 0), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    found = []
    for _, _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            found.append((first[i], second[j]))
    return found


def same_date(a: dict, b: dict) -> bool:
    """Either label's date is one of the other's accepted readings (no date counts as a reading)."""
    return bool(set(label_readings(a)) & set(label_readings(b)))


def same_place(a: dict, b: dict) -> bool:
    if a["lat"] is not None and b["lat"] is not None:
        return km(a["lat"], a["lon"], b["lat"], b["lon"]) <= max(PLACE_KM, a["radius_km"] or 0, b["radius_km"] or 0)
    return a["country"] == b["country"] and (a["lat"] is None) == (b["lat"] is None)


def same_actor(a: dict, b: dict) -> bool:
    return a["actor"] == b["actor"] or a["actor"] in b["actor_alternatives"] or b["actor"] in a["actor_alternatives"]


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "- (0/0)"


def compare(first: dict[str, dict], second: dict[str, dict], ids: list[str], news_only: bool) -> None:
    def events(record: dict | None) -> list[dict]:
        kept = record["events"] if record else []
        return [e for e in kept if not (news_only and e["background"])]

    count_a = count_b = 0
    matched: list[tuple[dict, dict]] = []
    for article_id in ids:
        a, b = events(first.get(article_id)), events(second.get(article_id))
        count_a, count_b = count_a + len(a), count_b + len(b)
        matched += pairs(a, b)
    n = len(matched)
    print(f"  events: first {count_a}, second {count_b}, paired {n}, agreement {share(2 * n, count_a + count_b)}")
    checks = [("type", lambda a, b: a["type"] == b["type"]), ("date", same_date), ("place", same_place),
              ("actor", same_actor)]
    if not news_only:
        checks.insert(1, ("news/background", lambda a, b: a["background"] == b["background"]))
    for name, agree in checks:
        print(f"  {name} on the pairs: {share(sum(agree(a, b) for a, b in matched), n)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--ids", type=Path, help="the articles both labellers read, one id a line")
    args = parser.parse_args()
    first = {r["id"]: r for r in read_labels(args.first)}
    second = {r["id"]: r for r in read_labels(args.second)}
    if args.ids:
        ids = [line.strip() for line in args.ids.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        ids = sorted(first.keys() | second.keys())
    held = [(i in first, i in second) for i in ids]
    print(f"articles read by both: {len(ids)}; labelled by both {held.count((True, True))}, by the first only "
          f"{held.count((True, False))}, by the second only {held.count((False, True))}, by neither "
          f"{held.count((False, False))}")
    print("news events (background left out):")
    compare(first, second, ids, news_only=True)
    print("all events:")
    compare(first, second, ids, news_only=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
