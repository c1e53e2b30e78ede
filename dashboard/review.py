"""The analyst's corrections of events and what became of each after the last build: applied, out of
the views ("not an event"), orphaned (the evidence is gone from the article), undone; each live
one with its undo."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.correcting import KIND_LABELS, undo
from dashboard.state import fixed_store, store_path
from timeline import event_corrections, review, store
from timeline.errors import DataFileError
from timeline.views.details import markdown_literal
from timeline.views.exports import defused

SHOWN_UNDO = 30  #: live corrections listed with an undo button (the latest)


def corrections_section() -> bool:
    """The list of corrections; True when one was undone."""
    if fixed_store():
        return False
    try:
        held = event_corrections.read().corrections
        if not held:
            return False
        with store.reader(store_path()) as con:
            states = review.correction_states(con, held)
    except DataFileError as exc:
        st.error(str(exc))
        return False
    if not states:
        return False
    orphaned = [s for s in states if s.state in ("orphaned", "article gone")]
    if orphaned:
        st.warning(f"{len(orphaned)} corrections found no event after the last build: their sentence is no "
                   "longer in the article, or the article is gone. They are kept; undo them or correct the "
                   "event again.")
    title = f"Your corrections ({len(states)})" + (f": {len(orphaned)} orphaned" if orphaned else "")
    if not st.toggle(title, key="show_corrections"):  # a switch: an expander would load the table's front end
        return False
    table = pd.DataFrame([{"state": s.state, "correction": KIND_LABELS[s.correction.kind],
                           "event": s.correction.shown, "made": s.correction.made,
                           "sentence": s.correction.anchor.evidence, "id": s.correction.correction_id}
                          for s in states])
    st.dataframe(defused(table), hide_index=True, width="stretch", key="corrections_list")
    live = [s for s in states if s.state in ("applied", "dismissed", "orphaned", "article gone")]
    for s in live[:SHOWN_UNDO]:
        left, right = st.columns([4, 1])
        left.caption(markdown_literal(f"{s.state}: {KIND_LABELS[s.correction.kind]} · {s.correction.shown} · "
                                      f"{s.correction.correction_id}"))
        if right.button("Undo", key=f"list_undo_{s.correction.correction_id}"):
            return undo(s.correction.correction_id)
    return False
