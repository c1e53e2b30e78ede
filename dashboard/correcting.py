"""Correcting one event from its details: its date, place, type, actor and tolls, "not an event",
"same incident as …" and "split from its incident"; the corrections it carries, each with its undo.

A correction is written to the analyst's file (`timeline.event_corrections`) and the page rebuilds
the store, which re-extracts only the article it touches and applies it there."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import streamlit as st

from dashboard.state import store_path
from timeline import event_corrections, store
from timeline.errors import DataFileError
from timeline.event_corrections import Anchor
from timeline.models import EVENT_TYPES
from timeline.views.details import fields_html
from timeline.views.places import places_named

KIND_LABELS = {
    "date": "Date", "place": "Place", "type": "Type", "actor": "Actor", "tolls": "Tolls",
    "not_event": "Not an event", "same_incident": "Same incident as …", "split_incident": "Split from its incident",
}
PRECISIONS = ("day", "month", "year", "range")
PLACE_PRECISIONS = ("point", "village", "town", "city", "district", "governorate")


def event_words(event: pd.Series) -> str:
    """The event in a few words, as the list of corrections shows it."""
    def text(name: str) -> str:
        value = event.get(name)
        return value if isinstance(value, str) else ""

    parts = [text("event_type"), text("date") or "undated", text("place") or text("place_text")]
    return ", ".join(p for p in parts if p) + f" ({event['event_id']})"


def analyst_note(event: pd.Series) -> None:
    """"Corrected by the analyst", with the extractor's values of the fields the analyst changed."""
    raw = event.get("analyst")
    if not isinstance(raw, str) or not raw:
        return
    marks = event_corrections.marks_of(raw)
    shown = [(name, value) for name, value in sorted(marks.get("was", {}).items())
             if name in ("date", "date_precision", "place", "lat", "lon", "event_type", "actor", "killed", "injured")]
    st.markdown("**Corrected by the analyst**")
    st.caption("The extractor's values:")
    st.html(fields_html(shown or [("incident", "grouped by the rules")]))


def _save(kind: str, value: dict, anchor: Anchor, event: pd.Series) -> bool:
    try:
        event_corrections.add(kind, value, anchor, event_words(event))
    except ValueError as exc:  # a value the file would refuse, or a file that is not ours
        st.error(str(exc))
        return False
    except OSError as exc:
        st.error(f"The correction was not saved: {exc}")
        return False
    st.session_state["pending_rebuild"] = f"Applying the correction ({KIND_LABELS[kind].lower()})…"
    return True


def correction_panel(event: pd.Series, content_sha1: str) -> bool:
    """The forms that correct `event` and the list of its corrections; True when one was saved or undone."""
    anchor = Anchor.of(event.to_dict(), content_sha1)
    with st.expander("Correct this event", expanded=True):
        kind = st.selectbox("What to correct", list(KIND_LABELS), format_func=KIND_LABELS.get, key="fix_kind")
        forms = {"date": _date_form, "place": lambda: _place_form(event), "type": lambda: _type_form(event),
                 "actor": _actor_form, "tolls": _tolls_form, "not_event": lambda: _confirm_form(kind),
                 "same_incident": lambda: _same_incident_form(event), "split_incident": lambda: _confirm_form(kind)}
        value = forms[kind]()
        saved = value is not None and _save(kind, value, anchor, event)
        return _own_corrections(event) or saved


def _date_form() -> dict | None:
    with st.form("fix_date"):
        precision = st.selectbox("Precision", PRECISIONS, key="fix_date_precision")
        written = st.text_input("Date (2016-07-18; 2016-07 for a month; 2016 for a year; the first day of a range)",
                                key="fix_date_value")
        end = st.text_input("Last day of a range (2016-07-20)", key="fix_date_end")
        if not st.form_submit_button("Save the date"):
            return None
    value = {"date": written.strip(), "precision": precision, **({"end": end.strip()} if precision == "range" else {})}
    try:
        return event_corrections.check_value("date", value)
    except ValueError as exc:
        st.error(str(exc))
        return None


