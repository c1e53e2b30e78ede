"""Places the gazetteer does not know: the names the extractor found after a naming head (قرية X) but
could not place, with their events, most first. Placing one (a point clicked on the map, or a
place of the gazetteer chosen among those of a similar name) adds it to the analyst's gazetteer
(`gazetteer.analyst`): the rebuild re-reads the articles whose events name it, and every article
added later that names it is placed too."""

from __future__ import annotations

import duckdb
import streamlit as st

from dashboard.state import fixed_store
from gazetteer import DataFileError as GazetteerDataError
from gazetteer import analyst
from timeline import review
from timeline.views.details import fields_html
from timeline.views.exports import defused
from timeline.views.places import places_named

PRECISIONS = ("village", "town", "city", "point", "district")


def unknown_places_section(con: duckdb.DuckDBPyConnection) -> bool:
    """The panel of unknown names (from the store `con` reads), behind its switch (an expander would load
    the table's front end with the first view); True when one was placed."""
    if fixed_store():
        return False
    table = review.unknown_places(con)
    if table.empty or not st.toggle(f"Places the gazetteer does not know ({len(table)})", key="show_unknown_places"):
        return False
    st.dataframe(defused(table[["name", "events", "articles"]]), hide_index=True, width="stretch",
                 key="unknown_places")
    chosen = st.selectbox("Place this name", range(len(table)),
                          format_func=lambda i: f"{table.iloc[i]['name']} ({table.iloc[i]['events']} events)",
                          key="unknown_pick")
    row = table.iloc[chosen]
    sentence = con.execute("SELECT evidence FROM events WHERE event_id = ?", [row["example"]]).fetchone()
    if sentence:
        st.html(fields_html([("as written in", sentence[0])]))
    entry = _placed(str(row["name"]))
    if entry is None:
        return False
    try:
        analyst.add_place(entry)
    except (GazetteerDataError, OSError) as exc:
        st.error(str(exc))
        return False
    st.session_state["pending_rebuild"] = f"Placing {entry.name_ar} in the articles that name it…"
    return True


def _placed(name: str) -> analyst.AnalystPlace | None:
    """The analyst's place for `name`: a gazetteer place chosen, or the point clicked on the map."""
    latin = st.text_input("Latin name (optional)", key="unknown_latin")
    precision = st.selectbox("What it is", PRECISIONS, key="unknown_precision")
    query = st.text_input("Or search the gazetteer for it under another spelling (Arabic or Latin)",
                          key="unknown_query")
    found = places_named(query)
    if found:
        labels = [f"{p.name_ar} · {p.name} · {p.admin1 or ''} {p.country or ''} ({p.source})" for p in found]
        pick = st.selectbox("Candidates", range(len(found)), format_func=labels.__getitem__, key="unknown_candidate")
        if st.button(f"It is this place: place {name} there", key="unknown_use_candidate"):
            p = found[pick]
            return analyst.AnalystPlace(name, p.lat, p.lon, p.precision if p.precision in PRECISIONS else precision,
                                        latin.strip() or p.name, (), p.admin1, p.country,
                                        f"gazetteer:{p.source}:{p.place_id}")
    click = st.session_state.get("map_click")
    if not click:
        st.caption("Click the map where it lies, or search the gazetteer.")
        return None
    lat, lon = round(float(click["lat"]), 5), round(float(click["lng"]), 5)
    if st.button(f"Place {name} at the point clicked on the map ({lat:.4f}, {lon:.4f})", key="unknown_use_click"):
        return analyst.AnalystPlace(name, lat, lon, precision, latin.strip(), basis="map")
    return None
