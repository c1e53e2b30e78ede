"""Bring the event store up to date with its inputs.

`build_store` reads the inputs its caller names (and always the articles added
from the dashboard), extracts events only from articles whose content (or
correction, or the extraction rules) changed since the last build, drops
articles whose files are gone, regroups incidents over all events and records
the inputs it could not read, the articles whose extraction failed (tried
again at the next build) and the inputs it was given (`recorded_inputs`: a
build that names none rebuilds those). `is_stale` says whether a build would
change anything.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

import gazetteer
import timeline
from gazetteer.paths import data_home
from timeline import corrections
from timeline.extract.incidents import group_incidents
from timeline.models import Article, Event, ReadError
from timeline.pipeline import extract_or_failure, read_inputs
from timeline.store import (
    ARTICLE_COLUMNS,
    connect,
    default_store,
    events_frame,
    incidents_frame,
    replace_table,
)

#: The packages whose modules and data files can change extraction, by name.
PACKAGES = {package.__name__: Path(package.__file__).resolve().parent for package in (timeline, gazetteer)}
_EXTRACTION_MODULES = ("timeline.pipeline", "timeline.extract.incidents")
_INPUTS_KEY = "inputs"

Progress = Callable[[int, int, str], None]


def added_articles_dir() -> Path:
    """Where articles added from the dashboard are kept."""
    path = data_home() / "articles"
    path.mkdir(parents=True, exist_ok=True)
    return path


def build_inputs(paths: Iterable[Path | str]) -> list[Path]:
    """What a build reads: `paths`, then the articles added from the dashboard (once)."""
    inputs = [Path(p).resolve() for p in paths]
    added = added_articles_dir().resolve()
    return list(dict.fromkeys([*inputs, added]))


def recorded_inputs(store: Path | None = None) -> list[Path]:
    """The inputs the store's last build was given (the added articles not counted); none for a new store."""
    store = store or default_store()
    if not store.exists():
        return []
    with duckdb.connect(str(store), read_only=True) as con:
        tables = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        query = "SELECT value FROM meta WHERE key = ?"
        row = con.execute(query, [_INPUTS_KEY]).fetchone() if "meta" in tables else None
    return [Path(p) for p in json.loads(row[0])] if row else []


def _module_file(name: str) -> Path | None:
    """The file of module `name` inside `PACKAGES`, found without importing it."""
    top, *rest = name.split(".")
    if top not in PACKAGES:
        return None
    base = PACKAGES[top].joinpath(*rest)
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imported(name: str, path: Path, tree: ast.Module) -> Iterator[str]:
    """The module names that module `name` (file `path`) imports, and the names it imports from them."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            module = ".".join(filter(None, (base if node.level else "", node.module or "")))
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def rule_files() -> set[Path]:
    """The files that change extraction: the modules that reading and extraction import (found
    statically) and the data files whose names those modules hold (``"triggers.toml"``)."""
    todo, modules, literals = list(_EXTRACTION_MODULES), set(), set()
    while todo:
        name = todo.pop()
        path = _module_file(name)
        if path is None or path in modules:
            continue
        modules.add(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        todo.extend(_imported(name, path, tree))
        literals.update(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    data = {p for folder in PACKAGES.values() for p in (folder / "data").rglob("*") if p.name in literals}
    return modules | data


@functools.cache
def _code_version() -> str:
    digest = hashlib.sha1()
    for path in sorted(rule_files()):
        package = next(name for name, folder in PACKAGES.items() if path.is_relative_to(folder))
        digest.update(f"{package}/{path.relative_to(PACKAGES[package]).as_posix()}".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def rules_version() -> str:
    """A digest of the extraction code and data, and of the user's imported gazetteers.

    A change to any of them re-extracts every article.
    """
    digest = hashlib.sha1(_code_version().encode())
    imported = data_home() / "gazetteer"
    for path in sorted(imported.rglob("*")) if imported.is_dir() else ():
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class BuildReport:
    """What a build did."""

    read: int = 0
    extracted: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0  #: articles whose extraction failed (their errors are among `errors`)
    events: int = 0
    incidents: int = 0
    errors: list[ReadError] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{self.read} articles read, {self.extracted} extracted, {self.unchanged} unchanged, "
            f"{self.removed} removed; {self.events} events, {self.incidents} incidents"
        )
        if self.errors:
            text += f"; {len(self.errors)} inputs skipped"
        if self.failed:
            text += f" ({self.failed} failed extraction)"
        return text


def _fingerprint(article: Article, rules: str) -> str:
    return hashlib.sha1(f"{rules}\0{json.dumps(article.to_dict(), sort_keys=True)}".encode()).hexdigest()


def _extract_many(articles: Sequence[Article], jobs: int) -> Iterator[tuple[list[Event], ReadError | None]]:
    if jobs <= 1 or len(articles) < 2 * jobs:
        yield from map(extract_or_failure, articles)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(extract_or_failure, articles, chunksize=max(1, len(articles) // (jobs * 8)))


def _forget_article(con: duckdb.DuckDBPyConnection, article_id: str) -> None:
    con.execute("DELETE FROM articles WHERE article_id = ?", [article_id])
    con.execute("DELETE FROM extracted WHERE article_id = ?", [article_id])


def _store_errors_and_incidents(con: duckdb.DuckDBPyConnection, report: BuildReport) -> None:
    """Record the build's errors, and regroup the incidents of all the store's events."""
    con.execute("DELETE FROM errors")
    for error in report.errors:
        con.execute("INSERT INTO errors VALUES (?, ?, ?)", [error.path, error.line, error.reason])
    events = [
        Event.from_dict(d)
        for (payload,) in con.execute("SELECT events FROM extracted ORDER BY article_id").fetchall()
        for d in json.loads(payload)
    ]
    events, incidents = group_incidents(events)
    replace_table(con, "events", events_frame(events))
    replace_table(con, "incidents", incidents_frame(incidents))
    report.events, report.incidents = len(events), len(incidents)


def _store_article(con: duckdb.DuckDBPyConnection, article: Article, events: list[Event]) -> None:
    """Replace an article's row and its extracted events."""
    row = article.to_dict()
    row["cited_sources"] = json.dumps(row["cited_sources"], ensure_ascii=False)
    _forget_article(con, article.article_id)
    placeholders = ", ".join("?" * len(ARTICLE_COLUMNS))
    con.execute(f"INSERT INTO articles VALUES ({placeholders})", [row[c] for c in ARTICLE_COLUMNS])
    payload = json.dumps([e.to_dict() for e in events], ensure_ascii=False)
    con.execute("INSERT OR REPLACE INTO extracted VALUES (?, ?)", [article.article_id, payload])


