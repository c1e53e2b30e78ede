"""Typed records of the gazetteer: a known place and a place found in a text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: How precisely a place pins down where something happened, finest first.
PRECISIONS = ("point", "village", "town", "city", "district", "governorate", "country", "region")
#: The precisions of a named settlement; a small one has no quarters of its own, and a list of villages names only
#: such (resolver._namesakes_among_villages).
SETTLEMENTS = frozenset({"village", "town", "city"})
SMALL_SETTLEMENTS = frozenset({"village", "town"})


@dataclass(frozen=True)
class Place:
    """One entry of the gazetteer."""

    name: str  #: English (or transliterated) name
    name_ar: str  #: Arabic name as written by the source
    lat: float
    lon: float
    feature: str  #: city, town, village, governorate, country, airbase, oilfield, river, region ...
    precision: str  #: one of PRECISIONS
    admin1: str | None = None  #: governorate / province (English)
    country: str | None = None  #: ISO 3166-1 alpha-2 code
    population: int = 0
    approximate: bool = False  #: the coordinates are an estimate (regions, rivers, facilities)
    source: str = ""  #: where the entry came from (geonames, countrystatecity, supplement, import:FILE)
    place_id: str = ""  #: stable id within the source
    actor_name: bool = False  #: the name usually stands for a government or institution
    names_known: int = 0  #: how many names (in every language) the source lists for it: how well known it is
    #: a place without coordinates of its own (a supplement row no source places): the ``place_id`` of the
    #: countrystatecity governorate or country that locates it, whose coordinates it carries (see
    #: `gazetteer.resolver.located`)
    anchor_id: str = ""
    #: a point derived from named places (a supplement row whose note says ``derived: ...; radius N km;``): every
    #: place it is derived from lies within this many kilometres of it; None for a point a source gives
    radius_km: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(**data)


@dataclass(frozen=True)
class PlaceMatch:
    """A toponym found in a text and how it was resolved."""

    start: int  #: character offset in the original text
    end: int
    text: str  #: the text as written, clitics included
    candidates: tuple[Place, ...]
    chosen: Place | None
    reason: str  #: why `chosen` won (or why nothing was chosen)
    is_actor: bool = False  #: the name stands for a government or institution here
    relation: str | None = None  #: "north", "near", "east" ... when the text places the event relative to it
    radius_km: float | None = None  #: how far from `chosen` the text tells the event is (see `extent_km`)
    head: str | None = None  #: generic head written before the name (مدينة, ريف, محافظة ...)
    #: the name only locates the place written just before it (الغوطة الشرقية قرب دمشق: Damascus is the
    #: anchor, the Ghouta the event place); `relation` then says where that place lies from this one
    anchor: bool = False

    @property
    def extent_km(self) -> float | None:
        """How far from the chosen point the event may be: the radius the text tells, plus, for a point derived from
        named places, the radius within which the place itself lies (`Place.radius_km`); None when neither is known."""
        own = self.chosen.radius_km if self.chosen else None
        return self.radius_km if own is None else (self.radius_km or 0.0) + own

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "candidates": [c.to_dict() for c in self.candidates],
            "chosen": self.chosen.to_dict() if self.chosen else None,
            "reason": self.reason,
            "is_actor": self.is_actor,
            "relation": self.relation,
            "radius_km": self.radius_km,
            "head": self.head,
            "anchor": self.anchor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlaceMatch:
        data = dict(data)
        data["candidates"] = tuple(Place.from_dict(c) for c in data.get("candidates", ()))
        data["chosen"] = Place.from_dict(data["chosen"]) if data.get("chosen") else None
        return cls(**data)

