"""When two places may be where one happening was reported (events of one article, incidents)."""

from __future__ import annotations

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


def same_place(a: Place, b: Place) -> bool:
    """Equal, within `MAX_KM`, or one an area (or an estimated spot) of the other's governorate."""
    if a.name == b.name and a.admin1 == b.admin1:
        return True
    if a.admin1 and a.admin1 == b.admin1 and (
        a.precision in AREAS or b.precision in AREAS or a.approximate or b.approximate
    ):
        return True
    return bool(haversine_km(a.lat, a.lon, b.lat, b.lon) <= MAX_KM)


def spread_km(places: list[Place]) -> float:
    """The largest distance in km between two of `places` (0 for fewer than two)."""
    return max((float(haversine_km(a.lat, a.lon, b.lat, b.lon)) for i, a in enumerate(places) for b in places[i + 1 :]),
               default=0.0)
