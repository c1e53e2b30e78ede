"""The analyst's own places: names the gazetteer does not know found after a naming head, places searched by
name, the analyst's file checked row by row, and a placed name found in any text afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

import gazetteer
from gazetteer import analyst, find_places
from gazetteer.errors import DataFileError
from gazetteer.unknown import search, unknown_names


def test_names_after_a_naming_head_that_no_source_holds_are_unknown(home: Path) -> None:
    text = ("قصفت الطائرات قرية الزعرورة بريف حلب الشمالي وبلدة تل الزعرورة، ومدينة منبج وبلدة دير حافر "
            "وقرية المشيرفة.")
    found = [(u.text, u.key, text[u.start:u.end]) for u in unknown_names(text)]
    assert found == [("الزعرورة", "الزعروره", "الزعرورة"), ("تل الزعرورة", "تل الزعروره", "تل الزعرورة"),
                     ("المشيرفة", "المشيرفه", "المشيرفة")]


def test_a_country_s_adjective_after_an_unknown_name_is_no_part_of_it(home: Path) -> None:
    text = "انفجرت عبوة في بلدة الزعرورة التركية وفي قرية المشيرفة السورية"
    assert [u.text for u in unknown_names(text)] == ["الزعرورة", "المشيرفة"]


@pytest.mark.parametrize("describing", ["التي", "الواقعة", "الحدودية", "المحاصرة", "الأسبوع"])
def test_a_word_describing_the_place_after_an_unknown_name_is_no_part_of_it(home: Path, describing: str) -> None:
    text = f"سقطت قذائف على قرية الزعرورة {describing} قرب الحدود، وعلى بلدة تل الزعرورة"
    assert [u.text for u in unknown_names(text)] == ["الزعرورة", "تل الزعرورة"]


@pytest.mark.parametrize("placing", ["شمالي البلاد", "قرب الحدود", "جنوب المدينة"])
def test_a_word_placing_a_settlement_after_its_head_is_no_name(home: Path, placing: str) -> None:
    text = f"قتل خمسة أشخاص في قرية {placing}، وفي بلدة الزعرورة"
    assert [u.text for u in unknown_names(text)] == ["الزعرورة"]


def test_offsets_are_those_of_the_text_as_written_with_its_diacritics(home: Path) -> None:
    text = "قَصَفَت الطائرات قريةَ الزعرورة"
    (found,) = unknown_names(text)
    assert text[found.start:found.end] == "الزعرورة"


def test_places_are_searched_by_the_start_of_their_arabic_or_latin_name(home: Path) -> None:
    assert [(p.name, p.source) for p in search("منب")] == [("Manbij", "geonames")]
    assert [p.name_ar for p in search("manbij")] == ["منبج"]
    assert search("   ") == []


def test_a_placed_name_is_found_in_every_text_afterwards(home: Path) -> None:
    text = "غارة جوية على قرية الزعرورة"
    assert [m.chosen for m in find_places(text)] == []
    written = analyst.add_place(analyst.AnalystPlace("الزعرورة", 36.4, 37.3, name="Zaarura"))
    assert written.made  # stamped
    gazetteer.reload()
    (match,) = find_places(text)
    assert (match.text, match.chosen.name, match.chosen.source, match.chosen.lat) == (
        "الزعرورة", "Zaarura", "analyst", 36.4)
    assert unknown_names(text) == []
    analyst.add_place(analyst.AnalystPlace("الزعروره", 36.5, 37.4))  # the same name: replaces the row
    assert [(p.name_ar, p.lat) for p in analyst.read_places()] == [("الزعروره", 36.5)]
    assert analyst.remove_place("الزعرورة") is True and analyst.read_places() == []


def test_a_bad_row_is_reported_with_the_file_and_its_line(home: Path) -> None:
    path = analyst.analyst_file()
    path.write_text("name_ar,lat,lon,precision\nالزعرورة,36.4,37.3,village\nالمشيرفة,north,37.1,village\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"{path}:3: lat/lon must be numbers"):
        analyst.read_places()
    path.write_text("name_ar,lat,lon,precision\nالزعرورة,36.4,37.3,hamlet\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"{path}:2: precision 'hamlet' is not one of"):
        analyst.read_places()
    path.write_text("name,lat,lon\nx,1,2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"{path}: missing columns name_ar"):
        analyst.read_places()


def test_what_a_place_is_for_is_no_unknown_name(home: Path) -> None:
    text = "اقتحم المسلحون مخيما للنازحين ثم مخيم للنازحين قرب قرية الزعرورة."
    assert [u.text for u in unknown_names(text)] == ["الزعرورة"]
