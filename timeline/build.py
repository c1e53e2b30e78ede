"""Bring the event store up to date with its inputs, reading only what changed.

The store records its inputs (`recorded_inputs`: folders, files and corpora; the articles
added from the dashboard are always read as well). `build_store` adds the inputs it is given
to those, walks them without reading (`timeline.inputs`) and reads only the files that are
new or whose size or time changed and whose content did (or every file, when the extraction
rules changed, `timeline.rules_version`), the files of articles whose correction changed or whose
extraction failed last time, and the files of articles left out as duplicates of one that
is gone. An extraction engine (`timeline.engines`; ``local`` by default) reads those files and
extracts the articles whose fingerprint changed; the build writes its results in batches, one
transaction each (`timeline.store.ingest`), into a working copy of the store that replaces the
store when the build finishes (`timeline.storefile`): readers never see a half-built store, a
killed build loses no committed batch, and the next build goes on from it and ends with the
store a clean build would give. At the end, the articles of re-read files that are no longer
there are removed, incidents are regrouped (only in the days the added and removed events touch,
`timeline.regrouping`) and the inputs recorded, in one transaction.

An input that cannot be listed or read is reported and its articles are kept as they were; a
file that is gone takes its articles with it. `is_stale` says whether a build would change anything.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

import gazetteer
from gazetteer import analyst
from gazetteer.clitics import clitic_stems
from gazetteer.index import name_key
from gazetteer.paths import data_home
from timeline import corrections, engines, event_corrections, inputs, storefile
from timeline.errors import DataFileError, StoreCorruptError
from timeline.models import ReadError
from timeline.regrouping import regroup_incidents
from timeline.rules_version import rules_version
from timeline.store import (
    SCHEMA_VERSION,
    create_tables,
    default_store,
    delete_events,
    get_meta,
    ingest,
    ingest_dataset,
    is_damage,
    name_duplicates,
    set_meta,
    snapshot,
    table_names,
)

_CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
#: Problems found again by every build (the others belong to an input file and last as long as it); a
#: problem of the corrections files (articles, events, the analyst's places) is of kind ``correction``.
_BUILD_WIDE = ("walk", "correction")

Progress = Callable[[int, int, str], None]


def added_articles_dir() -> Path:
    """Where articles added from the dashboard are kept."""
    path = data_home() / "articles"
    path.mkdir(parents=True, exist_ok=True)
    return path


def build_inputs(paths: Iterable[Path | str]) -> list[Path]:
    """What a build reads: `paths`, then the articles added from the dashboard (once)."""
    found = [Path(p).resolve() for p in paths]
    added = added_articles_dir().resolve()
    return list(dict.fromkeys([*found, added]))


def _recorded(con: duckdb.DuckDBPyConnection) -> list[Path]:
    if "inputs" in table_names(con):
        rows = con.execute("SELECT path FROM inputs WHERE kind <> 'added' ORDER BY position").fetchall()
        return [Path(path) for (path,) in rows]
    old = get_meta(con, "inputs")  # a store of the first schema: a JSON list
    return [Path(p) for p in json.loads(old)] if old else []


def recorded_inputs(store: Path | None = None) -> list[Path]:
    """The inputs the store is built from (the added articles not counted); none for a new store,
    or one that cannot be read."""
    store = store or default_store()
    if not store.exists():
        return []
    try:
        with snapshot(store) as con:
            return _recorded(con)
    except (StoreCorruptError, duckdb.Error):
        return []


def _input_kind(path: Path) -> str:
    if path == added_articles_dir().resolve():
        return "added"
    if path.is_dir():
        return "folder"
    return "corpus" if path.name.endswith(_CORPUS_SUFFIXES) else "file"


def add_article_file(name: str, content: bytes, store: Path | None = None) -> Path:
    """Keep an uploaded file among the added articles and return its path; never overwrites.

    The name is made safe (no folders, no hidden files, no control characters) and, when a
    file of that name is there already or an article of the store has its id (an upload named
    like a seed), numbered (``name-2.txt``). A file whose bytes are those of an added file
    already is not added again: that file's path is returned.
    """
    folder = added_articles_dir()
    for existing in folder.iterdir():
        if existing.is_file() and existing.stat().st_size == len(content) and existing.read_bytes() == content:
            return existing
    safe = re.sub(r"[^\w.\-]+", "_", Path(name).name).lstrip(".") or "article.txt"
    stem, suffix = (safe.rsplit(".", 1)[0], "." + safe.rsplit(".", 1)[1]) if "." in safe else (safe, "")
    store = store or default_store()
    taken: set[str] = set()
    if store.exists():
        try:
            with snapshot(store) as con:
                taken = {i for (i,) in con.execute("SELECT article_id FROM articles").fetchall()}
        except (StoreCorruptError, duckdb.Error):
            pass
    number = 1
    while True:
        candidate = f"{stem}{f'-{number}' if number > 1 else ''}{suffix}"
        if Path(candidate).stem not in taken:
            try:
                with (folder / candidate).open("xb") as out:  # exclusive: never replaces a file
                    out.write(content)
                return folder / candidate
            except FileExistsError:
                pass
        number += 1


@dataclass
class BuildReport:
    """What a build did."""

    read: int = 0  #: articles the inputs hold (those stored, and those whose extraction failed)
    extracted: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0  #: articles whose extraction failed (their errors are among `errors`)
    duplicates: int = 0  #: articles left out because another holds their id (among `errors`)
    events: int = 0
    incidents: int = 0
    errors: list[ReadError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  #: what the build did besides (a damaged store moved aside)
    inputs: list[Path] = field(default_factory=list)  #: what the store is built from now (`recorded_inputs`)

    def summary(self) -> str:
        text = (
            f"{self.read} articles read, {self.extracted} extracted, {self.unchanged} unchanged, "
            f"{self.removed} removed; {self.events} events, {self.incidents} incidents"
        )
        skipped = [e for e in self.errors if not e.is_warning]
        if skipped:
            text += f"; {len(skipped)} inputs skipped"
        if self.failed:
            text += f" ({self.failed} failed extraction)"
        return text


@dataclass
class _Plan:
    """What a build reads, found by comparing the inputs with the store's record of them."""

    found: inputs.Found
    read: list[str]  #: files to read, in reading order
    gone: list[str]  #: files the store has articles from that are no longer there
    digests: dict[str, str]  #: content hashes computed (of files whose size or time changed)

    @property
    def changes(self) -> bool:
        return bool(self.read or self.gone)