def build_store(
    paths: Sequence[Path | str] | None = None,
    store: Path | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> BuildReport:
    """Bring the store up to date with `paths` and the added articles (`paths` None: the inputs of
    its last build, `recorded_inputs`)."""
    store = store or default_store()
    given = recorded_inputs(store) if paths is None else [Path(p).resolve() for p in paths]
    inputs = build_inputs(given)
    report = BuildReport()
    rules = rules_version()
    fixes = corrections.load()
    con = connect(store)
    try:
        known = dict(con.execute("SELECT article_id, sha1 FROM articles").fetchall())
        seen: dict[str, Article] = {}
        todo: list[Article] = []
        for item in read_inputs(inputs):
            if isinstance(item, ReadError):
                report.errors.append(item)
                continue
            article = corrections.apply(item, fixes)
            article = Article.from_dict({**article.to_dict(), "sha1": _fingerprint(article, rules)})
            report.read += 1
            seen[article.article_id] = article
            if known.get(article.article_id) == article.sha1:
                report.unchanged += 1
            else:
                todo.append(article)
        gone = [a for a in known if a not in seen]
        report.removed = len(gone)
        for article_id in gone:
            _forget_article(con, article_id)
        for done, (article, (events, failure)) in enumerate(zip(todo, _extract_many(todo, jobs), strict=True), 1):
            if failure is None:
                _store_article(con, article, events)
                report.extracted += 1
            else:  # kept out of the store, so that the next build tries it again and reports it again
                _forget_article(con, article.article_id)
                report.errors.append(failure)
                report.failed += 1
            if progress:
                progress(done, len(todo), article.article_id)
        _store_errors_and_incidents(con, report)
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [_INPUTS_KEY, json.dumps([str(p) for p in given], ensure_ascii=False)])
    finally:
        con.close()
    return report


def is_stale(paths: Sequence[Path | str] | None = None, store: Path | None = None) -> bool:
    """True when the store is missing or a build with `paths` (None: the recorded inputs) would change it."""
    store = store or default_store()
    if not store.exists():
        return True
    given = recorded_inputs(store) if paths is None else [Path(p).resolve() for p in paths]
    rules = rules_version()
    fixes = corrections.load()
    with duckdb.connect(str(store), read_only=True) as con:
        known = dict(con.execute("SELECT article_id, sha1 FROM articles").fetchall())
    current: dict[str, str] = {}
    for item in read_inputs(build_inputs(given)):
        if isinstance(item, Article):
            current[item.article_id] = _fingerprint(corrections.apply(item, fixes), rules)
    return current != known
