"""When two places may be where one happening was reported (events of one article, incidents)."""

from __future__ import annotations

import math

import numpy as np

from gazetteer import Place

#: Reports whose places lie within this distance may be of one happening.
MAX_KM = 10.0
#: Precisions that name an area: a place inside it may be the same spot.
AREAS = frozenset({"governorate", "region", "district"})
#: Mean earth radius (IUGG), for great-circle distances.
EARTH_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km between points given in degrees (scalars or numpy arrays)."""
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.minimum(h, 1.0)))


#: The compass bearing, in degrees, of each direction a place may be told from a town (شمال بغداد: `relation`).
BEARINGS = {"north": 0.0, "north-east": 45.0, "east": 90.0, "south-east": 135.0, "south": 180.0,
            "south-west": 225.0, "west": 270.0, "north-west": 315.0}
#: A place lies the way a direction says when its bearing is at most this many degrees off it (north holds the
#: north-east and the north-west, not the east).
BEARING_SPREAD = 67.5


def lies_toward(a: Place, b: Place, direction: str) -> bool:
    """`b` lies from `a` the way `direction` (north, south-east ...) says."""
    if direction not in BEARINGS:
        return False
    north, east = b.lat - a.lat, (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    bearing = math.degrees(math.atan2(east, north)) % 360
    return abs((bearing - BEARINGS[direction] + 180) % 360 - 180) <= BEARING_SPREAD


def same_place(a: Place, b: Place) -> bool:
    """Equal, within `MAX_KM`, or one an area (or an estimated spot) of the other's governorate; of a named region
    whose extent the gazetteer gives, only a place inside it (اللجاة is not درعا, سهل الغاب holds قلعة المضيق)."""
    if a.name == b.name and a.admin1 == b.admin1:
        return True
    if a.admin1 and a.admin1 == b.admin1 and (
        a.precision in AREAS or b.precision in AREAS or a.approximate or b.approximate
    ):
        return _inside(a, b) or _inside(b, a) if _region_and_place(a, b) else True
    return bool(haversine_km(a.lat, a.lon, b.lat, b.lon) <= MAX_KM)


def _region_and_place(a: Place, b: Place) -> bool:
    """One a named region whose extent the gazetteer gives, the other a place it locates: inside or outside it."""
    return (_bounded_region(a) and _located(b)) or (_bounded_region(b) and _located(a))


def _bounded_region(place: Place) -> bool:
    """A named region (اللجاة, سهل الغاب, ريف درعا) whose extent the gazetteer gives: not its whole governorate."""
    return place.precision == "region" and place.radius_km is not None


def _located(place: Place) -> bool:
    """The gazetteer tells where `place` lies: a settlement's own point, or a point it gives an extent to."""
    return place.radius_km is not None or (place.precision not in AREAS and not place.approximate)


def _inside(area: Place, place: Place) -> bool:
    """`place` lies within the extent the gazetteer gives `area` (its radius, or `MAX_KM` without one)."""
    return bool(haversine_km(area.lat, area.lon, place.lat, place.lon) <= max(area.radius_km or 0.0, MAX_KM))


def spread_km(places: list[Place]) -> float:
    """The largest distance in km between two of `places` (0 for fewer than two)."""
    return max((float(haversine_km(a.lat, a.lon, b.lat, b.lon)) for i, a in enumerate(places) for b in places[i + 1 :]),
               default=0.0)
