"""Actor colours shared by the map and the timeline, stable across views."""

from __future__ import annotations

import hashlib

#: colours of the most frequent actors; others take one of `PALETTE` by a digest of their name.
ACTOR_COLOURS = {
    "coalition": "#1f5fbf", "us": "#1f5fbf", "russia": "#c0392b", "syrian_government": "#8e44ad",
    "syria": "#8e44ad", "turkey": "#d35400", "iraq": "#16a085", "isis": "#2c3e50",
}
PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4")
UNKNOWN_COLOUR = "#7f7f7f"


def actor_colour(actor: str | None) -> str:
    """The colour of an actor's markers (the same on the map, the timeline and the legend)."""
    if not actor:
        return UNKNOWN_COLOUR
    key = actor.strip().casefold()
    if key in ACTOR_COLOURS:
        return ACTOR_COLOURS[key]
    return PALETTE[int(hashlib.md5(key.encode()).hexdigest(), 16) % len(PALETTE)]
