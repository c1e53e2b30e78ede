"""What the store tests share: a small mixed set of inputs made from the seeds, and a store's contents
as plain rows (to compare a store with the one a clean build gives)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from tests.conftest import REPO_ROOT

SEEDS = sorted((REPO_ROOT / "seeds").glob("*.txt"))
#: The columns that say how a store came to be, not what it holds.
BOOKKEEPING = {"stamp", "pending"}
TABLES = ("articles", "events", "incidents", "errors", "files", "inputs")


def seed_text(index: int) -> str:
    return SEEDS[index % len(SEEDS)].read_text(encoding="utf-8")


def corpus_line(article_id: str, index: int, published: str = "2016-07-18") -> str:
    """A corpus line whose text is seed `index`'s with a closing sentence of its own."""
    text = seed_text(index) + f"\nوقال مصدر محلي إن الحصيلة مرشحة للارتفاع ({article_id}).\n"
    return json.dumps({"id": article_id, "text": text, "published": published, "source": "SANA"}, ensure_ascii=False)


def mixed_inputs(folder: Path, corpus_articles: int = 12) -> Path:
    """A folder holding the five seeds, a sub-folder with two of them renamed, and a corpus of
    `corpus_articles` lines (one of them malformed); the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        shutil.copyfile(seed, folder / seed.name)
    (folder / "more").mkdir()
    for index in (1, 3):
        shutil.copyfile(SEEDS[index], folder / "more" / f"more_{index}.txt")
    lines = [corpus_line(f"c{i:03d}", i) for i in range(corpus_articles)]
    lines.insert(corpus_articles // 2, "{not json")
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def store_contents(db: Path) -> dict[str, list[tuple]]:
    """Every table of the store `db` as sorted rows, without the bookkeeping columns."""
    contents = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in TABLES:
            columns = [name for (name,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if name not in BOOKKEEPING]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = con.execute(f"SELECT {quoted} FROM {table}").fetchall()
            contents[table] = sorted(rows, key=repr)
    return contents
