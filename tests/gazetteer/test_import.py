"""Importers: OCHA datasets, GeoNames dumps and plain CSV, each written here in its real layout."""

from pathlib import Path

import pytest

import gazetteer
from gazetteer.importers import detect_format, import_file
from gazetteer.sources import DataFileError
from tests.gazetteer import ocha_files
from tests.gazetteer.ocha_files import NAMED


@pytest.fixture(scope="module")
def ocha(tmp_path_factory) -> Path:
    """A folder of small OCHA files: communities (CSV and GeoJSON), governorates, neighbourhoods."""
    folder = tmp_path_factory.mktemp("ocha")
    for write in (ocha_files.write_communities_csv, ocha_files.write_communities_geojson,
                  ocha_files.write_governorates_geojson, ocha_files.write_neighbourhoods_geojson):
        write(folder)
    return folder


@pytest.fixture(autouse=True)
def gazetteer_env(tmp_path_factory, monkeypatch):
    # Imports change the index: each test gets its own home (the cache is keyed by what was imported).
    monkeypatch.setenv("TIMELINE_CACHE", str(tmp_path_factory.getbasetemp() / "gazetteer-cache"))
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path_factory.mktemp("home")))
    gazetteer.reload()
    yield
    gazetteer.reload()


def geonames_line(gid, name, alternates, lat, lon, fclass, fcode, cc, admin1, population):
    cols = [str(gid), name, name, ",".join(alternates), str(lat), str(lon), fclass, fcode, cc, "", admin1,
            "", "", "", str(population), "", "0", "Asia/Damascus", "2020-01-01"]
    return "\t".join(cols) + "\n"


def test_ocha_communities_csv(ocha):
    result = import_file(ocha / "syr_admin4_points.csv")
    assert result.places == len(NAMED)
    assert result.skipped == (f"{ocha / 'syr_admin4_points.csv'}:12: empty Arabic name",)
    assert result.written.parent == Path(gazetteer.sources.local_dir())
    gazetteer.reload()
    m = gazetteer.resolve("قرية خشام", "دير الزور")
    assert (m.chosen.admin1, m.chosen.country) == ("Deir ez-Zor", "SY")
    assert (m.chosen.lat, m.chosen.lon) == pytest.approx((35.30, 40.28), abs=0.02)


def test_ocha_geojson_points_and_polygons(ocha):
    assert import_file(ocha / "syr_admin4_point.geojson").places == len(NAMED)
    admin1 = import_file(ocha / "syr_admin1.geojson")
    assert admin1.places == len(ocha_files.GOVERNORATE_CENTRES)
    gazetteer.reload()
    m = gazetteer.resolve("محافظة إدلب")
    assert (m.chosen.precision, m.chosen.admin1) == ("governorate", "Idlib")


def test_imported_villages_do_not_take_over_known_names(ocha):
    import_file(ocha / "syr_admin4_points.csv")
    gazetteer.reload()
    assert gazetteer.resolve("الرمادي").chosen.country == "IQ"
    assert gazetteer.resolve("مدينة الرمادي", "معارك في الأنبار").chosen.name == "Ramadi"
    assert gazetteer.resolve("الأنبار").chosen.name == "Al Anbar"
    assert gazetteer.resolve("الصالحية", "ريف دير الزور الشرقي").chosen.admin1 == "Deir ez-Zor"
    # a village that only OCHA knows is found now
    assert gazetteer.resolve("بزابور") is None  # a one-word village needs a head or its governorate
    assert gazetteer.resolve("قرية بزابور").chosen.admin1 == "Idlib"
    assert gazetteer.resolve("بزابور", "ريف إدلب").chosen.admin1 == "Idlib"


def test_ocha_file_without_arabic_names_is_refused(ocha):
    with pytest.raises(DataFileError, match=r"syr_admin5\.geojson: no Arabic name field"):
        import_file(ocha / "syr_admin5.geojson")


