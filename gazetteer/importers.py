"""Importing the gazetteers analysts already have into the user's local gazetteer.

Three formats: a GeoNames country dump (TSV, Arabic names among the
alternatenames), an OCHA common operational dataset (GeoJSON or CSV with
Arabic name fields) and a plain CSV (``name_ar, name, lat, lon, feature,
admin1, country``). Each import is written as one CSV under
``data_home()/gazetteer/`` and takes part in every lookup from then on.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import sources
from .errors import DataFileError
from .index import name_key
from .sources import LOCAL_COLUMNS, arabic_names, precision_of_population

FORMATS = ("geonames", "ocha", "csv")
GEONAMES_COLUMNS = 19

# Field names used by OCHA CODs across years and levels, most specific first.
_OCHA_AR = ("name_ar", "NAME_ARA", "NAME_AR", "admin4Name_ar", "admin3Name_ar", "admin2Name_ar", "admin1Name_ar",
            "ADM4_AR", "ADM3_AR", "ADM2_AR", "ADM1_AR")
_OCHA_EN = ("name_en", "NAME_EN", "admin4Name_en", "admin3Name_en", "admin2Name_en", "admin1Name_en",
            "ADM4_EN", "ADM3_EN", "ADM2_EN", "ADM1_EN")
_OCHA_LAT = ("lat", "LATITUDE", "latitude", "Latitude", "y")
_OCHA_LON = ("lon", "LONGITUDE", "longitude", "Longitude", "x")
_OCHA_ID = ("pcode", "PCODE", "admin4Pcode", "admin3Pcode", "admin2Pcode", "admin1Pcode")
_OCHA_ADMIN1 = ("admin1_ar", "ADMIN1_ARA", "admin1Name_ar", "ADM1_AR", "admin1_en", "ADMIN1_EN", "admin1Name_en")
_OCHA_CAPITAL = ("capital_level", "CAPIT_LVL")
_OCHA_PARENTS_AR = ("admin1_ar", "admin2_ar", "admin3_ar", "ADMIN1_ARA", "ADMIN2_ARA", "ADMIN3_ARA")


@dataclass(frozen=True)
class ImportResult:
    source: Path
    written: Path
    places: int
    skipped: tuple[str, ...]  #: one line per row left out, saying why


def _first(props: dict[str, Any], fields: Iterable[str]) -> Any:
    for f in fields:
        value = props.get(f)
        if value not in (None, ""):
            return value
    return None


def _canonical_admin1() -> dict[str, str]:
    """Arabic and English spellings of the governorates and provinces of ``admin1.csv`` -> the index's names."""
    table = {}
    for row in sources.admin1_rows():
        table[name_key(row["name_ar"])] = row["name"]
        table[row["name"].casefold()] = row["name"]
    return table


def _admin1(value: str | None, table: dict[str, str]) -> str | None:
    if not value:
        return None
    return table.get(name_key(value)) or table.get(value.casefold()) or value


def detect_format(path: Path) -> str:
    """Guess the format of `path` from its extension and first line."""
    if path.suffix.lower() in (".geojson", ".json"):
        return "ocha"
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    if first.count("\t") >= GEONAMES_COLUMNS - 2:
        return "geonames"
    header = {h.strip() for h in first.split(",")}
    if header & set(_OCHA_AR) and not {"name_ar", "name", "lat", "lon"} <= header:
        return "ocha"
    if "name_ar" in header and ("admin1_pcode" in header or "pcode" in header):
        return "ocha"
    return "csv"


