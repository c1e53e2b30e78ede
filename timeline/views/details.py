"""What the dashboard's details panel shows, as plain values.

The article text is escaped before the event sentence is marked, so the HTML
that reaches the page holds no tag from an article. The page shows it as HTML
(never through Markdown, which would read an article's ``![](http://…)`` as an
image to fetch, ``#`` as a heading and ``$…$`` as a formula); `markdown_literal`
makes any text safe where Streamlit reads Markdown (titles, captions).
"""

from __future__ import annotations

import html
import json
import re
import string

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


_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
_CONTROLS = re.compile("[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]+")


def markdown_literal(text: str) -> str:
    """`text` as Markdown that shows exactly it: every ASCII punctuation mark escaped (no link, image,
    heading, emphasis, formula, emoji or colour directive), line breaks and direction overrides as spaces."""
    return _PUNCTUATION.sub(r"\\\1", _CONTROLS.sub(" ", text))


def cell_text(value: object) -> str:
    """A value as text, blank when it is missing (None, or the store's NA or NaN: an undated event's date,
    an unplaced one's place)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def fields_html(rows: list[tuple[str, object]]) -> str:
    """Label/value rows as an escaped HTML table, each value in its own direction; a missing value blank."""
    cells = "".join(
        f'<tr><th style="text-align: left; padding-right: 8px">{html.escape(label)}</th>'
        f'<td dir="auto">{html.escape(cell_text(value))}</td></tr>'
        for label, value in rows)
    return f'<table class="event-fields">{cells}</table>'
