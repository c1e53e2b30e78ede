"""The reading order of fresh sets 3 to 13 (bench/data/README.md, *Fresh set 3* to *13*): ids only.

The sets read one order: the frame and pattern of the development set's stratum A and of the fresh sets, the
ids sorted and shuffled with ``random.seed(20261205)``, minus every id the development set, the fresh set and
fresh set 2 have read (labelled, or skipped in the README's tables and in ``fresh2_skipped.md``). Fresh set 3
read positions 1-195 of it; fresh set 4 follows on, from position 196, in order, and removes nothing more (the
ids fresh set 3 read all lie before position 196, so the order is the same for both and no position moves);
fresh set 5 reads on from position 287, where fresh set 4 stopped, fresh set 6 from position 420, after
fresh set 5's last, fresh set 7 from position 510, after fresh set 6's last, fresh set 8 from position 612,
after fresh set 7's last, fresh set 9 from position 707, after fresh set 8's last, fresh set 10 from position
819, after fresh set 9's last, fresh set 11 from position 931, after fresh set 10's last, fresh set 12 from
position 1039, after fresh set 11's last, and fresh set 13 from position 1144, after fresh set 12's last (their
first positions in ``FIRST_POSITION``).
Prints one id a line, in order, from the set's first position; no corpus text.

    python bench/select_fresh.py ../shared/data/news-corpus/corpus.jsonl               # fresh set 3: the whole order
    python bench/select_fresh.py ../shared/data/news-corpus/corpus.jsonl --set fresh4  # from position 196
    python bench/select_fresh.py ../shared/data/news-corpus/corpus.jsonl --set fresh4 --numbered
    python bench/select_fresh.py ../shared/data/news-corpus/corpus.jsonl --set fresh5 --numbered  # from 287
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
WAR_TERMS = {"سوريا", "سورية", "العراق", "داعش", "حلب", "الرقة", "دير الزور", "الموصل"}
PATTERN = re.compile("قصف|غار[ةا]|هجوم|هجمات|تفجير|انفجار|مفخخ|انتحاري|قتل|مقتل|اشتباك|معارك|قذائف|قذيفة"
                     "|استهدف|كمين|اعدام|إعدام|ضرب")
ID = re.compile(r"\b((?:snn|ant)-[A-Za-z0-9-]+)\b")
SEED = 20261205
#: each set's first position (1-based) in the shared order
FIRST_POSITION = {"fresh3": 1, "fresh4": 196, "fresh5": 287, "fresh6": 420, "fresh7": 510, "fresh8": 612, "fresh9": 707,
                  "fresh10": 819, "fresh11": 931, "fresh12": 1039, "fresh13": 1144}


def already_read() -> set[str]:
    """Every id the sets before fresh set 3 read: their labelled articles and the ids in their skipped tables."""
    ids: set[str] = set()
    for name in ("attack_events_dev.jsonl", "attack_events_fresh.jsonl", "attack_events_fresh2.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    for name in ("README.md", "fresh2_skipped.md"):
        text = (DATA / name).read_text(encoding="utf-8").split("\n# Fresh set 3")[0]  # not the later sets' tables
        for line in text.splitlines():
            if line.startswith("| "):
                ids.update(ID.findall(line))
    return ids


def order(corpus: Path) -> list[str]:
    """The whole shared order, position 1 first."""
    ids = []
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if WAR_TERMS & set(record.get("war_terms") or []) and PATTERN.search(record["text"]):
                ids.append(record["id"])
    ids.sort()
    random.seed(SEED)
    random.shuffle(ids)
    read = already_read()
    return [i for i in ids if i not in read]


def positions(corpus: Path, name: str) -> list[tuple[int, str]]:
    """The set's (position, id) pairs, from its first position to the end of the order."""
    first = FIRST_POSITION[name]
    return [(n, i) for n, i in enumerate(order(corpus), start=1) if n >= first]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--set", choices=sorted(FIRST_POSITION), default="fresh3")
    parser.add_argument("--numbered", action="store_true", help="print each id after its position")
    args = parser.parse_args(argv)
    for n, i in positions(args.corpus, args.set):
        print(f"{n}\t{i}" if args.numbered else i)


if __name__ == "__main__":
    main()
