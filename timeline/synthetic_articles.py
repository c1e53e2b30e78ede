"""Seeded synthetic news articles, for the scale bench (when the shared corpus is absent) and the engine tests.

`synthetic_articles(n, seed)` returns corpus records (``id``, ``title``, ``text``, ``source``,
``published``): paragraphs that report strikes on real towns with a date and a toll, mixed with
sentences that report nothing (``data/synthetic_articles.toml``). `write_corpus` writes them as a
``.jsonl`` corpus.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import numpy as np

from timeline import DATA_DIR, read_data
from timeline.synthetic import DAYS, SOURCES, START, TOWNS

_TEXT = read_data(DATA_DIR / "synthetic_articles.toml")
_MONTHS = read_data(DATA_DIR / "synthetic.toml")["text"]["months"]


def synthetic_articles(n: int, seed: int = 0, prefix: str = "syn") -> list[dict[str, Any]]:
    """`n` corpus records (same `seed`, same records), ids ``{prefix}-000000`` on."""
    rng = np.random.default_rng(seed)
    out = []
    for number in range(n):
        published = START + dt.timedelta(days=int(rng.integers(2, DAYS)))
        paragraphs = []
        for _ in range(int(rng.integers(1, 4))):
            town = TOWNS[int(rng.integers(len(TOWNS)))]
            when = published - dt.timedelta(days=int(rng.integers(0, 2)))
            report = _TEXT["reports"][int(rng.integers(len(_TEXT["reports"])))].format(
                actor=_TEXT["actors"][int(rng.integers(len(_TEXT["actors"])))], place=town[1], day=when.day,
                month=_MONTHS[when.month - 1], year=when.year, killed=int(rng.integers(2, 40)))
            others = rng.choice(len(_TEXT["others"]), size=int(rng.integers(0, 3)), replace=False)
            paragraphs.append(" ".join([report, *(_TEXT["others"][k] for k in others)]))
        out.append({
            "id": f"{prefix}-{number:06d}", "title": _TEXT["title"].format(place=town[1]),
            "text": "\n\n".join(paragraphs), "source": SOURCES[int(rng.integers(len(SOURCES)))],
            "published": published.isoformat(),
        })
    return out


def write_corpus(path: Path, records: list[dict[str, Any]]) -> Path:
    """`records` as a ``.jsonl`` corpus at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return path