def test_geonames_dump(tmp_path):
    dump = tmp_path / "SY.txt"
    dump.write_text(
        geonames_line(1, "Qaryat Tajriba", ["Qaryat Tajriba", "قرية التجربة", "تجربه"], 36.1, 37.2, "P", "PPL",
                      "SY", "09", 0)
        + geonames_line(2, "No Arabic", ["No Arabic"], 36.0, 37.0, "P", "PPL", "SY", "09", 0)
        + geonames_line(3, "Matar Tajriba", ["مطار التجربة الحربي"], 35.5, 38.5, "S", "AIRB", "SY", "04", 0),
        encoding="utf-8")
    assert detect_format(dump) == "geonames"
    result = import_file(dump)
    assert result.places == 2
    assert result.skipped == (f"{dump}:2: no Arabic name",)
    gazetteer.reload()
    village = gazetteer.lookup("قرية التجربة")
    assert (village.name, village.admin1, village.precision, village.source) == (
        "Qaryat Tajriba", "Aleppo", "village", "import:geonames-SY")
    airbase = gazetteer.lookup("مطار التجربة الحربي")
    assert (airbase.feature, airbase.precision, airbase.admin1) == ("airbase", "point", "Al-Raqqah")


def test_geonames_bad_line(tmp_path):
    dump = tmp_path / "bad.txt"
    dump.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.txt:1: .*19 tab-separated columns, this one has 3"):
        import_file(dump, "geonames")


def test_plain_csv(tmp_path):
    path = tmp_path / "analyst.csv"
    path.write_text("name_ar,name,lat,lon,feature,admin1,country\n"
                    "تلة الاختبار,Test Hill,35.5,40.1,village,Deir ez-Zor,SY\n", encoding="utf-8")
    assert detect_format(path) == "csv"
    assert import_file(path).places == 1
    gazetteer.reload()
    m = gazetteer.resolve("قصف على تلة الاختبار")
    assert (m.chosen.name, m.chosen.lat, m.chosen.lon, m.chosen.precision) == ("Test Hill", 35.5, 40.1, "village")


@pytest.mark.parametrize(("content", "message"), [
    ("name,lat,lon\nx,1,2\n", r"missing columns name_ar"),
    ("name_ar,name,lat,lon\nمكان,Place,north,40\n", r"analyst.csv \(analyst:2\): lat/lon must be numbers"),
    ("name_ar,name,lat,lon\nمكان,Place,95,40\n", r"coordinates out of range: 95.0, 40.0"),
    ("name_ar,name,lat,lon\n", r"no places"),
])
def test_bad_csv_names_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "analyst.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        import_file(path, "csv")


def test_missing_file():
    with pytest.raises(DataFileError, match="no such file"):
        import_file("/nonexistent/file.csv")


def test_the_same_place_from_two_sources_is_one_candidate(ocha):
    import_file(ocha / "syr_admin4_points.csv")
    gazetteer.reload()
    m = gazetteer.resolve("منبج")
    assert [c.name for c in m.candidates] == ["Manbij"]


def test_index_cache_is_rebuilt_when_imports_change(tmp_path):
    from gazetteer.paths import cache_home

    gazetteer.lookup("منبج")
    before = sorted(p.name for p in cache_home().glob("gazetteer-index-*.pickle"))
    path = tmp_path / "extra.csv"
    path.write_text("name_ar,name,lat,lon\nتلة جديدة,New Hill,35.0,40.0\n", encoding="utf-8")
    import_file(path)
    gazetteer.reload()
    assert gazetteer.lookup("تلة جديدة").name == "New Hill"
    after = sorted(p.name for p in cache_home().glob("gazetteer-index-*.pickle"))
    assert len(before) == len(after) == 1 and before != after


def test_imported_villages_named_like_common_words_stay_words(ocha):
    import_file(ocha / "syr_admin4_points.csv")
    gazetteer.reload()
    text = "قال الأسد في العاصمة المصرية القاهرة إن عليه أبرز الأهداف وحكم عليه بالسجن في دولة كردية"
    assert [m.chosen.name for m in gazetteer.find_places(text)] == ["Cairo"]
    # a one-word village counts after a naming head, or with its governorate named
    assert gazetteer.resolve("قرية بزابور").chosen.admin1 == "Idlib"
    assert gazetteer.find_places("بزابور") == []
    assert gazetteer.find_places("بزابور", "ريف إدلب")[0].chosen.admin1 == "Idlib"


def test_an_unreadable_cache_is_rebuilt(tmp_path, monkeypatch):
    from gazetteer import index, sources

    monkeypatch.setenv("TIMELINE_CACHE", str(tmp_path))
    index.cache_path(sources.version_stamp()).write_bytes(b"not a pickle")
    gazetteer.reload()
    assert gazetteer.lookup("منبج").name == "Manbij"
