"""The build applies the analyst's event corrections and places: to the articles they touch only, again
after every change of rules, with the extractor's values kept, listed when their evidence is gone."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pandas as pd
import pytest

import gazetteer
from gazetteer import analyst
from timeline import event_corrections, review, store
from timeline.build import build_store
from timeline.event_corrections import Anchor

ARTICLES = {
    "bab": "غارة على الباب\n\nقال ناشطون إن طائرات حربية شنت غارة جوية على مدينة الباب يوم 3 آب 2016 أسفرت عن "
           "مقتل 5 مدنيين.\n",
    "bab-again": "غارة على الباب\n\nشنت طائرات حربية غارة جوية على مدينة الباب يوم 3 آب 2016 أسفرت عن مقتل "
                 "مدنيين اثنين.\n",
    "village-1": "غارات\n\nشنت طائرات حربية غارات جوية على قرية الزعرورة في ريف حلب الشمالي يوم 12 حزيران 2016 "
                 "أسفرت عن مقتل 7 مدنيين.\n",
    "village-2": "قصف\n\nقالت مصادر محلية إن طائرات حربية شنت غارة جوية على قرية الزعرورة يوم 14 حزيران 2016 ما "
                 "أدى إلى مقتل 3 أشخاص.\n",
}
VILLAGE = ARTICLES["village-1"].split("قرية ")[1].split()[0]
IMPORTED = "name_ar,variants,name,lat,lon,feature,precision\nتلة الاختبار,,Test Hill,35.1,39.9,hill,village\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_HOME", str(tmp_path / "home"))
    gazetteer.reload()
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
    yield articles
    gazetteer.reload()


def the_event(article_id: str, table: str = "events") -> pd.Series:
    with store.snapshot() as con:
        rows = con.execute(f"SELECT e.*, a.content_sha1 FROM {table} e JOIN articles a USING (article_id) "
                           "WHERE article_id = ?", [article_id]).df()
    assert len(rows) == 1, rows
    return rows.iloc[0]


def anchor(article_id: str) -> Anchor:
    row = the_event(article_id)
    return Anchor.of(row.to_dict(), row["content_sha1"])


def test_a_correction_reextracts_its_article_only_and_survives_new_rules(folder: Path) -> None:
    build_store([folder])
    extracted = the_event("bab")
    event_corrections.add("place", {"name": "my point", "lat": 36.31, "lon": 37.52, "precision": "point",
                                    "basis": "map"}, anchor("bab"))
    report = build_store()
    assert (report.extracted, report.unchanged) == (1, 3)
    moved = the_event("bab")
    assert (moved.place, moved.lat, moved.lon, moved.place_precision) == ("my point", 36.31, 37.52, "point")
    was = event_corrections.marks_of(moved.analyst)["was"]
    assert (was["place"], was["lat"], was["lon"]) == (extracted.place, extracted.lat, extracted.lon)
    home = Path(str(store.default_store().parent))
    (home / "gazetteer").mkdir(exist_ok=True)
    (home / "gazetteer" / "extra.csv").write_text(IMPORTED, encoding="utf-8")  # new rules: all read again
    report = build_store()
    assert report.extracted == 4
    assert (the_event("bab").lat, the_event("bab").lon) == (36.31, 37.52)
    assert build_store().extracted == 0


def test_undone_puts_the_extractors_values_back(folder: Path) -> None:
    build_store([folder])
    extracted = the_event("bab-again")
    made = event_corrections.add("not_event", {}, anchor("bab-again"))
    build_store()
    with store.snapshot() as con:
        assert con.execute("SELECT count(*) FROM events WHERE article_id = 'bab-again'").fetchone() == (0,)
        (state,) = review.correction_states(con)
    assert (state.state, state.event_id) == ("dismissed", extracted.event_id)
    event_corrections.undo(made.correction_id)
    assert build_store().extracted == 1
    back = the_event("bab-again")
    assert (back.event_id, back.lat, back.analyst) == (extracted.event_id, extracted.lat, None)


def test_a_correction_whose_sentence_left_the_article_is_listed_as_orphaned(folder: Path) -> None:
    build_store([folder])
    event_corrections.add("tolls", {"killed": 9, "injured": None}, anchor("bab"))
    build_store()
    assert the_event("bab").killed == 9
    (folder / "bab.txt").write_text(ARTICLES["bab"].replace("يوم 3 آب 2016", "يوم 4 آب 2016"), encoding="utf-8")
    build_store()
    assert the_event("bab").killed == 5
    with store.snapshot() as con:
        (state,) = review.correction_states(con)
    assert state.state == "orphaned"
    (folder / "bab.txt").unlink()
    build_store()
    with store.snapshot() as con:
        assert [s.state for s in review.correction_states(con)] == ["article gone"]


def test_a_broken_file_keeps_the_corrections_of_the_last_build(folder: Path) -> None:
    build_store([folder])
    event_corrections.add("actor", {"actor": "Turkey"}, anchor("bab"))
    build_store()
    event_corrections.corrections_file().write_text("{not json", encoding="utf-8")
    home = store.default_store().parent
    (home / "gazetteer").mkdir(exist_ok=True)
    (home / "gazetteer" / "extra.csv").write_text(IMPORTED, encoding="utf-8")
    report = build_store()
    assert the_event("bab").actor == "Turkey"
    assert any("event corrections of the last build are applied" in e.reason for e in report.errors)


def test_split_and_same_incident_regroup_the_events(folder: Path) -> None:
    build_store([folder])
    bab, again = the_event("bab"), the_event("bab-again")
    assert bab.incident_id == again.incident_id  # one day, one town: one incident by the rules
    event_corrections.add("split_incident", {}, anchor("bab-again"))
    build_store()
    assert the_event("bab-again").incident_id == f"inc:{again.event_id}/own"
    assert the_event("bab").incident_id == bab.incident_id
    incidents = store.load_incidents().set_index("incident_id")
    assert json.loads(incidents.loc[bab.incident_id, "article_ids"]) == ["bab"]
    assert json.loads(incidents.loc[f"inc:{again.event_id}/own", "article_ids"]) == ["bab-again"]
    event_corrections.add("same_incident", {"other": dataclasses.asdict(anchor("bab"))}, anchor("bab-again"))
    build_store()
    assert the_event("bab-again").incident_id == the_event("bab").incident_id == bab.incident_id
    incidents = store.load_incidents().set_index("incident_id")
    assert sorted(json.loads(incidents.loc[bab.incident_id, "article_ids"])) == ["bab", "bab-again"]


def test_a_placed_village_is_found_in_the_articles_naming_it_and_only_they_are_read_again(folder: Path) -> None:
    build_store([folder])
    with store.snapshot() as con:
        unknown = review.unknown_places(con)
    assert unknown[["name", "events", "articles"]].values.tolist() == [[VILLAGE, 2, 2]]
    analyst.add_place(analyst.AnalystPlace(VILLAGE, 36.4, 37.3, "village", "Zaarura"))
    report = build_store()
    assert (report.extracted, report.unchanged) == (2, 2)
    for article_id in ("village-1", "village-2"):
        placed = the_event(article_id)
        assert (placed.place, placed.place_ar, placed.lat, placed.lon, placed.place_precision) == (
            "Zaarura", VILLAGE, 36.4, 37.3, "village")
        assert pd.isna(placed.place_unresolved)
    (folder / "village-3.txt").write_text(ARTICLES["village-2"].replace("14", "20"), encoding="utf-8")
    assert build_store().extracted == 1
    assert (the_event("village-3").lat, the_event("village-3").lon) == (36.4, 37.3)
