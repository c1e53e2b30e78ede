"""The focus countries and their neighbours: one home (``data/countries.toml``)."""

from __future__ import annotations

from importlib import resources

from .errors import read_toml

_DATA = read_toml(resources.files(__package__) / "data" / "countries.toml")

#: Syria and Iraq, in the order of the data file: what the news this tool reads is about.
FOCUS_CODES: tuple[str, ...] = tuple(_DATA["focus"])
FOCUS: frozenset[str] = frozenset(FOCUS_CODES)
#: The countries around them.
NEIGHBOURS: frozenset[str] = frozenset(_DATA["neighbours"])
#: The neighbours whose every GeoNames place is kept, as for the focus countries.
COMPLETE: frozenset[str] = frozenset(_DATA.get("complete", ()))
#: The countries whose governorates are places (the focus countries first).
GOVERNORATE_CODES: tuple[str, ...] = tuple(_DATA["governorates"])
#: The focus countries and their neighbours.
REGION: frozenset[str] = FOCUS | NEIGHBOURS
#: ISO code -> the Arabic names the news writes for a country, where they replace the data package's.
ARABIC_NAMES: dict[str, list[str]] = dict(_DATA.get("arabic_names", {}))
