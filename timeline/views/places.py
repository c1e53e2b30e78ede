"""The gazetteer's places an analyst's search offers, for correcting an event's place or placing a name
the gazetteer does not know: those named exactly as typed first."""

from __future__ import annotations

from gazetteer.index import name_key
from gazetteer.models import Place
from gazetteer.unknown import search

OFFERED = 12  #: places offered for one search
SEARCHED = 200  #: places whose name starts with the search, among which the exact ones are found


def places_named(query: str) -> list[Place]:
    """The places whose Arabic name (its clitics allowed) or Latin name starts with `query`, those named
    exactly `query` first (a town before its quarters and before cities abroad whose name starts so),
    each group most likely first."""
    if not query.strip():
        return []
    found = search(query, limit=SEARCHED)
    return sorted(found, key=lambda place: not _named(place, query))[:OFFERED]


def _named(place: Place, query: str) -> bool:
    """`place` is named exactly `query`, in Arabic (normalised) or in Latin (whatever the case)."""
    key = name_key(query)
    return (bool(key) and name_key(place.name_ar or "") == key) or place.name.casefold() == query.strip().casefold()
