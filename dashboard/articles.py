"""The articles an analyst adds from the page: uploaded files or pasted text (with its title, outlet
and publication date), what each addition gave (said in the main area, where its progress bar was,
with a button that shows its events), and the list of added articles with their removal.

The sidebar's widgets only queue an addition or a removal (their callbacks run before the page);
`apply_pending` does it at the top of the main area, before the store is read, so that the page
drawn after it shows the new store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import streamlit as st

from dashboard.state import load_unread_inputs, rebuild, store_version
from timeline.added import add_pasted_article, added_articles, addition, remove_added
from timeline.build import add_article_file
from timeline.views.details import markdown_literal
from timeline.views.exports import defused

UPLOAD_TYPES = ["txt", "html", "htm", "jsonl"]
ADDED_SHOWN = {"title": "title", "source": "outlet", "published": "date", "events": "events",
               "undated": "undated", "name": "file"}
UNREAD_SHOWN = 20  #: inputs that could not be read named on the page; the others counted


def _queue_uploads() -> None:
    """The uploader's callback: queue the files it has not queued yet."""
    state = st.session_state
    done = state.setdefault("uploaded", set())
    new = [f for f in state.get("upload") or [] if f.file_id not in done]
    done.update(f.file_id for f in new)
    if new:
        state.setdefault("pending_additions", []).extend(("file", f.name, f.getvalue()) for f in new)


def _queue_paste() -> None:
    """The paste form's callback: queue its text and metadata, or say what is wrong with them."""
    state = st.session_state
    written = str(state.get("paste_published") or "").strip()
    try:
        published = dt.date.fromisoformat(written) if written else None
    except ValueError:
        state["addition_error"] = f"Not a date: {written!r} (write it as 2016-09-16)"
        return
    if not str(state.get("paste_text") or "").strip():
        state["addition_error"] = "Paste the article's text first."
        return
    state.setdefault("pending_additions", []).append(
        ("paste", state["paste_text"], state.get("paste_title") or "", state.get("paste_source") or "", published))
    for key in ("paste_text", "paste_title", "paste_source", "paste_published"):
        state[key] = ""


def _queue_removal(file: str) -> None:
    st.session_state["pending_removal"] = file


def add_articles() -> None:
    """The sidebar's uploader and paste form (they queue what they are given), and the added articles."""
    st.file_uploader("Add articles (.txt, .html, .jsonl)", type=UPLOAD_TYPES, accept_multiple_files=True,
                     key="upload", on_change=_queue_uploads)
    with st.form("paste", clear_on_submit=False, border=True):
        st.text_area("Or paste an article's text", key="paste_text", height=120)
        st.text_input("Title (optional)", key="paste_title")
        st.text_input("Outlet (optional)", key="paste_source")
        st.text_input("Publication date (optional, YYYY-MM-DD)", key="paste_published",
                      help="Dates the text gives relative to it (\"on Tuesday\") are resolved against it.")
        st.form_submit_button("Add the pasted article", on_click=_queue_paste)
    added_list()


def added_list() -> None:
    """The added articles (title, outlet, date, events), and a button to remove each file."""
    rows = added_articles()
    if rows.empty:
        st.caption("Added articles: none yet.")
        return
    if not st.toggle(f"Added articles ({len(rows)})", key="list_added"):  # an expander would load the table's
        return                                                              # front end with the first view
    rows["name"] = [Path(f).name for f in rows["file"]]
    st.dataframe(defused(rows[list(ADDED_SHOWN)].rename(columns=ADDED_SHOWN)), key="added_list", hide_index=True)
    st.caption("Removing a file removes every article it holds and rebuilds the store.")
    for file, name in dict(zip(rows["file"], rows["name"], strict=True)).items():
        st.button(f"Remove {name}", key=f"remove_{hashlib.sha1(file.encode()).hexdigest()[:12]}",
                  on_click=_queue_removal, args=(file,))


def _add(item: tuple) -> Path:
    if item[0] == "file":
        _, name, content = item
        return add_article_file(name, content)  # never replaces an article
    _, text, title, source, published = item
    return add_pasted_article(text, title=title, source=source, published=published)


def apply_pending() -> None:
    """Add or remove what the sidebar queued, rebuild the store with a progress bar, and say what came
    of it in its place: the addition's events, with a button that shows them. Then the report of the
    last addition or removal stays there until the next."""
    state = st.session_state
    if state.get("addition_error"):
        st.error(markdown_literal(state.pop("addition_error")))
    queued, removal = state.pop("pending_additions", []), state.pop("pending_removal", None)
    try:
        files = [_add(item) for item in queued]
        if removal:
            remove_added(removal)
    except (OSError, ValueError) as exc:  # a read-only data folder; a file already gone
        st.error(markdown_literal(f"Not done: {exc}"))
        return
    if files or removal:
        rebuild(f"Extracting {len(files)} added article(s)…" if files else "Removing the article…")
        st.cache_data.clear()
        state["addition_report"] = (addition(files), [f.name for f in files]) if files else None
        state["removal_report"] = Path(removal).name if removal else None
    addition_report()
    removal_report()


def removal_report() -> None:
    """The last removal, said until the next addition or removal (a rerun in between keeps it)."""
    name = st.session_state.get("removal_report")
    if name:
        st.success(markdown_literal(f"Removed {name}: its articles and events left the store."))


def addition_report() -> None:
    """What the last addition gave, with a button that shows its events (the undated ones in the tray)."""
    report = st.session_state.get("addition_report")
    if not report:
        return
    done, names = report
    box = st.container(border=True, key="addition_report")
    box.markdown(markdown_literal(f"Added {', '.join(names)}: {done.summary()}"))
    if done.events:
        box.button(f"Show {'them' if len(done.events) > 1 else 'it'}", key="show_added", on_click=show_events,
                   args=(list(done.undated) + list(done.dated), list(done.undated)))


def show_events(ids: list[str], undated: list[str]) -> None:
    """Focus the first of `ids` (its details panel, with the publication date to correct), open the
    undated tray on the `undated` ones and frame the map on the first dated one."""
    state = st.session_state
    state["focus"] = ids[0]
    state["tray_events"] = undated
    dated = [i for i in ids if i not in undated]
    state["linked_event"] = dated[0] if dated else None  # marked and framed on the map


def unread_inputs(path: Path) -> None:
    """The inputs of the store at `path` that could not be read or were read with a warning, each named
    with why (up to `UNREAD_SHOWN`), however long ago the build that met them."""
    problems = load_unread_inputs(str(path), store_version(path))
    if not problems:
        return
    warned = sum(p.is_warning for p in problems)
    counts = ([f"{len(problems) - warned} inputs could not be read"] if warned < len(problems) else []) + (
        [f"{warned} read with a warning"] if warned else [])
    more = [f"… and {len(problems) - UNREAD_SHOWN} more"] if len(problems) > UNREAD_SHOWN else []
    said = [", ".join(counts) + "; the others are in the store:", *map(str, problems[:UNREAD_SHOWN]), *more]
    st.warning("\n\n".join(markdown_literal(line) for line in said))
