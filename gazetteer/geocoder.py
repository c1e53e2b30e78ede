"""The gazetteer behind geopy's standard geocoder interface.

``OfflineGazetteer().geocode("بريف حلب")`` returns a geopy ``Location`` (None
when nothing matches) and ``reverse((lat, lon))`` the nearest known place.
An online fallback to another geopy geocoder (Nominatim by default) is used
only when ``online=True``; its answers are cached on disk under
``cache_home()`` so each query goes out at most once.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

from geopy.distance import great_circle
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from .index import get_index
from .models import Place, PlaceMatch
from .paths import cache_home
from .resolver import find_places
from .score import prior

USER_AGENT = "war-timeline-gazetteer"
#: Places that `reverse` may answer with: populated places and point features, not areas.
REVERSE_PRECISIONS = frozenset({"point", "village", "town", "city"})


def _address(place: Place) -> str:
    parts = [place.name_ar, place.name, place.admin1, place.country]
    return ", ".join(p for p in parts if p)


def _location(place: Place, match: PlaceMatch | None = None) -> Location:
    raw = {"place": place.to_dict(), "match": match.to_dict() if match else None}
    return Location(_address(place), (place.lat, place.lon), raw)


class OnlineCache:
    """Answers of an online geocoder kept in a JSON file: query -> [address, lat, lon] or None."""

    def __init__(self, path: Path | None = None):
        self.path = path or cache_home() / "geocoder-online.json"
        self.answers: dict[str, list | None] = (
            json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
        )

    def get(self, query: str, ask) -> Location | None:
        if query not in self.answers:
            found = ask(query)
            self.answers[query] = [found.address, found.latitude, found.longitude] if found else None
            self.path.write_text(json.dumps(self.answers, ensure_ascii=False), encoding="utf-8")
        answer = self.answers[query]
        return Location(answer[0], (answer[1], answer[2]), {"online": True}) if answer else None


class OfflineGazetteer(Geocoder):
    """A geopy geocoder over the offline gazetteer.

    :param online: also ask `online_geocoder` (default: geopy's Nominatim) for
        queries the gazetteer does not know. Off by default: nothing leaves the machine.
    :param online_geocoder: the geopy geocoder to fall back on when `online` is set.
    :param context: text that helps choose between candidates for every query.
    """

    def __init__(self, *, online: bool = False, online_geocoder: Geocoder | None = None,
                 context: str | None = None, user_agent: str = USER_AGENT, **kwargs):
        super().__init__(user_agent=user_agent, **kwargs)
        self.online = online
        self.context = context
        self._online_geocoder = online_geocoder
        self._cache: OnlineCache | None = None
        self._grid: dict[tuple[int, int], list[int]] | None = None

    def geocode(self, query: str, *, exactly_one: bool = True, context: str | None = None,
                timeout=None) -> Location | list[Location] | None:
        """The place `query` names (a name with clitics, head, direction ...); None when unknown.

        With ``exactly_one=False``: every candidate, the chosen one first.
        """
        matches = find_places(query, context or self.context)
        if matches:
            match = max(matches, key=lambda m: m.end - m.start)
            if exactly_one:
                return _location(match.chosen, match)
            others = sorted((c for c in match.candidates if c != match.chosen), key=prior, reverse=True)
            return [_location(match.chosen, match), *(_location(c) for c in others)]
        if not self.online:
            return None
        found = self._online_cache().get(query, self._ask_online)
        if found is None:
            return None
        return found if exactly_one else [found]

    def reverse(self, query, *, exactly_one: bool = True, timeout=None) -> Location | list[Location] | None:
        """The nearest known populated place or facility to `query` ((lat, lon), "lat, lon" or a Point)."""
        point = Point(query)
        nearest = self._nearest(point.latitude, point.longitude)
        if nearest is None:
            return None
        return _location(nearest) if exactly_one else [_location(nearest)]

    def _ask_online(self, query: str) -> Location | None:
        if self._online_geocoder is None:
            from geopy.geocoders import Nominatim

            self._online_geocoder = Nominatim(user_agent=self.headers.get("User-Agent", USER_AGENT))
        return self._online_geocoder.geocode(query, exactly_one=True)

    def _online_cache(self) -> OnlineCache:
        if self._cache is None:
            self._cache = OnlineCache()
        return self._cache

    def _nearest(self, lat: float, lon: float) -> Place | None:
        places = get_index().places
        if self._grid is None:
            grid: dict[tuple[int, int], list[int]] = defaultdict(list)
            for i, p in enumerate(places):
                if p.precision in REVERSE_PRECISIONS and not p.approximate:  # an estimate is no place to snap to
                    grid[(math.floor(p.lat), math.floor(p.lon))].append(i)
            self._grid = dict(grid)
        cell = (math.floor(lat), math.floor(lon))
        for ring in range(0, 181):
            ids = [i for dy in range(-ring, ring + 1) for dx in range(-ring, ring + 1)
                   if max(abs(dy), abs(dx)) == ring for i in self._grid.get((cell[0] + dy, cell[1] + dx), ())]
            if ids:  # one more ring may hold a nearer place across a cell edge
                ids += [i for dy in range(-ring - 1, ring + 2) for dx in range(-ring - 1, ring + 2)
                        if max(abs(dy), abs(dx)) == ring + 1
                        for i in self._grid.get((cell[0] + dy, cell[1] + dx), ())]
                return min((places[i] for i in ids),
                           key=lambda p: great_circle((lat, lon), (p.lat, p.lon)).km)
        return None