def _geonames_rows(path: Path, skipped: list[str]) -> Iterator[dict[str, Any]]:
    admin1 = sources.admin1_names()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != GEONAMES_COLUMNS:
                raise DataFileError(
                    f"{path}:{number}: a GeoNames dump line has {GEONAMES_COLUMNS} tab-separated columns, "
                    f"this one has {len(cols)}")
            names = arabic_names(cols[3].split(","))
            if not names:
                skipped.append(f"{path}:{number}: no Arabic name")
                continue
            fclass, fcode, population = cols[6], cols[7], int(cols[14] or 0)
            feature, precision = _geonames_feature(fclass, fcode, population)
            yield {
                "name_ar": names[0], "variants": "|".join(names[1:]), "name": cols[1],
                "lat": cols[4], "lon": cols[5], "feature": feature, "precision": precision,
                "admin1": admin1.get((cols[8], cols[10])) or "", "country": cols[8],
                "population": population, "place_id": f"geonames:{cols[0]}",
            }


def _geonames_feature(fclass: str, fcode: str, population: int) -> tuple[str, str]:
    """(feature, precision) for a GeoNames feature class and code."""
    if fclass == "A":
        return {"ADM1": ("governorate", "governorate"), "PCLI": ("country", "country")}.get(
            fcode, ("district", "district"))
    if fclass == "H":
        return ("river", "region") if fcode.startswith("STM") else ("water", "point")
    if fclass == "S":
        return {"AIRB": ("airbase", "point"), "AIRP": ("airport", "point"), "DAM": ("dam", "point")}.get(
            fcode, ("facility", "point"))
    if fclass in ("T", "L"):
        return "region", "region"
    precision = precision_of_population(population)
    return precision, precision


def _centroid(geometry: dict[str, Any]) -> tuple[float, float] | None:
    """Mean of a geometry's vertices (lat, lon): a representative point for polygons."""
    points: list[tuple[float, float]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list) and len(node) >= 2 and all(isinstance(v, int | float) for v in node[:2]):
            points.append((node[1], node[0]))
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk((geometry or {}).get("coordinates"))
    if not points:
        return None
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _ocha_records(path: Path) -> Iterator[tuple[int, dict[str, Any], dict[str, Any] | None]]:
    if path.suffix.lower() in (".geojson", ".json"):
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                data = json.load(f)
        except json.JSONDecodeError as e:
            raise DataFileError(f"{path}: not valid GeoJSON ({e})") from None
        features = data.get("features") if isinstance(data, dict) else None
        if not isinstance(features, list):
            raise DataFileError(f"{path}: GeoJSON without a 'features' list")
        for number, feature in enumerate(features, start=1):
            yield number, feature.get("properties") or {}, feature.get("geometry")
    else:
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            for number, row in enumerate(csv.DictReader(f), start=2):
                yield number, row, None


def _ocha_rows(path: Path, skipped: list[str]) -> Iterator[dict[str, Any]]:
    table = _canonical_admin1()
    checked = False
    for number, props, geometry in _ocha_records(path):
        if not checked:
            if _first(props, _OCHA_AR) is None and not any(f in props for f in _OCHA_AR):
                raise DataFileError(f"{path}: no Arabic name field (looked for {', '.join(_OCHA_AR)})")
            checked = True
        name_ar = _first(props, _OCHA_AR)
        if not name_ar:
            skipped.append(f"{path}:{number}: empty Arabic name")
            continue
        lat, lon = _first(props, _OCHA_LAT), _first(props, _OCHA_LON)
        approximate = False
        if lat is None or lon is None:
            centre = _centroid(geometry) if geometry else None
            if centre is None:
                skipped.append(f"{path}:{number}: no coordinates")
                continue
            (lat, lon), approximate = centre, True
        names = _ocha_names(str(name_ar), props)
        level = _ocha_level(props)
        capital = str(_first(props, _OCHA_CAPITAL) or "")
        precision = level or {"1": "city", "2": "town", "3": "town"}.get(capital.split(".")[0], "village")
        yield {
            "name_ar": names[0], "variants": "|".join(names[1:]), "name": _first(props, _OCHA_EN) or names[0],
            "lat": lat, "lon": lon, "feature": precision, "precision": precision,
            "admin1": _admin1(_first(props, _OCHA_ADMIN1) or (name_ar if level == "governorate" else None), table)
            or "",
            "country": _ocha_country(props),
            "population": 0, "place_id": f"ocha:{_first(props, _OCHA_ID) or number}",
            "approximate": approximate,
        }


