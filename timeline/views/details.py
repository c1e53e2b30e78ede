"""What the dashboard's details panel shows, as plain values.

The article text is escaped before the event sentence is marked, so the HTML
that reaches the page holds no tag from an article.
"""

from __future__ import annotations

import html
import json

import pandas as pd


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