def _stored_fixes(con: duckdb.DuckDBPyConnection) -> corrections.Fixes:
    rows = con.execute("SELECT article_id, correction FROM articles WHERE correction IS NOT NULL").fetchall()
    return {article_id: json.loads(text) for article_id, text in rows}


def _corrections(con: duckdb.DuckDBPyConnection) -> tuple[corrections.Fixes, list[ReadError]]:
    """The corrections to apply and their problems; when the file cannot be read at all, those the
    store applied last time (so that a broken file loses no correction)."""
    try:
        return corrections.read()
    except DataFileError as exc:
        kept = _stored_fixes(con)
        return kept, [ReadError(str(corrections.corrections_file()),
                                f"{str(exc).split(': ', 1)[-1]}; the {len(kept)} corrections applied before are kept")]


@dataclass(frozen=True)
class _Fixes:
    """What the analysts changed: article corrections, event corrections by article, placed names."""

    articles: corrections.Fixes
    events: dict[str, tuple[event_corrections.EventCorrection, ...]]
    entries: list  #: the event corrections' file entries, kept in the store for a file that breaks later
    places: dict[str, str]  #: name key -> digest of the analyst's place of that name
    problems: list[ReadError]


def _event_fixes(con: duckdb.DuckDBPyConnection) -> tuple[list, list[ReadError]]:
    """The event corrections (all, undone included) and their problems; when the file cannot be read at
    all, those the store kept from the last build (so that a broken file loses no correction)."""
    try:
        found = event_corrections.read()
        return found.corrections, found.problems
    except DataFileError as exc:
        kept = get_meta(con, "event_corrections")
        entries = json.loads(kept) if kept else []
        found = event_corrections.checked(event_corrections.corrections_file(), entries)
        return found.corrections, [ReadError(str(event_corrections.corrections_file()),
                                             f"{str(exc).split(': ', 1)[-1]}; the {len(entries)} event corrections "
                                             "of the last build are applied")]


