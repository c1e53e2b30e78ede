"""The headline figures of a view: what the dashboard's metrics and the briefing image both show.

One function computes them and one table names them, so that a slide never
disagrees with the page it was made from.
"""

from __future__ import annotations

import pandas as pd

from timeline.views.mapview import STRIKE_TYPES

#: The figures in the order they are shown, with their labels.
HEADLINE = (
    ("events", "Events"),
    ("strikes", "Strikes"),
    ("killed", "Killed (at least)"),
    ("outlets", "Outlets"),
    ("shared", "Incidents reported by >1 outlet"),
)


def headline(view: pd.DataFrame, incidents: pd.DataFrame | None) -> dict[str, int]:
    """Events, strikes, killed (at least: the largest toll of each incident, summed, as outlets repeat
    one another), outlets, and incidents in view that more than one outlet reported."""
    key = view["incident_id"].astype("string").fillna(view["event_id"].astype("string"))
    killed = view["killed"].astype("Float64").fillna(0).groupby(key).max().sum()
    shared = 0
    if incidents is not None and not incidents.empty:
        in_view = incidents[incidents["incident_id"].isin(set(key))]
        shared = int((in_view["n_sources"] > 1).sum())
    return {
        "events": len(view),
        "strikes": int(view["event_type"].isin(STRIKE_TYPES).sum()),
        "killed": int(killed),
        "outlets": int(view["source"].nunique()),
        "shared": shared,
    }


def labelled_headline(view: pd.DataFrame, incidents: pd.DataFrame | None) -> list[tuple[str, int]]:
    """The `headline` figures with their labels, in the order of `HEADLINE`."""
    figures = headline(view, incidents)
    return [(label, figures[key]) for key, label in HEADLINE]
