"""The reading order of fresh set 3 (bench/data/README.md, *Fresh set 3*): ids only, no corpus text.

The frame and pattern of the development set's stratum A and of the fresh sets, the ids sorted and shuffled
with ``random.seed(20261205)``, minus every id the development set, the fresh set and fresh set 2 have read
(labelled, or skipped in the README's tables and in ``fresh2_skipped.md``). Prints one id a line, in order.

    python bench/select_fresh3.py ../shared/data/news-corpus/corpus.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
WAR_TERMS = {"سوريا", "سورية", "العراق", "داعش", "حلب", "الرقة", "دير الزور", "الموصل"}
PATTERN = re.compile("قصف|غار[ةا]|هجوم|هجمات|تفجير|انفجار|مفخخ|انتحاري|قتل|مقتل|اشتباك|معارك|قذائف|قذيفة"
                     "|استهدف|كمين|اعدام|إعدام|ضرب")
ID = re.compile(r"\b((?:snn|ant)-[A-Za-z0-9-]+)\b")


def already_read() -> set[str]:
    """Every id the earlier sets read: their labelled articles and the ids in their skipped tables."""
    ids: set[str] = set()
    for name in ("attack_events_dev.jsonl", "attack_events_fresh.jsonl", "attack_events_fresh2.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    for name in ("README.md", "fresh2_skipped.md"):
        text = (DATA / name).read_text(encoding="utf-8").split("\n# Fresh set 3")[0]  # not this set's own table
        for line in text.splitlines():
            if line.startswith("| "):
                ids.update(ID.findall(line))
    return ids


def order(corpus: Path) -> list[str]:
    ids = []
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if WAR_TERMS & set(record.get("war_terms") or []) and PATTERN.search(record["text"]):
                ids.append(record["id"])
    ids.sort()
    random.seed(20261205)
    random.shuffle(ids)
    read = already_read()
    return [i for i in ids if i not in read]


if __name__ == "__main__":
    print("\n".join(order(Path(sys.argv[1]))))