def _analyst_places() -> tuple[dict[str, str], list[ReadError]]:
    try:
        places = analyst.read_places()
    except gazetteer.DataFileError as exc:
        return {}, [ReadError(str(analyst.analyst_file()), f"{exc}; the places the analyst added are left out")]
    return {p.key: hashlib.sha1(json.dumps(p.row(), sort_keys=True).encode()).hexdigest()[:16]
            for p in places}, []


def _fixes(con: duckdb.DuckDBPyConnection) -> _Fixes:
    articles, problems = _corrections(con)
    events, event_problems = _event_fixes(con)
    places, place_problems = _analyst_places()
    return _Fixes(articles, event_corrections.by_article(events), [c.to_dict() for c in events], places,
                  [*problems, *event_problems, *place_problems])


def _placed_names_changed(con: duckdb.DuckDBPyConnection, places: dict[str, str]) -> set[str]:
    """The names whose analyst's place was added, moved or removed since the last build."""
    before = json.loads(get_meta(con, "analyst_places") or "{}")
    return {key for key in before.keys() | places.keys() if before.get(key) != places.get(key)}


def _written_as(name: str | None, keys: set[str]) -> bool:
    """Whether `name` is one of `keys` once normalised, its first word read with or without clitics."""
    first, _, rest = name_key(name or "").partition(" ")
    return any(" ".join(filter(None, (stem, rest))) in keys for stem in clitic_stems(first)) if first else False


def _articles_naming(con: duckdb.DuckDBPyConnection, keys: set[str]) -> set[str]:
    """The articles with an event whose place (or unknown place) is written as one of `keys`."""
    if not keys:
        return set()
    rows = con.execute("""SELECT DISTINCT article_id, place_text, place_unresolved FROM events
                          WHERE place_text IS NOT NULL OR place_unresolved IS NOT NULL""").fetchall()
    return {article_id for article_id, *names in rows if any(_written_as(n, keys) for n in names)}


def _with_paths(con: duckdb.DuckDBPyConnection, name: str, paths: Iterable[str]) -> None:
    con.register(name, pa.table({"path": pa.array(list(paths), pa.string())}))


def _changed_files(con: duckdb.DuckDBPyConnection, found: inputs.Found, rules_changed: bool) -> tuple[set[str], dict]:
    """The files whose content changed since the store read them (all, when the rules changed)."""
    known = {path: (size, mtime, digest, pending) for path, size, mtime, digest, pending
             in con.execute("SELECT path, size, mtime_ns, digest, pending FROM files").fetchall()}
    read, digests = set(), {}
    for path, file in found.files.items():
        size, mtime, old, pending = known.get(path, (None, None, None, True))
        if not (rules_changed or pending) and (size, mtime) == (file.size, file.mtime_ns):
            continue
        try:
            digests[path] = inputs.digest(path)
        except OSError as exc:
            found.problems.append(ReadError(path, f"cannot read: {exc.strerror or exc}; its articles are kept "
                                            "as they were"))
            found.unreachable.append(path)
            continue
        if rules_changed or pending or digests[path] != old:
            read.add(path)
    return read, digests


