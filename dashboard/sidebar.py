"""The sidebar's filters and the view read from their state."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from timeline.views import filters as filtering

QUICK_RANGES = {
    "2014 to 2018": (dt.date(2014, 1, 1), dt.date(2018, 12, 31)),
    **{str(y): (dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(2014, 2019)},
}
#: the "Also show" choices: the `Filters` switch each one sets
ALSO_SHOW = {"include_coarse": "month/year-precise dates", "include_inferred": "inferred dates",
             "include_recalled": f"dates recalled from over {filtering.RECALLED_AFTER_DAYS} days before their article"}


def _apply_quick_range() -> None:
    choice = st.session_state.get("quick_range")
    if choice in QUICK_RANGES:
        st.session_state["dates"] = QUICK_RANGES[choice]


def date_section() -> None:
    st.sidebar.selectbox("Quick range", ["—", *QUICK_RANGES], key="quick_range", on_change=_apply_quick_range)
    st.sidebar.date_input("Dates", key="dates", min_value=dt.date(2000, 1, 1),
                          max_value=dt.date(2030, 12, 31), format="YYYY-MM-DD")


def picked_dates(picked: object) -> tuple[dt.date, dt.date]:
    """The range of the date widget's value; while only its first day is picked, that day onwards."""
    if isinstance(picked, (tuple, list)) and len(picked) == 2:
        return picked[0], picked[1]
    first = picked[0] if isinstance(picked, (tuple, list)) and picked else filtering.DEFAULT_FROM
    return first, filtering.DEFAULT_TO


def list_filter(spec: filtering.ListFilter, options: dict[str, dict[str, int]]) -> None:
    """The multiselect of one list filter (`filters.LIST_FILTERS`), its values with their counts."""
    counts = options.get(spec.name, {})
    values = sorted(set(spec.vocabulary or counts) | set(st.session_state.get(spec.name, [])))
    st.multiselect(spec.label, values, key=spec.name, format_func=lambda v, c=counts: f"{v} ({c.get(v, 0)})")


def more_filters(options: dict[str, dict[str, int]]) -> None:
    """The filters analysts reach for less often, in an expander."""
    with st.sidebar.expander("More filters"):
        for spec in filtering.LIST_FILTERS:
            if spec.more:
                list_filter(spec, options)
        st.number_input("Minimum killed", min_value=0, step=1, key="min_killed")
        st.text_input("Text (Arabic normalised)", key="text")
        st.multiselect("Also show events with", list(ALSO_SHOW), key="also_show", format_func=ALSO_SHOW.get)
        st.radio("Timeline lanes", ["event_type", "source"], key="lanes", horizontal=True,
                 format_func={"event_type": "event type", "source": "outlet"}.get)
        st.toggle("Online map tiles (needs internet)", key="online_tiles")


def sidebar(options: dict[str, dict[str, int]]) -> None:
    """The filter widgets; the view is read from their state (`chosen_view`)."""
    st.sidebar.header("Filters")
    date_section()
    with st.sidebar:
        for spec in filtering.LIST_FILTERS:
            if not spec.more:
                list_filter(spec, options)
    more_filters(options)


def chosen_view() -> tuple[filtering.Filters, str, bool]:
    """The filters, the timeline's lanes and the tiles switch, from the widgets' state."""
    state = st.session_state
    date_from, date_to = picked_dates(state["dates"])
    lists = {spec.name: tuple(state[spec.name]) for spec in filtering.LIST_FILTERS}
    also = set(state["also_show"])
    f = filtering.Filters(date_from=date_from, date_to=date_to, **lists,
                          min_killed=int(state["min_killed"]), text=state["text"],
                          **{name: name in also for name in ALSO_SHOW})
    return f, state["lanes"], state["online_tiles"]
