"""What the dashboard's details panel and headline figures show, as plain values.

The article text is escaped before the event sentence is marked, so the HTML
that reaches the page holds no tag from an article.
"""

from __future__ import annotations

import html
import json

import pandas as pd

from timeline.views.mapview import STRIKE_TYPES


def highlighted_article(text: str, start: int | None, end: int | None) -> str:
    """The article as escaped HTML (right to left) with ``text[start:end]`` in a <mark>."""
    if start is None or end is None or not 0 <= start <= end <= len(text):
        body = html.escape(text)
    else:
        body = (html.escape(text[:start]) + '<mark id="evidence">' + html.escape(text[start:end])
                + "</mark>" + html.escape(text[end:]))
    return f'<div dir="rtl" class="article" style="white-space: pre-wrap; text-align: right">{body}</div>'


def incident_outlets(incidents: pd.DataFrame, incident_id: str | None) -> list[str]:
    """Every outlet that reported the incident."""
    if not incident_id or incidents.empty:
        return []
    row = incidents[incidents["incident_id"] == incident_id]
    return [] if row.empty else list(json.loads(row.iloc[0]["sources"] or "[]"))


def headline(view: pd.DataFrame, incidents: pd.DataFrame) -> dict[str, int]:
    """Events, strikes, killed (at least: the largest toll of each incident, summed), outlets, and
    incidents in view that more than one outlet reported."""
    key = view["incident_id"].astype("string").fillna(view["event_id"].astype("string"))
    killed = view["killed"].astype("Float64").fillna(0).groupby(key).max().sum()
    shared = 0
    if not incidents.empty:
        in_view = incidents[incidents["incident_id"].isin(set(key))]
        shared = int((in_view["n_sources"] > 1).sum())
    return {
        "events": len(view),
        "strikes": int(view["event_type"].isin(STRIKE_TYPES).sum()),
        "killed": int(killed),
        "outlets": int(view["source"].nunique()),
        "shared": shared,
    }
