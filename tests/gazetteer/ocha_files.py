"""Small OCHA common operational datasets for the importer tests, written in the real files' layouts.

The layouts are those of the 2015 Syria COD (communities as a flat CSV and as GeoJSON points,
governorates as GeoJSON polygons, Damascus neighbourhoods as GeoJSON polygons without Arabic
names). The rows are this project's own: real places with rounded public coordinates and
administrative codes, chosen for what the tests check (homonyms in several governorates, villages
named like common words or like better-known places, a compound name, a row with no Arabic name).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

GOVERNORATES = {  # OCHA admin1 pcode: (English, Arabic)
    "SY02": ("Aleppo", "حلب"),
    "SY05": ("Hama", "حماة"),
    "SY07": ("Idleb", "إدلب"),
    "SY08": ("Al-Hasakeh", "الحسكة"),
    "SY09": ("Deir-ez-Zor", "دير الزور"),
}


@dataclass(frozen=True)
class Community:
    pcode: str
    name_en: str
    name_ar: str
    lat: float
    lon: float
    admin3: tuple[str, str, str]  #: pcode, English, Arabic
    admin2: tuple[str, str, str]
    capital_level: str = ""

    @property
    def admin1(self) -> tuple[str, str, str]:
        code = self.admin2[0][:4]
        return (code, *GOVERNORATES[code])


ARIHA = ("SY0705", "Ariha", "أريحا")
JISR = ("SY0704", "Jisr-Ash-Shugur", "جسر الشغور")
AFRIN = ("SY0204", "Afrin", "عفرين")
MENBIJ = ("SY0203", "Menbij", "منبج")
SUQAYLABIYAH = ("SY0504", "As-Suqaylabiyah", "السقيلبية")
MALIKIYAH = ("SY0803", "Al-Malikeyyeh", "المالكية")
DEIR = ("SY0900", "Deir-ez-Zor", "دير الزور")
ABU_KAMAL = ("SY0902", "Abu Kamal", "البوكمال")

COMMUNITIES = (
    Community("C9101", "Bazabur", "بزابور", 35.775, 36.615, ("SY070500", "Ariha", "مركز أريحا"), ARIHA),
    Community("C9102", "Salhiyeh", "الصالحية", 35.80, 36.31, ("SY070400", "Jisr-Ash-Shugur", "مركز جسر الشغور"),
              JISR),
    Community("C9103", "Abraz", "أبرز", 36.63, 36.76, ("SY020400", "Afrin", "مركز عفرين"), AFRIN),
    Community("C9104", "Anbar", "أنبار", 36.61, 36.81, ("SY020400", "Afrin", "مركز عفرين"), AFRIN),
    Community("C9105", "Menbij", "منبج", 36.528, 37.955, ("SY020300", "Menbij", "مركز منبج"), MENBIJ, "2"),
    Community("C9106", "Jeb Elkhafi - Menbij", "جب الخفي_منبج", 36.40, 37.78, ("SY020300", "Menbij", "مركز منبج"),
              MENBIJ),
    Community("C9107", "Qahera", "القاهرة", 35.44, 36.31, ("SY050400", "As-Suqaylabiyah", "مركز السقيلبية"),
              SUQAYLABIYAH),
    Community("C9108", "Salhiyeh", "الصالحية", 37.10, 41.81, ("SY080301", "Jawadiyah", "جوادية"), MALIKIYAH),
    Community("C9109", "Khasham", "خشام", 35.29, 40.27, ("SY090003", "Khasham", "خشام"), DEIR, "3"),
    Community("C9110", "Salhiyeh", "الصالحية", 34.74, 40.73, ("SY090200", "Abu Kamal", "مركز البوكمال"), ABU_KAMAL),
    Community("C9111", "Hatla", "", 35.35, 40.17, ("SY090000", "Deir-ez-Zor", "مركز دير الزور"), DEIR),
)
#: The communities with an Arabic name: what an import keeps.
NAMED = tuple(c for c in COMMUNITIES if c.name_ar)

CSV_COLUMNS = ("pcode", "name_en", "name_en_ref", "name_ar", "lat", "lon", "admin3_pcode", "admin3_en", "admin3_ar",
               "admin2_pcode", "admin2_en", "admin2_ar", "admin1_pcode", "admin1_en", "admin1_ar", "capital_level",
               "name_ar_has_decode_error")
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}


def write_communities_csv(folder: Path) -> Path:
    """The communities as the flat CSV (``syr_admin4_points.csv``)."""
    path = folder / "syr_admin4_points.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for c in COMMUNITIES:
            writer.writerow([c.pcode, c.name_en, c.name_en, c.name_ar, c.lat, c.lon, *c.admin3, *c.admin2,
                             *c.admin1, c.capital_level, 0])
    return path


def _feature(properties: dict, geometry: dict) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def _write_geojson(path: Path, features: list[dict]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": CRS, "features": features}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def write_communities_geojson(folder: Path) -> Path:
    """The communities as GeoJSON points (``syr_admin4_point.geojson``), upper-case fields."""
    features = [
        _feature({"NAME_EN": c.name_en, "NAM_EN_REF": c.name_en, "NAME_ARA": c.name_ar or None, "PCODE": c.pcode,
                  "ADMIN3_COD": c.admin3[0], "ADMIN3_EN": c.admin3[1], "ADMIN3_ARA": c.admin3[2],
                  "ADMIN2_COD": c.admin2[0], "ADMIN2_EN": c.admin2[1], "ADMIN2_ARA": c.admin2[2],
                  "ADMIN1_COD": c.admin1[0], "ADMIN1_EN": c.admin1[1], "ADMIN1_ARA": c.admin1[2],
                  "LATITUDE": c.lat, "LONGITUDE": c.lon,
                  "CAPIT_LVL": int(c.capital_level) if c.capital_level else None},
                 {"type": "MultiPoint", "coordinates": [[c.lon, c.lat]]})
        for c in COMMUNITIES
    ]
    return _write_geojson(folder / "syr_admin4_point.geojson", features)


def _square(lat: float, lon: float, half: float) -> dict:
    ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half],
            [lon - half, lat - half]]
    return {"type": "Polygon", "coordinates": [ring]}


#: Governorates as rough squares around their centres (admin1 polygons carry no point of their own).
GOVERNORATE_CENTRES = {"SY07": (35.8, 36.6), "SY02": (36.3, 37.6), "SY09": (35.0, 40.4)}


def write_governorates_geojson(folder: Path) -> Path:
    """Three governorates as GeoJSON polygons (``syr_admin1.geojson``)."""
    features = [
        _feature({"NAME_EN": GOVERNORATES[code][0], "NAM_EN_REF": GOVERNORATES[code][0],
                  "NAME_ARA": GOVERNORATES[code][1], "PCODE": code, "AREA_SQKM": 1000},
                 _square(lat, lon, 0.4))
        for code, (lat, lon) in GOVERNORATE_CENTRES.items()
    ]
    return _write_geojson(folder / "syr_admin1.geojson", features)


def write_neighbourhoods_geojson(folder: Path) -> Path:
    """Damascus neighbourhoods as GeoJSON polygons with English names only (``syr_admin5.geojson``)."""
    rows = (("Kafr Sousa", "C10011010", 33.50, 36.27), ("Mezzeh", "C10011011", 33.50, 36.24),
            ("Midan", "C10011012", 33.49, 36.30))
    features = [
        _feature({"HAY_EN": name, "HAY_PCODE": pcode, "HAY_CODE": pcode[-4:], "CITY_PCODE": "C1001",
                  "CITY_NAME": "Damascus", "CITY_CODE": "1001"}, _square(lat, lon, 0.005))
        for name, pcode, lat, lon in rows
    ]
    return _write_geojson(folder / "syr_admin5.geojson", features)
