"""Arabic place names of Syria, Iraq and their neighbours to coordinates, offline.

    from gazetteer import find_places, resolve, lookup

- ``find_places(text, context=None) -> list[PlaceMatch]``: every place named in
  a text, with its span in the original text, the candidates, the chosen place,
  the reason, whether the name stands for a government (``is_actor``), the
  generic head written before it (``head``) and where the event is relative to
  it (``relation``, ``radius_km``).
- ``resolve(name, context=None) -> PlaceMatch | None``: the same for a short
  text such as a name with its clitics and head.
- ``lookup(name) -> Place | None``: the most likely place of that name, no context.
- ``located(place) -> Place``: the place an event there is located by: itself, or for a
  named place no source places (``Place.anchor_id``) its governorate or country.
- ``enclosing_governorates()``: a governorate that is one city -> the governorate around it
  (Damascus -> Rif Dimashq), where the city's suburbs lie.
- ``reload()``: forget the loaded index (after importing a gazetteer).
- ``gazetteer.unknown``: the names a naming head introduces that no source holds
  (``unknown_names``), and places searched by the start of a name (``search``);
  ``gazetteer.analyst``: the places an analyst adds (``analyst_places.csv``).

Errors the gazetteer raises on purpose derive from ``GazetteerError`` (a
malformed data or imported file: ``DataFileError``, also a ``ValueError``).
The command line is ``python -m gazetteer``; geopy's interface is
``gazetteer.geocoder.OfflineGazetteer``; data sources are in ``data/SOURCES.md``.
"""

from .errors import DataFileError, GazetteerError
from .models import PRECISIONS, SETTLEMENTS, Place, PlaceMatch
from .resolver import country, find_places, located, lookup, reload, resolve
from .sources import enclosing_governorates

__all__ = [
    "PRECISIONS", "SETTLEMENTS", "DataFileError", "GazetteerError", "Place", "PlaceMatch", "country",
    "enclosing_governorates", "find_places", "located", "lookup", "reload", "resolve",
]
