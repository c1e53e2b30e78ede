"""The data files the project writes itself: the supplement, the cues, the stop-list."""

import csv
from collections import Counter
from importlib import resources

import pytest

from gazetteer.cues import cues
from gazetteer.index import name_key, stopwords
from gazetteer.models import PRECISIONS
from gazetteer.sources import SUPPLEMENT_COLUMNS

DATA = resources.files("gazetteer") / "data"
FEATURES = {
    "country", "governorate", "district", "region", "city", "town", "village", "neighbourhood", "airbase",
    "airport", "base", "oilfield", "gasfield", "facility", "dam", "crossing", "river", "lake", "camp", "point",
    "mountain",
}


def supplement():
    with (DATA / "supplement.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames) == SUPPLEMENT_COLUMNS
        return list(enumerate(reader, start=2))


@pytest.mark.parametrize(("line", "row"), supplement(), ids=lambda v: str(v) if isinstance(v, int) else "")
def test_supplement_row(line, row):
    assert None not in row and None not in row.values(), f"line {line}: wrong number of fields"
    assert row["name_ar"].strip() and row["name"].strip()
    assert name_key(row["name_ar"]), "name_ar has no Arabic letters"
    lat, lon = float(row["lat"]), float(row["lon"])
    assert -90 <= lat <= 90 and -180 <= lon <= 180
    if row["country"] in ("SY", "IQ"):
        assert 29 <= lat <= 38 and 35 <= lon <= 49, "outside Syria and Iraq"
    assert row["precision"] in PRECISIONS
    assert row["feature"] in FEATURES
    assert row["approximate"] in ("true", "false") and row["actor_name"] in ("true", "false")
    assert len(row["country"]) == 2 and row["country"].isupper()
    assert row["source_note"].strip()
    if row["precision"] in ("region", "point") and row["feature"] in ("region", "river", "lake"):
        assert row["approximate"] == "true", "areas are placed at a representative point"


def test_supplement_admin1_are_known_governorates():
    with (DATA / "admin1.csv").open(encoding="utf-8") as f:
        known = {(r["country"], r["name"]) for r in csv.DictReader(f)}
    for line, row in supplement():
        if row["country"] in ("SY", "IQ") and row["admin1"]:
            assert (row["country"], row["admin1"]) in known, f"line {line}: {row['admin1']}"


def test_an_enclosing_governorate_is_a_known_one_of_the_same_country():
    with (DATA / "admin1.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    known = {(r["country"], r["name"]) for r in rows}
    enclosed = [(r["country"], r["enclosed_by"]) for r in rows if r["enclosed_by"]]
    assert ("SY", "Rif Dimashq") in enclosed and set(enclosed) <= known


def test_supplement_has_no_duplicate_keys():
    """No name is written twice for one place: a kind of place (its precision, as the index tells places
    apart) in one governorate of one country. A province and its capital city may share a name."""
    keys = Counter()
    for _, row in supplement():
        names = [row["name_ar"], *filter(None, row["variants"].split("|"))]
        for key in {name_key(n) for n in names}:
            keys[(key, row["admin1"], row["country"], row["precision"])] += 1
    assert [k for k, n in keys.items() if n > 1] == []
    assert len(supplement()) >= 200


def test_cues_and_stop_list_are_normalisable():
    assert {"مدينه", "محافظه", "ريف", "حقل", "سد", "معبر", "نهر", "جبل"} <= set(cues().heads)
    words = stopwords()
    assert {"الجانب", "المعركه", "النص", "الراي", "الخميس"} <= words
    assert all(len(w.replace(" ", "")) >= 2 for w in words)


def test_supplement_variants_do_not_repeat_a_head():
    """A head before a name is matched by the matcher (and reported in PlaceMatch.head), not listed."""
    heads = cues().heads
    for line, row in supplement():
        keys = {name_key(n) for n in [row["name_ar"], *filter(None, row["variants"].split("|"))]}
        for key in keys:
            first, _, rest = key.partition(" ")
            assert not (first in heads and rest in keys), f"line {line}: {key}"
