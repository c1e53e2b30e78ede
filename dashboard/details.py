"""The details panel of one event: its article with the evidence marked, its fields, its outlets, and
the corrections an analyst makes from it."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard.correcting import analyst_note, correction_panel
from dashboard.state import fixed_store, load_article_text, store_path, store_rows, store_version
from timeline import corrections
from timeline.errors import DataFileError
from timeline.views.details import fields_html, highlighted_article, incident_outlets
from timeline.views.exports import defused


def details_panel(event: pd.Series) -> bool:
    """The event's article, outlets and metadata; True when a correction re-extracted the article.
    Article text reaches the page only as escaped HTML, never through Markdown."""
    path = store_path()
    st.subheader("Details")
    text = load_article_text(str(path), store_version(path), str(event["article_id"])) or event["evidence"]
    start = None if pd.isna(event["start"]) else int(event["start"])
    end = None if pd.isna(event["end"]) else int(event["end"])
    left, right = st.columns([2, 1])
    with left:
        st.html(highlighted_article(str(text), start, end))
    with right:
        st.markdown("**Event**")
        st.html(fields_html([(label, event[c]) for label, c in (
            ("type", "event_type"), ("date", "date"), ("as written", "date_text"), ("date basis", "date_basis"),
            ("place", "place"), ("place not in the gazetteer", "place_unresolved"), ("actor", "actor"),
            ("killed", "killed")) if c != "place_unresolved" or pd.notna(event[c])]))
        analyst_note(event)
        incident = store_rows("incidents", "incident_id", str(event["incident_id"])) \
            if pd.notna(event.get("incident_id")) else pd.DataFrame()
        outlets = incident_outlets(incident, event.get("incident_id")) or [str(event["source"])]
        st.markdown("**Reported by**")
        st.dataframe(defused(pd.DataFrame({"outlet": outlets})), hide_index=True, key="outlets")
        meta = store_rows("articles", "article_id", str(event["article_id"]))
        if not meta.empty:
            st.markdown("**Article**")
            shown = meta.iloc[0][["article_id", "title", "source", "source_basis", "published",
                                  "published_basis", "url", "path"]]
            st.dataframe(defused(shown.astype("string").rename("value").to_frame()), key="article_meta")
        content = str(meta.iloc[0].get("content_sha1") or "") if not meta.empty else ""
        fixed = not fixed_store() and correction_panel(event, content)
        return correction_form(str(event["article_id"])) or fixed


def correction_form(article_id: str) -> bool:
    """The form to correct an article's date or outlet; True when it re-extracted the article."""
    with st.form("correction"):
        st.markdown("**Correct this article**")
        written = st.text_input("Publication date (YYYY-MM-DD)", key="fix_published")
        source = st.text_input("Outlet", key="fix_source")
        if not st.form_submit_button("Save and re-extract") or not (written.strip() or source.strip()):
            return False
        try:
            published = dt.date.fromisoformat(written.strip()) if written.strip() else None
        except ValueError:
            st.error(f"Not a date: {written!r} (write it as 2016-09-16)")
            return False
        try:
            corrections.save(article_id, published=published, source=source.strip() or None)
        except (DataFileError, OSError) as exc:  # a file that is not JSON is not overwritten; a read-only folder
            st.error(str(exc))
            return False
    st.session_state["pending_rebuild"] = "Re-extracting with the correction…"  # once the store is closed
    return True
