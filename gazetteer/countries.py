"""The focus countries and their neighbours: one home (``data/countries.toml``)."""

from __future__ import annotations

import tomllib
from importlib import resources

_DATA = tomllib.loads((resources.files(__package__) / "data" / "countries.toml").read_text(encoding="utf-8"))

#: Syria and Iraq, in the order of the data file: what the news this tool reads is about.
FOCUS_CODES: tuple[str, ...] = tuple(_DATA["focus"])
FOCUS: frozenset[str] = frozenset(FOCUS_CODES)
#: The countries around them.
NEIGHBOURS: frozenset[str] = frozenset(_DATA["neighbours"])
#: The focus countries and their neighbours.
REGION: frozenset[str] = FOCUS | NEIGHBOURS
