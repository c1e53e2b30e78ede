"""The articles an analyst adds: pasted text kept as a one-record corpus file beside the uploaded
files (`timeline.build.added_articles_dir`), what an addition gave once the store is rebuilt
(`addition`), the list of added articles (`added_articles`) and their removal (`remove_added`).

A pasted article is a ``.jsonl`` file of one record, so that its title, outlet and publication
date are read as a corpus's metadata; its id is ``pasted-`` and a digest of the record. Removing
an added file takes its articles out of the store at the next build, as for any input file
that is gone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from timeline.build import add_article_file, added_articles_dir
from timeline.errors import StoreCorruptError, StoreNotFoundError
from timeline.store import default_store, snapshot

PASTED_PREFIX = "pasted-"
#: the columns of `added_articles`
ADDED_COLUMNS = ("file", "article_id", "title", "source", "published", "events", "undated")


def add_pasted_article(text: str, *, title: str = "", source: str = "", published: dt.date | None = None,
                       store: Path | None = None) -> Path:
    """Keep pasted `text` (with the metadata given) among the added articles; return its file.
    The same text with the same metadata is kept once. Raise ValueError when `text` is blank."""
    if not text.strip():
        raise ValueError("nothing to add: the text is empty")
    record = {"text": text.strip(), "title": title.strip() or None, "source": source.strip() or None,
              "published": published.isoformat() if published else None}
    digest = hashlib.sha1(json.dumps(record, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]
    line = json.dumps({"id": f"{PASTED_PREFIX}{digest}", **record}, ensure_ascii=False) + "\n"
    return add_article_file(f"{PASTED_PREFIX}{digest}.jsonl", line.encode("utf-8"), store)


def added_files() -> list[Path]:
    """The files of the added articles, by name."""
    return sorted(p.resolve() for p in added_articles_dir().iterdir() if p.is_file() and not p.name.startswith("."))


_ARTICLES = """
SELECT a.input AS file, a.article_id, a.title, a.source, a.published,
       count(e.event_id) AS events, count(e.event_id) FILTER (WHERE e."date" IS NULL) AS undated
FROM articles a LEFT JOIN events e ON e.article_id = a.article_id
WHERE list_contains(?, a.input)
GROUP BY a.input, a.line, a.article_id, a.title, a.source, a.published
ORDER BY a.input, a.line NULLS FIRST, a.article_id
"""


def _query(sql: str, files: Sequence[Path], store: Path | None) -> pd.DataFrame:
    try:
        with snapshot(store or default_store()) as con:
            return con.execute(sql, [[str(f) for f in files]]).df()
    except (StoreNotFoundError, StoreCorruptError):  # no store yet, or one being recovered: nothing held
        return pd.DataFrame()


def added_articles(store: Path | None = None) -> pd.DataFrame:
    """The added articles the store holds, one row each (`ADDED_COLUMNS`), with their numbers of
    events and of undated events; a file of no article (unread, or not built yet) as one row of
    its own, with no id."""
    files = added_files()
    found = _query(_ARTICLES, files, store)
    held = set(found["file"]) if not found.empty else set()
    missing = pd.DataFrame({"file": [str(f) for f in files if str(f) not in held]})
    rows = pd.concat([frame for frame in (found, missing) if not frame.empty], ignore_index=True) \
        if len(found) or len(missing) else pd.DataFrame(columns=list(ADDED_COLUMNS))
    for column in ADDED_COLUMNS:
        if column not in rows:
            rows[column] = None
    rows[["events", "undated"]] = rows[["events", "undated"]].fillna(0).astype(int)
    return rows[list(ADDED_COLUMNS)]


@dataclass(frozen=True)
class Addition:
    """What the articles of some added files gave in the store."""

    articles: int
    dated: tuple[str, ...]  #: event ids
    undated: tuple[str, ...]  #: event ids
    problems: tuple[str, ...]  #: why an added file (or a line of it) gave no article
    unread: int = 0  #: files the store has not read yet (its build was refused: another was running)

    @property
    def events(self) -> tuple[str, ...]:
        return self.dated + self.undated

    def summary(self) -> str:
        """In words: "3 events; 2 are undated: give the publication date to date them"."""
        events = len(self.events)
        text = f"{events} event{'s' if events != 1 else ''}"
        if self.undated:
            verb = "is" if len(self.undated) == 1 else "are"
            text += (f"; {'all' if not self.dated and events > 1 else len(self.undated)} {verb} undated: "
                     "give the publication date to date them")
        elif not events and self.articles:
            text += ": the extractor found no strike, attack or other event in the text"
        if self.problems:
            text += "; not read: " + "; ".join(self.problems)
        if self.unread:
            files, they = ("file", "it") if self.unread == 1 else ("files", "they")
            text += (f"; {self.unread} {files} not extracted yet (another build was running): "
                     f"{they} will be at the next rebuild")
        return text


_EVENTS = """
SELECT e.event_id, e."date" IS NULL AS undated FROM events e JOIN articles a USING (article_id)
WHERE list_contains(?, a.input) ORDER BY a.input, e.start, e.event_id
"""
_PROBLEMS = "SELECT reason, line FROM errors WHERE list_contains(?, input) ORDER BY input, line NULLS FIRST"


def addition(files: Sequence[Path], store: Path | None = None) -> Addition:
    """What the added `files` gave in the store: their articles, events (dated, undated) and problems."""
    files = [Path(f).resolve() for f in files]
    events = _query(_EVENTS, files, store)
    problems = _query(_PROBLEMS, files, store)
    articles = _query("SELECT count(*) AS n FROM articles WHERE list_contains(?, input)", files, store)
    read = _query("SELECT count(DISTINCT path) AS n FROM files WHERE list_contains(?, path)", files, store)
    undated = events["undated"].astype(bool) if len(events) else pd.Series(dtype=bool)
    return Addition(
        articles=int(articles["n"].iloc[0]) if len(articles) else 0,
        dated=tuple(events.loc[~undated, "event_id"]) if len(events) else (),
        undated=tuple(events.loc[undated, "event_id"]) if len(events) else (),
        problems=tuple(f"line {int(line)}: {reason}" if pd.notna(line) else str(reason)
                       for reason, line in problems.itertuples(index=False)) if len(problems) else (),
        unread=len(set(files)) - (int(read["n"].iloc[0]) if len(read) else 0),
    )


def remove_added(file: Path | str) -> None:
    """Delete one added file (its articles leave the store at the next build). Raise ValueError for a
    file that is not among the added articles."""
    path = Path(file).resolve()
    if path not in added_files():
        raise ValueError(f"{path}: not one of the added articles")
    path.unlink()
