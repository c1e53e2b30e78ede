"""Actor colours shared by the map, the timeline, the briefing and the legends, stable across views.

Each canonical actor of ``data/actors.toml`` carries its own `colour` there (one palette, each
colour given once); "unknown" takes the grey of its ``[colours]`` table. A name the data file
does not know (a correction, an older store) takes one of `OTHER_COLOURS` by a digest of its name.
"""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache

from timeline import DATA_DIR

ACTORS_FILE = DATA_DIR / "actors.toml"
#: colours for actors the data file does not name (Brewer's Dark2, lighter than the palette's darks)
OTHER_COLOURS = ("#1B9E77", "#7570B3", "#E7298A", "#A6761D", "#66A61E", "#E6AB02")


@cache
def palette() -> dict[str, str]:
    """Canonical actor name -> colour, as the data file assigns them."""
    data = tomllib.loads(ACTORS_FILE.read_text(encoding="utf-8"))
    return {actor["name"]: actor["colour"] for actor in data["actor"] if actor.get("colour")}


@cache
def unknown_colour() -> str:
    """The colour of events whose actor is unknown."""
    return tomllib.loads(ACTORS_FILE.read_text(encoding="utf-8"))["colours"]["unknown"]


@cache
def _folded() -> dict[str, str]:
    return {name.casefold(): colour for name, colour in palette().items()}


@cache
def actor_colour(actor: str | None) -> str:
    """The colour of an actor's markers (the same on the map, the timeline and the legend)."""
    if not actor or actor.strip().casefold() == "unknown":
        return unknown_colour()
    key = actor.strip().casefold()
    if key in _folded():
        return _folded()[key]
    return OTHER_COLOURS[int(hashlib.md5(key.encode()).hexdigest(), 16) % len(OTHER_COLOURS)]
