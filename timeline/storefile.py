"""Writing the store without disturbing its readers: one writer at a time, on a copy swapped in whole.

`writing(store)` takes the store's lock (``<store>.lock``: a second writer gets
`BuildRunningError` naming the process that holds it), opens a working copy
(``<store>.building``) and, when the block ends, checkpoints it and renames it over the
store. Readers that have the old file open keep reading that version; readers that open
the store afterwards get the new one; nobody ever sees a half-written store.

The working copy is a DuckDB file like the store, written one transaction per batch: a
build that is killed leaves it behind with every batch it committed, and the next build
goes on from it (unless the store was replaced since). A store that DuckDB cannot open
is moved aside (``<stem>.corrupt-<time><suffix>``, kept for inspection) and built anew;
a store of another schema version is built anew; `Writing.notes` says so.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from timeline import locking
from timeline import store as store_tables
from timeline.errors import BuildRunningError, StoreWriteError

_BASE_KEY = "working_copy_of"

@dataclass
class Writing:
    """The open working copy of a store, and what happened on opening it."""

    con: duckdb.DuckDBPyConnection
    notes: list[str] = field(default_factory=list)
    resumed: bool = False  #: goes on from the working copy of a build that did not finish


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


def working_path(store: Path) -> Path:
    return store.with_name(store.name + ".building")


def _identity(path: Path) -> str:
    """Which file `path` is: inode, size and time (a replaced store has another)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "none"
    return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def _remove(path: Path) -> None:
    for name in (path, path.with_name(path.name + ".wal"), path.with_name(path.name + ".partial")):
        name.unlink(missing_ok=True)


def discard_working_copy(store: Path) -> None:
    """Remove the working copy an unfinished build left (the next build starts from the store)."""
    _remove(working_path(store))


def move_aside(store: Path) -> Path:
    """Rename a damaged store (and its write-ahead log) out of the way; the new name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = store.with_name(f"{store.stem}.corrupt-{stamp}{store.suffix}")
    os.replace(store, aside)
    wal = store.with_name(store.name + ".wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + ".wal"))
    _remove(working_path(store))
    return aside


def _check_writable(store: Path) -> None:
    folder = store.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreWriteError(f"cannot create the folder of the event store {folder}: {exc.strerror or exc}") from exc
    if not os.access(folder, os.W_OK):
        raise StoreWriteError(
            f"cannot build the event store {store}: its folder {folder} is read-only. The store there can still "
            "be read as it is; make the folder writable, or build elsewhere (--store FILE, or TIMELINE_HOME)")


#: What DuckDB may hold in memory while a build writes. Its cache grows with the store up to this limit
#: (each checkpoint rewrites the row group that batches were appended to, up to 122,880 articles of
#: text), so a build's memory is flat in the corpus size only with a limit that is small beside the
#: rest of the build; the writes are batches of a bounded size, and DuckDB spills what is beyond it.
WRITER_MEMORY = "64MB"


def _open_copy(path: Path) -> tuple[duckdb.DuckDBPyConnection | None, str | None]:
    """A read-write connection to `path` if it is a store of this schema version; else None and why:
    None when it is a readable store of another version, DuckDB's message when it is damaged."""
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as exc:
        return None, str(exc)
    try:
        if store_tables.get_meta(con, "schema") == store_tables.SCHEMA_VERSION:
            for table in store_tables.table_names(con):
                con.execute(f"SELECT count(*) FROM {table}").fetchall()
            return con, None
        con.close()
        return None, None
    except duckdb.Error as exc:
        con.close()
        return None, str(exc)


def _working_copy(store: Path, notes: list[str]) -> tuple[duckdb.DuckDBPyConnection, bool]:
    """The working copy to build in, and whether it resumes an unfinished build."""
    work = working_path(store)
    base = _identity(store)
    if work.exists():
        con, _ = _open_copy(work)
        if con is not None and store_tables.get_meta(con, _BASE_KEY) == base:
            notes.append("went on from the build that did not finish")
            return con, True
        if con is not None:
            con.close()
    _remove(work)
    con = None
    if store.exists():
        partial = work.with_name(work.name + ".partial")
        shutil.copyfile(store, partial)
        os.replace(partial, work)
        con, damage = _open_copy(work)
        if con is None:
            _remove(work)
            if damage:
                damage = damage.replace(str(work), str(store))  # the copy's damage is the store's
                aside = move_aside(store)
                notes.append(f"the store could not be read ({damage}): moved aside to {aside}; built anew")
                base = _identity(store)
            else:
                notes.append(f"the store {store} is of an older version: built anew from its inputs")
    con = con or duckdb.connect(str(work))
    store_tables.create_tables(con)
    store_tables.set_meta(con, _BASE_KEY, base)
    con.execute("CHECKPOINT")
    return con, False


def _sync(path: Path) -> None:
    with suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def writing(store: Path, wait: float = 0.0) -> Iterator[Writing]:
    """The store's working copy, open for writing; swapped in when the block ends without error.

    Raises `BuildRunningError` when another build holds the store (longer than `wait` seconds)
    and `StoreWriteError` when its folder cannot be written.
    """
    _check_writable(store)
    try:
        lock = locking.exclusive(lock_path(store), wait)
        lock.__enter__()
    except locking.Locked as exc:
        raise BuildRunningError(store, exc.pid) from None
    except OSError as exc:
        raise StoreWriteError(f"cannot lock the event store {store}: {exc.strerror or exc}") from exc
    try:
        notes: list[str] = []
        con, resumed = _working_copy(store, notes)
        con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")  # DuckDB spills the rest to disk
        writing_ = Writing(con, notes, resumed)
        try:
            yield writing_
            con.execute("CHECKPOINT")
        finally:
            con.close()
        work = working_path(store)
        _sync(work)
        os.replace(work, store)
        _sync(store.parent)
    finally:
        lock.__exit__(None, None, None)
