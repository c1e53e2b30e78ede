"""What the analyst reviews beside the events: the corrections and what became of each after the last
build, and the place names the gazetteer does not know.

`correction_states` says of every event correction whether it holds on an event (``applied``),
took the event out of the views (``dismissed``), found no event because its evidence is gone from
the article (``orphaned``) or its article is no longer in the store (``article gone``), or was
undone or replaced by a later one. `unknown_places` counts the events of each unknown name, most
first. Both read a store connection (`timeline.store.snapshot`).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

import duckdb
import pandas as pd

from gazetteer.index import name_key
from timeline import event_corrections
from timeline.event_corrections import EventCorrection

STATES = ("applied", "dismissed", "orphaned", "article gone", "undone", "replaced")


@dataclass(frozen=True)
class CorrectionState:
    """One correction and what became of it in the store."""

    correction: EventCorrection
    state: str  #: one of `STATES`
    event_id: str | None = None  #: the event it holds on (applied, dismissed)


def _carriers(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """Correction id -> (table, event id) of the event that carries it."""
    out = {}
    for table in ("events", "dismissed"):
        for event_id, analyst in con.execute(f"SELECT event_id, analyst FROM {table} WHERE analyst IS NOT NULL"
                                             ).fetchall():
            for correction_id in json.loads(analyst).get("by", []):
                out[correction_id] = (table, event_id)
    return out


def correction_states(con: duckdb.DuckDBPyConnection,
                      corrections: list[EventCorrection] | None = None) -> list[CorrectionState]:
    """Every correction of the file (or of `corrections`), latest first, with what became of it."""
    corrections = event_corrections.read().corrections if corrections is None else corrections
    live = {c.correction_id for c in event_corrections.live(corrections)}
    carriers = _carriers(con)
    contents = {sha for (sha,) in con.execute("SELECT content_sha1 FROM articles").fetchall()}
    ids = {i for (i,) in con.execute("SELECT article_id FROM articles").fetchall()}
    out = []
    for c in sorted(corrections, key=lambda c: c.made, reverse=True):
        if c.undone:
            out.append(CorrectionState(c, "undone"))
        elif c.correction_id not in live:
            out.append(CorrectionState(c, "replaced"))
        elif c.correction_id in carriers:
            table, event_id = carriers[c.correction_id]
            out.append(CorrectionState(c, "dismissed" if table == "dismissed" else "applied", event_id))
        elif c.anchor.content_sha1 in contents or c.anchor.article_id in ids:
            out.append(CorrectionState(c, "orphaned"))
        else:
            out.append(CorrectionState(c, "article gone"))
    return out


def unknown_places(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The names the gazetteer does not know (``place_unresolved``), one row per name as indexed: the
    most frequent spelling, its events and articles, and the id of one event (to show its sentence);
    most events first."""
    rows = con.execute("""SELECT place_unresolved, article_id, event_id FROM events
                          WHERE place_unresolved IS NOT NULL ORDER BY event_id""").fetchall()
    spellings: dict[str, Counter] = defaultdict(Counter)
    events: Counter = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    example: dict[str, str] = {}
    for name, article_id, event_id in rows:
        key = name_key(name)
        spellings[key][name] += 1
        events[key] += 1
        articles[key].add(article_id)
        example.setdefault(key, event_id)
    table = pd.DataFrame([{"name": spellings[k].most_common(1)[0][0], "key": k, "events": n,
                           "articles": len(articles[k]), "example": example[k]} for k, n in events.items()],
                         columns=["name", "key", "events", "articles", "example"])
    return table.sort_values(["events", "articles", "key"], ascending=[False, False, True], ignore_index=True)
