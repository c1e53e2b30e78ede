"""The store the page shows: where it is, its version, building it when missing or stale, reading it."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.files import app_files
from gazetteer.analyst import analyst_file
from timeline import corrections, event_corrections, store
from timeline.apart import BuildProcessError, build_store_apart
from timeline.build import build_inputs, is_stale, recorded_inputs
from timeline.errors import BuildRunningError, StoreWriteError
from timeline.models import ReadError
from timeline.views.query import option_counts


def store_path() -> Path:
    """``TIMELINE_STORE`` when set (a store read as it is: the bench's synthetic ones), else the default."""
    return Path(os.environ["TIMELINE_STORE"]) if os.environ.get("TIMELINE_STORE") else store.default_store()


def fixed_store() -> bool:
    """Whether the page reads a store named by ``TIMELINE_STORE``, which it never builds nor adds to."""
    return bool(os.environ.get("TIMELINE_STORE"))


def store_version(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


@st.cache_data(show_spinner=False, max_entries=4)
def load_options(path: str, version: float) -> dict[str, dict[str, int]]:
    """By list filter, the values of one version of the store with their numbers of events."""
    with store.reader(Path(path)) as con:
        return option_counts(con)


@st.cache_data(show_spinner=False, max_entries=4)
def load_unread_inputs(path: str, version: float) -> list[ReadError]:
    """What one version of the store's inputs holds that could not be read or used, or was read with a
    warning (its file and line, and why)."""
    errors = store.load_errors(Path(path))
    return [ReadError(row.path, row.reason or row.kind, None if pd.isna(row.line) else int(row.line),
                      "warning" if row.kind == "warning" else "error") for row in errors.itertuples()]


@st.cache_data(show_spinner=False, max_entries=64)
def load_article_text(path: str, version: float, article_id: str) -> str | None:
    return store.article_text(article_id, Path(path))


def store_rows(table: str, column: str, value: str) -> pd.DataFrame:
    """The rows of one of the store's tables whose `column` equals `value`."""
    with store.reader(store_path()) as con:
        return con.execute(f"SELECT * FROM {table} WHERE {column} = ?", [value]).df()


def article_inputs() -> list[Path]:
    """What the store is built from (besides the added articles): its last build's inputs, else the seeds."""
    return recorded_inputs() or [app_files().seeds]


def rebuild(message: str) -> None:
    """Bring the store up to date with its inputs and the added articles, with a progress bar; in a
    child process, so that the server's other sessions keep working meanwhile."""
    bar = st.progress(0.0, text=message)

    def progress(done: int, total: int, article_id: str) -> None:
        bar.progress(done / max(total, 1), text=f"{message} {done}/{total}: {article_id}")

    try:
        report = build_store_apart(article_inputs(), progress=progress)
    except (BuildRunningError, StoreWriteError, BuildProcessError) as exc:  # the store stays as it was
        bar.empty()
        st.warning(str(exc))
        if not store_path().exists():
            st.stop()
        return
    bar.empty()
    st.session_state["build_report"] = " ".join([*report.notes, report.summary()])


def inputs_signature() -> tuple:
    """The paths, times and sizes of the store and of what it is built from (its inputs, added
    articles, corrections of articles and events, the analyst's places): when they are unchanged, so
    is the answer of `is_stale`."""
    paths = [store.default_store(), corrections.corrections_file(), event_corrections.corrections_file(),
             analyst_file()]
    paths += [f for folder in build_inputs(article_inputs()) for f in sorted(folder.rglob("*")) if f.is_file()]
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else (str(p),) for p in paths)


@st.cache_resource(show_spinner=False, max_entries=8)
def store_is_stale(signature: tuple) -> bool:
    return is_stale(article_inputs())


def ensure_store() -> None:
    """Build the store on the first run of a session when it is missing or stale."""
    if fixed_store() or st.session_state.get("store_checked"):
        return
    if store_is_stale(inputs_signature()):
        rebuild("Extracting events from the articles…")
    st.session_state["store_checked"] = True
