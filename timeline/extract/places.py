"""When two places may be where one happening was reported (events of one article, incidents)."""

from __future__ import annotations

from geopy.distance import distance

from gazetteer import Place

#: Reports whose places lie within this distance may be of one happening.
MAX_KM = 10.0
#: Precisions that name an area: a place inside it may be the same spot.
AREAS = frozenset({"governorate", "region", "district"})


def same_place(a: Place, b: Place) -> bool:
    """Equal, within `MAX_KM`, or one an area (or an estimated spot) of the other's governorate."""
    if a.name == b.name and a.admin1 == b.admin1:
        return True
    if a.admin1 and a.admin1 == b.admin1 and (
        a.precision in AREAS or b.precision in AREAS or a.approximate or b.approximate
    ):
        return True
    return distance((a.lat, a.lon), (b.lat, b.lon)).km <= MAX_KM
