"""Places an analyst has put on the map: the user's own gazetteer, one CSV under ``data_home()``.

The file ``analyst_places.csv`` has one row per place with the columns of `COLUMNS`:

- ``name_ar``: the name as the articles write it (the key it is found under: normalised, clitics
  allowed, as every gazetteer name);
- ``variants``: other spellings, separated by ``|`` (may be empty);
- ``name``: a Latin name, or the Arabic again when the analyst gave none;
- ``lat``, ``lon``: decimal degrees (WGS 84);
- ``precision``: one of `gazetteer.PRECISIONS` (``village`` unless the analyst chose another);
- ``admin1``, ``country``: governorate and ISO country code, may be empty;
- ``basis``: how the analyst placed it: ``map`` (a click on the map) or ``gazetteer:SOURCE:ID`` (the
  entry of another source the analyst chose among the candidates);
- ``made``: when (ISO 8601, UTC).

Every place of the file has the source ``analyst``: it is indexed like the hand-reviewed sources
(kept even when its name is also a common word) and found in every article, now and later. Adding
a place whose name the file holds already replaces that row. The file lives beside the store, not
among the imported gazetteers, so that a new place changes the index but not the extraction rules:
the build re-reads only the articles whose events name it (`timeline.build`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError
from .index import name_key
from .models import PRECISIONS, Place
from .paths import data_home

SOURCE = "analyst"
COLUMNS = ("name_ar", "variants", "name", "lat", "lon", "precision", "admin1", "country", "basis", "made")


def analyst_file() -> Path:
    return data_home() / "analyst_places.csv"


@dataclass(frozen=True)
class AnalystPlace:
    """One row of the analyst's gazetteer."""

    name_ar: str
    lat: float
    lon: float
    precision: str = "village"
    name: str = ""
    variants: tuple[str, ...] = ()
    admin1: str | None = None
    country: str | None = None
    basis: str = "map"
    made: str = ""

    @property
    def key(self) -> str:
        """The normalised name it is indexed under."""
        return name_key(self.name_ar)

    def place(self) -> Place:
        return Place(name=self.name or self.name_ar, name_ar=self.name_ar, lat=self.lat, lon=self.lon,
                     feature=self.precision, precision=self.precision, admin1=self.admin1, country=self.country,
                     source=SOURCE, place_id=self.key)

    def row(self) -> dict[str, str]:
        return {"name_ar": self.name_ar, "variants": "|".join(self.variants), "name": self.name or self.name_ar,
                "lat": f"{self.lat:.6f}", "lon": f"{self.lon:.6f}", "precision": self.precision,
                "admin1": self.admin1 or "", "country": self.country or "", "basis": self.basis, "made": self.made}


def parse_row(row: dict[str, str | None], where: str) -> AnalystPlace:
    """One place from a row of the file (`where` names it in errors); `DataFileError` says what is wrong."""
    name_ar = (row.get("name_ar") or "").strip()
    if not name_key(name_ar):
        raise DataFileError(f"{where}: name_ar must hold an Arabic name, got {name_ar!r}")
    try:
        lat, lon = float(row.get("lat") or ""), float(row.get("lon") or "")
    except ValueError:
        raise DataFileError(f"{where}: lat/lon must be numbers, got {row.get('lat')!r}, {row.get('lon')!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataFileError(f"{where}: coordinates out of range: {lat}, {lon}")
    precision = (row.get("precision") or "village").strip()
    if precision not in PRECISIONS:
        raise DataFileError(f"{where}: precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    variants = tuple(v.strip() for v in (row.get("variants") or "").split("|") if v.strip())
    return AnalystPlace(name_ar, lat, lon, precision, (row.get("name") or "").strip(), variants,
                        (row.get("admin1") or "").strip() or None, (row.get("country") or "").strip() or None,
                        (row.get("basis") or "map").strip(), (row.get("made") or "").strip())


def read_places(path: Path | None = None) -> list[AnalystPlace]:
    """The analyst's places, in file order; `DataFileError` names the file, the row and the problem."""
    path = path or analyst_file()
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("name_ar", "lat", "lon") if c not in (reader.fieldnames or ())]
    if missing:
        raise DataFileError(f"{path}: missing columns {', '.join(missing)}")
    return [parse_row(row, f"{path}:{number}") for number, row in enumerate(reader, start=2)]


def analyst_places() -> Iterator[tuple[Place, list[str]]]:
    """The analyst's places with their names, as the index reads every source."""
    for entry in read_places():
        yield entry.place(), [entry.name_ar, *entry.variants]


def add_place(entry: AnalystPlace) -> AnalystPlace:
    """Add `entry` (stamped with the time now when it has none) to the file, replacing the row of the
    same name; the file is written whole and swapped in. Returns the entry as written."""
    entry = entry if entry.made else AnalystPlace(**{**entry.__dict__, "made": _now()})
    parse_row(entry.row(), f"{analyst_file()}: new place")  # the same checks as reading
    kept = [p for p in read_places() if p.key != entry.key]
    _write([*kept, entry])
    return entry


def remove_place(name_ar: str) -> bool:
    """Remove the place of that name; True when there was one."""
    places = read_places()
    kept = [p for p in places if p.key != name_key(name_ar)]
    if len(kept) == len(places):
        return False
    _write(kept)
    return True


def _write(places: list[AnalystPlace]) -> None:
    path = analyst_file()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(p.row() for p in places)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(out.getvalue(), encoding="utf-8")
    os.replace(partial, path)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