def _ocha_names(name_ar: str, props: dict[str, Any]) -> list[str]:
    """The names in an OCHA name field: ``_`` joins alternatives (``السنبلة_صابويران``) or adds the
    district as a qualifier (``جب الخفي_منبج``); qualifiers are not names of the place."""
    parts = [n.strip() for n in name_ar.split("_") if n.strip()]
    parents = {name_key(str(props[f])) for f in _OCHA_PARENTS_AR if props.get(f)}
    names = [n for n in parts if name_key(n) not in parents]
    return names or parts


def _ocha_country(props: dict[str, Any]) -> str:
    """The ISO country code that starts OCHA admin pcodes (``SY07`` -> ``SY``), if any."""
    code = str(_first(props, ("admin1_pcode", "ADMIN1_COD", "admin1Pcode", "ADM1_PCODE", *_OCHA_ID)) or "")
    return code[:2] if code[:2].isalpha() and code[:2].isupper() else ""


def _ocha_level(props: dict[str, Any]) -> str | None:
    """governorate / district for admin-boundary layers (their pcode has 4 or 6 characters), else None."""
    pcode = str(_first(props, _OCHA_ID) or "")
    if "ADMIN1_COD" not in props and "admin1_pcode" not in props and pcode.startswith("SY"):
        return {4: "governorate", 6: "district"}.get(len(pcode))
    return None


def _csv_rows(path: Path, skipped: list[str]) -> Iterator[dict[str, Any]]:
    required = ("name_ar", "name", "lat", "lon")
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise DataFileError(f"{path}: missing columns {', '.join(missing)} "
                                f"(expected name_ar, name, lat, lon, feature, admin1, country)")
        for number, row in enumerate(reader, start=2):
            if not (row.get("name_ar") or "").strip():
                skipped.append(f"{path}:{number}: empty name_ar")
                continue
            yield {**row, "precision": row.get("precision") or _precision_of_feature(row.get("feature")),
                   "place_id": row.get("place_id") or f"{path.stem}:{number}"}


def _precision_of_feature(feature: str | None) -> str:
    feature = (feature or "").strip()
    if feature in ("city", "town", "village", "district", "governorate", "country", "region"):
        return feature
    return "point" if feature else "village"


_READERS = {"geonames": _geonames_rows, "ocha": _ocha_rows, "csv": _csv_rows}


def import_file(path: str | Path, fmt: str | None = None) -> ImportResult:
    """Import a gazetteer file into the user's local gazetteer; raises DataFileError on a bad file.

    Rows that cannot be used (no Arabic name, no coordinates) are skipped and
    listed in the result; rows with bad values stop the import.
    """
    path = Path(path)
    if not path.is_file():
        raise DataFileError(f"{path}: no such file")
    fmt = fmt or detect_format(path)
    if fmt not in _READERS:
        raise DataFileError(f"{path}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    skipped: list[str] = []
    rows = list(_READERS[fmt](path, skipped))
    if not rows:
        raise DataFileError(f"{path}: no places with an Arabic name and coordinates found (format {fmt})")
    places = list(_validate(rows, path))
    target = sources.local_dir() / f"{fmt}-{path.stem}.csv"
    with open(target, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*LOCAL_COLUMNS, "approximate"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(places)
    return ImportResult(path, target, len(places), tuple(skipped))


def _validate(rows: list[dict[str, Any]], path: Path) -> Iterator[dict[str, Any]]:
    """Check each row as the index will read it, naming the source row on error."""
    for row in rows:
        sources.row_place(row, f"{path} ({row.get('place_id')})", "import", "")
        yield row