def _place_form(event: pd.Series) -> dict | None:
    unresolved = event.get("place_unresolved")
    query = st.text_input("Search the gazetteer (Arabic or Latin name)", key="fix_place_query",
                          value=unresolved if isinstance(unresolved, str) else "")
    found = places_named(query)
    if found:
        labels = [f"{p.name_ar} · {p.name} · {p.admin1 or ''} {p.country or ''} · {p.precision} ({p.source})"
                  for p in found]
        chosen = st.selectbox("Places", range(len(found)), format_func=labels.__getitem__, key="fix_place_pick")
        if st.button("Use this place", key="fix_place_use"):
            p = found[chosen]
            return {"name": p.name, "name_ar": p.name_ar, "lat": p.lat, "lon": p.lon, "precision": p.precision,
                    "admin1": p.admin1, "country": p.country, "basis": f"gazetteer:{p.source}:{p.place_id}"}
    elif query.strip():
        st.caption("No place of the gazetteer starts with that name.")
    click = st.session_state.get("map_click")
    if not click:
        st.caption("Or click the map where it happened, then come back here.")
        return None
    lat, lon = round(float(click["lat"]), 5), round(float(click["lng"]), 5)
    name = st.text_input("Name of the clicked point", key="fix_place_name", value=f"point {lat:.4f}, {lon:.4f}")
    precision = st.selectbox("Precision of the clicked point", PLACE_PRECISIONS, key="fix_place_precision")
    if st.button(f"Use the point clicked on the map ({lat:.4f}, {lon:.4f})", key="fix_place_click"):
        return {"name": name.strip() or f"point {lat:.4f}, {lon:.4f}", "lat": lat, "lon": lon,
                "precision": precision, "basis": "map"}
    return None


def _type_form(event: pd.Series) -> dict | None:
    current = event.get("event_type")
    index = EVENT_TYPES.index(current) if current in EVENT_TYPES else 0
    with st.form("fix_type"):
        chosen = st.selectbox("Type", EVENT_TYPES, index=index, key="fix_type_value")
        return {"event_type": chosen} if st.form_submit_button("Save the type") else None


def _actor_form() -> dict | None:
    with st.form("fix_actor"):
        actor = st.text_input("Actor", key="fix_actor_value")
        if not st.form_submit_button("Save the actor") or not actor.strip():
            return None
        return {"actor": actor.strip()}


def _tolls_form() -> dict | None:
    with st.form("fix_tolls"):
        killed = st.number_input("Killed (leave empty when not said)", min_value=0, step=1, value=None,
                                 key="fix_killed")
        injured = st.number_input("Injured (leave empty when not said)", min_value=0, step=1, value=None,
                                  key="fix_injured")
        if not st.form_submit_button("Save the tolls"):
            return None
        return {"killed": None if killed is None else int(killed), "injured": None if injured is None else int(injured)}


def _confirm_form(kind: str) -> dict | None:
    words = {"not_event": "This is not an event (it leaves every view; undo it from the list of corrections)",
             "split_incident": "Make this event an incident of its own"}[kind]
    return {} if st.button(words, key=f"fix_{kind}") else None


def _same_incident_form(event: pd.Series) -> dict | None:
    """The events of the same type within a week of this one, to say which one it repeats."""
    others = _nearby_events(event)
    if others.empty:
        st.caption("No event of the same type within a week of this one.")
        return None
    labels = [event_words(row) + f" · {row['source'] or ''}" for _, row in others.iterrows()]
    chosen = st.selectbox("The same incident as", range(len(others)), format_func=labels.__getitem__,
                          key="fix_same_pick")
    if not st.button("Group them", key="fix_same_use"):
        return None
    other = others.iloc[chosen]
    return {"other": dataclasses.asdict(Anchor.of(other.to_dict(), str(other["content_sha1"])))}


def _nearby_events(event: pd.Series) -> pd.DataFrame:
    if not isinstance(event.get("date"), str):
        return pd.DataFrame()
    day = dt.date.fromisoformat((event["date"] + "-01-01")[:10])
    with store.reader(store_path()) as con:
        return con.execute("""SELECT e.*, a.content_sha1 FROM events e JOIN articles a USING (article_id)
                              WHERE e.event_type = ? AND e.event_id <> ? AND e.date IS NOT NULL
                              AND TRY_CAST(substr(e.date || '-01-01', 1, 10) AS DATE) BETWEEN ? AND ?
                              ORDER BY e.date, e.event_id LIMIT 50""",
                           [event["event_type"], event["event_id"], day - dt.timedelta(days=7),
                            day + dt.timedelta(days=7)]).df()


def _own_corrections(event: pd.Series) -> bool:
    """The corrections the event carries, each with a button that undoes it; True when one was undone."""
    raw = event.get("analyst")
    ids = event_corrections.marks_of(raw if isinstance(raw, str) else None).get("by", [])
    if not ids:
        return False
    try:
        held = {c.correction_id: c for c in event_corrections.read().corrections}
    except DataFileError as exc:
        st.error(str(exc))
        return False
    st.markdown("**This event's corrections**")
    for correction_id in ids:
        c = held.get(correction_id)
        if c is None:
            continue
        left, right = st.columns([3, 1])
        left.caption(f"{KIND_LABELS[c.kind]} · {c.made} · {correction_id}")
        if right.button("Undo", key=f"undo_{correction_id}"):
            return undo(correction_id)
    return False


def undo(correction_id: str) -> bool:
    """Undo one correction and ask for the rebuild that puts the extractor's values back."""
    try:
        event_corrections.undo(correction_id)
    except (DataFileError, OSError) as exc:
        st.error(str(exc))
        return False
    st.session_state["pending_rebuild"] = "Undoing the correction…"
    return True
