"""The articles an analyst adds from the page."""

from __future__ import annotations

import streamlit as st

from dashboard.state import rebuild
from timeline.build import add_article_file

UPLOAD_TYPES = ["txt", "html", "htm", "jsonl"]


def add_articles() -> bool:
    """The uploader of articles; True when it extracted new ones."""
    files = st.file_uploader("Add articles (.txt, .html, .jsonl)", type=UPLOAD_TYPES,
                             accept_multiple_files=True, key="upload")
    done = st.session_state.setdefault("uploaded", set())
    new = [f for f in files or [] if f.file_id not in done]
    if not new:
        return False
    for upload in new:
        try:
            add_article_file(upload.name, upload.getvalue())  # never replaces an article
        except OSError as exc:  # a read-only data folder
            st.error(f"{upload.name}: not added: {exc}")
            return False
        done.add(upload.file_id)
    rebuild(f"Extracting {len(new)} added article(s)…")
    st.cache_data.clear()
    return True