def _files_to_revisit(con: duckdb.DuckDBPyConnection, fixes: _Fixes, forced: set[str], read: set[str],
                      gone: set[str]) -> set[str]:
    """Unchanged files to read again: those of an article whose corrections (its own or its events')
    changed, that is `forced` or whose extraction failed, and those of a duplicate whose holder is gone
    or re-read (it may hold the id now)."""
    failed = con.execute("SELECT DISTINCT input FROM errors WHERE kind = 'extraction'").fetchall()
    revisit = {file for (file,) in failed}
    articles = fixes.articles
    rows = con.execute("SELECT article_id, input, correction FROM articles WHERE correction IS NOT NULL"
                       " OR list_contains(?, article_id)", [list(articles)]).fetchall()
    revisit |= {file for article_id, file, applied in rows
                if applied != (json.dumps(articles[article_id], sort_keys=True) if article_id in articles else None)}
    anchored = [key.split(":", 1)[1] for key in fixes.events]
    rows = con.execute("""SELECT article_id, content_sha1, input, event_corrections FROM articles
                          WHERE event_corrections IS NOT NULL OR list_contains(?, content_sha1)
                          OR list_contains(?, article_id) OR list_contains(?, article_id)""",
                       [anchored, anchored, sorted(forced)]).fetchall()
    revisit |= {file for article_id, content, file, applied in rows if article_id in forced or applied
                != event_corrections.applied_key(event_corrections.for_article(fixes.events, article_id, content))}
    pairs = con.execute("""SELECT e.input, a.input FROM errors e LEFT JOIN articles a USING (article_id)
                           WHERE e.kind = 'duplicate'""").fetchall()
    while True:
        touched = read | gone | revisit
        more = {loser for loser, holder in pairs if loser not in touched and (holder is None or holder in touched)}
        if not more:
            return revisit
        revisit |= more


def _plan(con: duckdb.DuckDBPyConnection, roots: Sequence[Path], rules: str, fixes: _Fixes,
          forced: set[str] = frozenset()) -> _Plan:
    found = inputs.walk(roots)
    read, digests = _changed_files(con, found, get_meta(con, "rules") != rules)
    known = [path for (path,) in con.execute("SELECT path FROM files").fetchall()]
    gone = {path for path in known if path not in found.files and found.reachable(path)}
    read |= {path for path in _files_to_revisit(con, fixes, forced, read, gone)
             if path in found.files and found.reachable(path)}
    return _Plan(found, sorted(read), sorted(gone), digests)


def _error_rows(errors: Sequence[ReadError], kind: str) -> pa.Table:
    rows = [engines.error_row(error, kind, error.path) for error in errors]
    return engines.tables([], [], rows)[2]


def _begin(con: duckdb.DuckDBPyConnection, plan: _Plan, problems: Sequence[ReadError]) -> int:
    """Mark the files the build reads or drops, record this build's problems; the build's stamp."""
    stamp = int(get_meta(con, "stamp") or 0) + 1
    con.begin()
    set_meta(con, "stamp", str(stamp))
    _with_paths(con, "touched_files", [*plan.read, *plan.gone])
    con.execute("UPDATE files SET pending = path IN (SELECT path FROM touched_files)")
    new = [plan.found.files[p] for p in plan.read]
    con.register("new_files", pa.Table.from_pylist([{"path": f.path, "root": f.root} for f in new],
                                                   schema=pa.schema([("path", pa.string()), ("root", pa.string())])))
    con.execute("""INSERT INTO files SELECT path, root, NULL, NULL, NULL, true FROM new_files
                   WHERE path NOT IN (SELECT path FROM files)""")
    con.execute(f"DELETE FROM errors WHERE kind IN {_BUILD_WIDE}")
    con.register("walk_errors", _error_rows(plan.found.problems, "walk"))
    con.register("correction_errors", _error_rows(problems, "correction"))
    con.execute("INSERT INTO errors SELECT *, ? FROM walk_errors", [stamp])
    con.execute("INSERT INTO errors SELECT *, ? FROM correction_errors", [stamp])
    con.commit()
    for name in ("touched_files", "new_files", "walk_errors", "correction_errors"):
        con.unregister(name)
    return stamp


