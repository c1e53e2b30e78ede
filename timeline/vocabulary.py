"""The vocabularies every wing shares, read from their one data file.

Event types (``data/event_types.toml``): their names in order, which of them
are violent (attacks) and which are strikes (the map's strike layer). A new
type is one entry there plus its triggers in ``data/triggers.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline import DATA_DIR, read_data
from timeline.errors import DataFileError

EVENT_TYPES_FILE = DATA_DIR / "event_types.toml"


@dataclass(frozen=True)
class EventType:
    """One event type of ``event_types.toml``."""

    name: str
    label_ar: str
    violent: bool
    strike: bool


def _event_types() -> tuple[EventType, ...]:
    entries = read_data(EVENT_TYPES_FILE).get("type", [])
    out = []
    for n, entry in enumerate(entries, 1):
        try:
            kind = EventType(**entry)
        except TypeError as exc:
            raise DataFileError(f"{EVENT_TYPES_FILE}: type {n}: {exc}") from None
        if not isinstance(kind.name, str) or not kind.name.isidentifier():
            raise DataFileError(f"{EVENT_TYPES_FILE}: type {n}: name {kind.name!r} is not a lowercase identifier")
        if not isinstance(kind.violent, bool) or not isinstance(kind.strike, bool):
            raise DataFileError(f"{EVENT_TYPES_FILE}: type {kind.name}: violent and strike must be true or false")
        out.append(kind)
    names = [k.name for k in out]
    if not names or len(set(names)) != len(names):
        raise DataFileError(f"{EVENT_TYPES_FILE}: the type names must be present and distinct, got {names}")
    return tuple(out)


#: Every event type, in the order of the data file.
EVENT_TYPE_ENTRIES: tuple[EventType, ...] = _event_types()
EVENT_TYPES: tuple[str, ...] = tuple(k.name for k in EVENT_TYPE_ENTRIES)
#: The attacks.
VIOLENT_TYPES: tuple[str, ...] = tuple(k.name for k in EVENT_TYPE_ENTRIES if k.violent)
#: The types drawn as strikes on the map.
STRIKE_TYPES: tuple[str, ...] = tuple(k.name for k in EVENT_TYPE_ENTRIES if k.strike)
#: Each type's name in Arabic.
EVENT_TYPES_AR: dict[str, str] = {k.name: k.label_ar for k in EVENT_TYPE_ENTRIES}
