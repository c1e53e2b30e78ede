"""The sidebar's downloads of exactly the view (its filters and the timeline's window): CSV, GeoJSON and
KML of its dated events; the analyst's corrections as JSON, and a colleague's taken in.

Each file is made when its button is pressed (Streamlit calls the function on a thread of its own),
from a reader of the store of its own, so that drawing the page costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

import streamlit as st

from timeline import corrections, store
from timeline.errors import DataFileError
from timeline.views import filters as filtering
from timeline.views.details import markdown_literal
from timeline.views.exports import MEDIA_TYPES, events_bytes
from timeline.views.query import EventQuery

#: the formats offered, with their buttons' labels
FORMATS = {".csv": "CSV (Excel, Arabic intact)", ".geojson": "GeoJSON", ".kml": "KML (Google Earth)"}


def view_file(path: Path, f: filtering.Filters, known: Mapping[str, list[str]], suffix: str) -> bytes:
    """The dated events of the view `f` (its dates already narrowed to the window) in the store at
    `path`, as a file of the format `suffix`; the incidents' outlets beside each event."""
    with store.reader(path) as con:
        events = EventQuery(con, f, known).frame()
    return events_bytes(events, suffix, store.load_incidents(path))


def corrections_json() -> bytes:
    """Every correction of this machine (articles, events, the analyst's places), to share."""
    return corrections.export_corrections().encode("utf-8")


def import_section() -> bool:
    """The uploader of a colleague's corrections; True when it took some in (the store is then stale)."""
    upload = st.sidebar.file_uploader("Import corrections (JSON)", type=["json"], key="import_corrections")
    if upload is None or st.session_state.get("imported_corrections") == upload.file_id:
        return False
    st.session_state["imported_corrections"] = upload.file_id
    try:
        taken = corrections.import_corrections(upload.name, upload.getvalue())
    except (DataFileError, OSError) as exc:
        st.sidebar.error(str(exc))
        return False
    left_out = f"; {len(taken.problems)} entries left out" if taken.problems else ""
    st.sidebar.caption(f"Took in {taken.articles} article and {taken.events} event corrections and "
                       f"{taken.places} places{left_out}")
    for problem in taken.problems[:10]:
        st.sidebar.caption(markdown_literal(str(problem)))
    if taken.articles or taken.events or taken.places:
        st.session_state["pending_rebuild"] = "Applying the imported corrections…"
        return True
    return False


def export_section(path: Path, shown: filtering.Filters, known: Mapping[str, list[str]], count: int) -> bool:
    """Download buttons for the view `shown` (the filters with the window's dates) and the corrections, and
    the uploader of a colleague's corrections; True when it took some in."""
    st.sidebar.header("Export the view")
    st.sidebar.caption(f"The {count:,} dated events in view, as filtered and windowed on the page "
                       "(GeoJSON and KML: those with a place).")
    for suffix, label in FORMATS.items():
        data: Callable[[], bytes] = partial(view_file, path, shown, dict(known), suffix)
        st.sidebar.download_button(label, data, file_name=f"events{suffix}", mime=MEDIA_TYPES[suffix],
                                   on_click="ignore", key=f"export_{suffix[1:]}")
    st.sidebar.download_button("Corrections (JSON)", corrections_json, file_name="corrections.json",
                               mime="application/json", on_click="ignore", key="export_corrections",
                               help="The corrections made on this machine, to share with a colleague.")
    return import_section()