def _finish(con: duckdb.DuckDBPyConnection, plan: _Plan, stamp: int, roots: Sequence[Path], rules: str,
            fixes: _Fixes, report: BuildReport) -> None:
    """Drop what the re-read files no longer hold, record the files read and the inputs, regroup the
    incidents: one transaction."""
    con.begin()
    stale = "input IN (SELECT path FROM files WHERE pending) AND stamp <> ?"
    report.removed = con.execute(f"SELECT count(*) FROM articles WHERE {stale}", [stamp]).fetchall()[0][0]
    delete_events(con, f"article_id IN (SELECT article_id FROM articles WHERE {stale})", [stamp])
    con.execute(f"DELETE FROM articles WHERE {stale}", [stamp])
    con.execute(f"DELETE FROM errors WHERE {stale}", [stamp])
    _with_paths(con, "gone_files", plan.gone)
    con.execute("DELETE FROM files WHERE path IN (SELECT path FROM gone_files)")
    read = set(plan.read)
    rows = [{"path": f.path, "size": f.size, "mtime_ns": f.mtime_ns, "digest": plan.digests.get(f.path)}
            for f in plan.found.files.values() if f.path in plan.digests or f.path in read]
    con.register("read_files", pa.Table.from_pylist(rows, schema=pa.schema(
        [("path", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()), ("digest", pa.string())])))
    con.execute("""UPDATE files SET size = r.size, mtime_ns = r.mtime_ns, digest = coalesce(r.digest, files.digest),
                   pending = false FROM read_files r WHERE files.path = r.path""")
    name_duplicates(con)
    regroup_incidents(con)
    set_meta(con, "analyst_places", json.dumps(fixes.places, sort_keys=True))
    set_meta(con, "event_corrections", json.dumps(fixes.entries, ensure_ascii=False))
    con.execute("DELETE FROM inputs")
    con.executemany("INSERT INTO inputs VALUES (?, ?, ?)",
                    [[i, str(path), _input_kind(path)] for i, path in enumerate(build_inputs(roots))])
    set_meta(con, "rules", rules)
    con.commit()
    for name in ("gone_files", "read_files"):
        con.unregister(name)


def _known_fingerprints(con: duckdb.DuckDBPyConnection, files: Sequence[str]) -> dict[str, str]:
    _with_paths(con, "files_to_read", files)
    rows = con.execute("SELECT article_id, sha1 FROM articles WHERE input IN (SELECT path FROM files_to_read)")
    known = dict(rows.fetchall())
    con.unregister("files_to_read")
    return known


def _roots(recorded: Sequence[Path], paths: Sequence[Path | str] | None, forget: Sequence[Path | str]) -> list[Path]:
    """The recorded inputs, then those of `paths` not among them, less those of `forget`."""
    dropped = {Path(p).resolve() for p in forget}
    given = [Path(p).resolve() for p in paths or ()]
    added = added_articles_dir().resolve()
    return [p for p in dict.fromkeys([*recorded, *given]) if p not in dropped and p != added]


@dataclass(frozen=True)
class _Options:
    jobs: int
    engine: str
    wait: float
    batch_size: int
    progress: Progress | None


def _build(store: Path, paths: Sequence[Path | str] | None, forget: Sequence[Path | str],
           options: _Options) -> BuildReport:
    report = BuildReport()
    rules = rules_version()
    run = engines.engine(options.engine)
    progress = options.progress
    with storefile.writing(store, options.wait) as writing:
        con = writing.con
        report.notes.extend(writing.notes)
        create_tables(con)
        roots = _roots(_recorded(con) or recorded_inputs(store), paths, forget)
        fixes = _fixes(con)
        placed = _placed_names_changed(con, fixes.places)
        if placed:
            gazetteer.reload()  # the index holds the analyst's places as they are now
        forced = _articles_naming(con, placed)
        plan = _plan(con, build_inputs(roots), rules, fixes, forced)
        stamp = _begin(con, plan, fixes.problems)
        known = {k: v for k, v in _known_fingerprints(con, plan.read).items() if k not in forced}
        work = engines.Work(plan.read, rules, fixes.articles, known, options.jobs, options.batch_size,
                            fixes.events)
        total, done = inputs.estimated_articles(plan.read), 0
        for batch in run(work):
            if isinstance(batch, Path):
                report.extracted += ingest_dataset(con, batch, stamp=stamp)
                continue
            report.extracted += ingest(con, batch.articles, batch.events, batch.errors, batch.unchanged, stamp=stamp)
            done += batch.done
            if progress and batch.done:
                progress(done, max(total, done), batch.last)
        _finish(con, plan, stamp, roots, rules, fixes, report)
        _count(con, report)
        report.inputs = roots
    return report


def _count(con: duckdb.DuckDBPyConnection, report: BuildReport) -> None:
    stored = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    report.events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    report.incidents = con.execute("SELECT count(*) FROM incidents").fetchall()[0][0]
    kinds = dict(con.execute("SELECT kind, count(*) FROM errors GROUP BY kind").fetchall())
    report.failed, report.duplicates = kinds.get("extraction", 0), kinds.get("duplicate", 0)
    report.read = stored + report.failed
    report.unchanged = max(0, stored - report.extracted)
    rows = con.execute("""SELECT path, line, reason, kind FROM errors
                          ORDER BY kind <> 'walk', kind <> 'correction', path, line NULLS FIRST, reason""").fetchall()
    report.errors = [ReadError(path, reason or "", line, "warning" if kind == "warning" else "error")
                     for path, line, reason, kind in rows]


def build_store(
    paths: Sequence[Path | str] | None = None,
    store: Path | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    *,
    forget: Sequence[Path | str] = (),
    engine: str = "local",
    wait: float = 0.0,
    batch_size: int = engines.BATCH_SIZE,
) -> BuildReport:
    """Bring the store up to date with its recorded inputs, the inputs of `paths` (added to those),
    less those of `forget`, and the added articles.

    `jobs` processes extract (engine ``local``), `batch_size` articles at a time, each batch
    written in one transaction; `progress(done, total, article_id)` is called after each batch.
    Raises `BuildRunningError` when another build holds the store (longer than `wait` seconds)
    and `StoreWriteError` when its folder cannot be written. A store DuckDB cannot read is moved
    aside and built anew (`BuildReport.notes` names where it went).
    """
    store = store or default_store()
    options = _Options(jobs, engine, wait, batch_size, progress)
    recorded = recorded_inputs(store)
    try:
        return _build(store, paths, forget, options)
    except duckdb.Error as exc:
        if not is_damage(exc):
            raise
        first = exc
    storefile.discard_working_copy(store)  # the damage may be the unfinished build's, not the store's
    try:
        return _build(store, paths, forget, options)
    except duckdb.Error as exc:
        if not is_damage(exc):
            raise
    aside = storefile.move_aside(store)
    report = _build(store, [*recorded, *(paths or ())], forget, options)  # the inputs it had, read before
    report.notes.insert(0, f"the store could not be read ({first}): moved aside to {aside}; built anew")
    return report


def is_stale(paths: Sequence[Path | str] | None = None, store: Path | None = None) -> bool:
    """True when the store is missing, unreadable, or a build with `paths` would change it."""
    store = store or default_store()
    if not store.exists():
        return True
    try:
        with snapshot(store) as con:
            if get_meta(con, "schema") != SCHEMA_VERSION:
                return True
            recorded = _recorded(con)
            roots = _roots(recorded, paths, ())
            if roots != recorded:
                return True
            fixes = _fixes(con)
            placed = _placed_names_changed(con, fixes.places)
            return _plan(con, build_inputs(roots), rules_version(), fixes, _articles_naming(con, placed)).changes
    except (StoreCorruptError, duckdb.Error):
        return True
